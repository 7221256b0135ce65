import type ExcelJS from 'exceljs';
import { expandedXlsxBytes, MAX_XLSX_EXPANDED_BYTES } from '../xlsx-size';
import { cellsByHeader, fileIssue, XlsFormReadError, type XlsFormSheets } from './sheets';

/** Reads every worksheet: row 1 is the header, the data rows keep the sheet's row numbers. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsFormSheets> {
  const expanded = expandedXlsxBytes(bytes);
  if (expanded !== null && expanded > MAX_XLSX_EXPANDED_BYTES)
    throw new XlsFormReadError(
      fileIssue('unreadable_workbook', {
        reason: `it unpacks to ${Math.round(expanded / 1048576)} MB, more than ${MAX_XLSX_EXPANDED_BYTES / 1048576} MB`,
      }),
    );
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new XlsFormReadError(
      fileIssue('unreadable_workbook', { reason: String((error as Error).message ?? error) }),
    );
  }
  const sheets: XlsFormSheets = {};
  for (const worksheet of workbook.worksheets) {
    const name = worksheet.name.trim().toLowerCase();
    if (sheets[name]) continue;
    const header = rowTexts(worksheet.getRow(1)).map((cell) => cell.trim());
    const rows: XlsFormSheets[string]['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number === 1) return;
      const values = rowTexts(row);
      if (values.every((value) => value.trim() === '')) return;
      rows.push({ row: number, cells: cellsByHeader(header, values) });
    });
    sheets[name] = { header, headerRow: 1, rows };
  }
  return sheets;
}

function rowTexts(row: ExcelJS.Row): string[] {
  const texts: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    texts[column - 1] = cellText(cell.value, cell.result);
  });
  return Array.from(texts, (text) => text ?? '');
}

/** As XLSForm tools read cells: `3` not `3.0`, dates as ISO, formulas by their result, rich text joined. */
export function cellText(value: ExcelJS.CellValue, cachedResult?: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result ?? cachedResult;
    return result === undefined || result === null ? '' : cellText(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
