import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors/app-error.ts';
import type { ResponseSheet } from '../../../core/survey/responses/types.ts';
import { expandedXlsxBytes, MAX_XLSX_EXPANDED_BYTES } from '../../../core/survey/xlsx-size.ts';
import { restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';

/** More rows than this in one upload is refused: split the export. */
export const MAX_RESPONSE_ROWS = 200_000;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP.every((byte, i) => bytes[i] === byte);

/** The sheets of an export: every sheet of an XLSX file, or one sheet per CSV file, named after the file. */
export async function readExportFiles(files: UploadedFile[]): Promise<ResponseSheet[]> {
  const sheets: ResponseSheet[] = [];
  for (const file of files) {
    if (isZip(file.bytes)) sheets.push(...(await readWorkbook(file)));
    else if (/\.xlsx?$/i.test(file.name))
      throw new AppError(
        'bad_request',
        `file: ${file.name} is not a readable .xlsx file (save old .xls files as .xlsx)`,
      );
    else sheets.push(readCsv(file));
  }
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  if (rows > MAX_RESPONSE_ROWS)
    throw new AppError('payload_too_large', `file: more than ${MAX_RESPONSE_ROWS} rows; split the export`);
  return sheets;
}

async function readWorkbook(file: UploadedFile): Promise<ResponseSheet[]> {
  const expanded = expandedXlsxBytes(file.bytes);
  if (expanded !== null && expanded > MAX_XLSX_EXPANDED_BYTES)
    throw new AppError(
      'payload_too_large',
      `file: ${file.name} unpacks to ${Math.round(expanded / 1048576)} MB, more than ${MAX_XLSX_EXPANDED_BYTES / 1048576} MB`,
    );
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', `file: ${file.name} is a damaged .xlsx file`);
  }
  return workbook.worksheets.map((sheet) => {
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1)
        cells.push(cellText(row.getCell(column).value));
      table[number - 1] = cells;
    });
    const [header = [], ...rows] = Array.from(table, (cells) => cells ?? []);
    return { name: sheet.name, header: header.map((h) => h.trim()), rows };
  });
}

/** A cell as the text an export meant: dates as ISO, formulas by their result, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return typeof value === 'string' ? restoreSpreadsheetText(value) : String(value);
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Kobo writes `;` by default, ODK `,`: the header's most frequent separator wins. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(file: UploadedFile): ResponseSheet {
  const text = decode(file.bytes);
  let table: string[][];
  try {
    table = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true });
  } catch (error) {
    throw new AppError(
      'bad_request',
      `file: ${file.name} is not readable as CSV: ${(error as Error).message}`,
    );
  }
  const [header = [], ...rows] = table;
  return {
    name: file.name,
    header: header.map((h) => h.trim()),
    rows: rows.map((cells) => cells.map(restoreSpreadsheetText)),
  };
}
