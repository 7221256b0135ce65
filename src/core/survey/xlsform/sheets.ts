import type { FormIssue } from '../types';

/** One row of a sheet: `row` is the sheet's row (xlsx, header = 1) or the file's line (csv, md). */
export interface SheetRow {
  row: number;
  /** Cells by header as written (trimmed); empty cells are absent or ''. */
  cells: Record<string, string>;
}

export interface XlsFormSheet {
  /** Headers as written (trimmed), in column order; may hold duplicates, which the parser reports. */
  header: string[];
  /** The header's row (or line), so a problem with a column can name it. */
  headerRow: number;
  rows: SheetRow[];
}

/** The sheets of an XLSForm by lower-cased, trimmed sheet name. */
export type XlsFormSheets = Record<string, XlsFormSheet>;

/** Thrown by a reader when the file cannot be read at all (unknown extension, corrupt workbook). */
export class XlsFormReadError extends Error {
  constructor(readonly issue: FormIssue) {
    super(issue.code);
    this.name = 'XlsFormReadError';
  }
}

export function fileIssue(code: string, params: Record<string, string | number>): FormIssue {
  return { severity: 'error', sheet: '', row: null, column: null, code, params };
}

/**
 * Builds a sheet from rows of cells as a CSV or markdown XLSForm holds them (the first column empty, the
 * rest aligned under the header). Blank rows are skipped.
 */
export class SheetBuilder {
  private readonly sheet: XlsFormSheet = { header: [], headerRow: 0, rows: [] };

  add(line: number, cells: string[]): void {
    if (cells.every((cell) => cell.trim() === '')) return;
    if (this.sheet.headerRow === 0) {
      this.sheet.header = cells.map((cell) => cell.trim());
      this.sheet.headerRow = line;
      return;
    }
    this.sheet.rows.push({ row: line, cells: cellsByHeader(this.sheet.header, cells) });
  }

  build(): XlsFormSheet {
    return this.sheet;
  }
}

/** The first column holding a value wins for a header written twice (the parser reports the duplicate). */
export function cellsByHeader(header: string[], values: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  header.forEach((name, index) => {
    if (name === '') return;
    const value = (values[index] ?? '').trim();
    if (cells[name] === undefined || cells[name] === '') cells[name] = value;
  });
  return cells;
}
