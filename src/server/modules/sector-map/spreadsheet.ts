import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../core/errors/app-error.ts';
import type { ImportRow, RowError } from '../../../core/sector-map/import-cells.ts';
import { MAX_IMPORT_ROWS } from '../../../core/sector-map/limits.ts';
import { guessCsvDelimiter } from '../../../core/tables/csv-delimiter.ts';
import { isUnstorable } from '../../http/input-guard.ts';
import { neutraliseSpreadsheetRow, restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A rejected file: the same 422 shape as rows that fail validation. */
export function rejectRows(errors: RowError[]): never {
  const rows = new Set(errors.map((error) => error.row)).size;
  throw new AppError('unprocessable', rows === 1 ? '1 row has errors' : `${rows} rows have errors`, errors);
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** XLSX files are zip archives; anything else is read as CSV text. The content decides, not the name. */
export function detectFormat(fileName: string, bytes: Uint8Array): SpreadsheetFormat {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE) || /\.xls$/i.test(fileName)) {
    throw new AppError(
      'bad_request',
      'file: old Excel (.xls) files are not supported; save it as .xlsx or .csv',
    );
  }
  if (/\.xlsx$/i.test(fileName)) throw new AppError('bad_request', 'file: this .xlsx file is damaged');
  return 'csv';
}

/** UTF-8 (with or without BOM); files saved by older spreadsheet programs in Windows-1252 also read. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  try {
    return parse(text, { bom: true, delimiter: guessCsvDelimiter(text), relax_column_count: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return rejectRows([
      { row: line, field: 'file', message: `not readable as CSV: ${(error as Error).message}` },
    ]);
  }
}

async function readXlsx(bytes: Uint8Array, preferredSheet: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('bad_request', 'file: this .xlsx file is damaged');
  }
  const sheet =
    workbook.worksheets.find((candidate) => candidate.name.toLowerCase() === preferredSheet) ??
    workbook.worksheets[0];
  if (!sheet) return [];
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return tooManyRows();
  const table: string[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text ?? '');
    table.push(cells);
  }
  return table;
}

function tooManyRows(): never {
  throw new AppError(
    'payload_too_large',
    `file: more than ${MAX_IMPORT_ROWS} rows; split the registry into several files`,
  );
}

/**
 * Reads the first sheet (or the one named like `sheetName`) of a CSV or XLSX upload into rows keyed
 * by the header row's column names. A row with more cells than there are columns is refused: it is
 * usually an unquoted comma that would shift every later value.
 */
export async function readSpreadsheet(
  file: { name: string; bytes: Uint8Array },
  sheetName: string,
): Promise<ImportRow[]> {
  const format = detectFormat(file.name, file.bytes);
  const table = format === 'xlsx' ? await readXlsx(file.bytes, sheetName) : readCsv(file.bytes);
  if (table.length > MAX_IMPORT_ROWS + 1) return tooManyRows();
  const [headers = [], ...rows] = table;
  const names = headers.map((header) => header.trim());
  const errors: RowError[] = [];
  const records = rows.map((cells, index) => {
    const extra = cells.slice(names.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      errors.push({
        row: index + 2,
        field: 'file',
        message: `has ${cells.length} cells but the header has ${names.length} columns (quote values that contain the separator)`,
      });
    }
    const record: ImportRow = {};
    names.forEach((name, column) => {
      if (!name) return;
      record[name] = restoreSpreadsheetText(cells[column] ?? '');
      if (isUnstorable(record[name]) || isUnstorable(name)) {
        errors.push({ row: index + 2, field: name, message: 'must not contain a NUL character (U+0000)' });
      }
    });
    return record;
  });
  if (errors.length > 0) rejectRows(errors);
  return records;
}

export type ExportCell = string | number | null;

export function writeCsv(columns: readonly string[], rows: ExportCell[][]): Uint8Array {
  // The byte-order mark makes spreadsheet programs read accented and Arabic names correctly.
  const safeRows = rows.map((row) => neutraliseSpreadsheetRow(row));
  return new TextEncoder().encode(stringify(safeRows, { header: true, columns: [...columns], bom: true }));
}

export async function writeXlsx(sheetName: string, columns: readonly string[], rows: ExportCell[][]) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Custodes';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column,
    key: column,
    width: Math.max(14, column.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(neutraliseSpreadsheetRow(row.map((cell) => cell ?? '')));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
