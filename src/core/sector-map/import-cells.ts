/** Reading spreadsheet cells typed by people: forgiving about case and spacing, exact about meaning. */

/** One problem in an imported file. Rows are numbered as in the spreadsheet: the header is row 1. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

export type ImportRow = Record<string, string | null | undefined>;

export type ParseResult<T> = { ok: true; records: T[] } | { ok: false; errors: RowError[] };

export const HEADER_ROW = 1;
export const rowNumberOf = (index: number) => index + 2;

export function describeRowError(error: RowError): string {
  return `row ${error.row}, ${error.field}: ${error.message}`;
}

/** "Legal basis", "legal-basis" and " LEGAL_BASIS " all name the column `legal_basis`. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Same spelling rule for code values: "Armed forces" is `armed_forces`. */
export const normaliseCode = normaliseHeader;

/** How names and acronyms are compared when one row refers to another actor. */
export function actorKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Rows with their column names normalised; blank rows (trailing lines in Excel) are dropped. */
export function normaliseRows(
  rows: readonly ImportRow[],
): Array<{ row: number; cells: Map<string, string> }> {
  return rows
    .map((raw, index) => {
      const cells = new Map<string, string>();
      for (const [header, value] of Object.entries(raw)) {
        cells.set(normaliseHeader(header), (value ?? '').trim());
      }
      return { row: rowNumberOf(index), cells };
    })
    .filter(({ cells }) => [...cells.values()].some((value) => value !== ''));
}

/** Errors for unknown or missing columns, reported against the header row. */
export function checkColumns(
  rows: readonly ImportRow[],
  columns: readonly string[],
  required: readonly string[],
): RowError[] {
  // without data rows there is nothing to say about columns: the caller reports the empty file
  if (rows.length === 0) return [];
  const present = new Set(rows.flatMap((row) => Object.keys(row).map(normaliseHeader)));
  present.delete('');
  const errors: RowError[] = [];
  for (const column of present) {
    if (!columns.includes(column)) {
      errors.push({
        row: HEADER_ROW,
        field: column,
        message: `is not a known column (${columns.join(', ')})`,
      });
    }
  }
  for (const column of required) {
    if (!present.has(column)) errors.push({ row: HEADER_ROW, field: column, message: 'column is missing' });
  }
  return errors;
}

/** Collects the problems of one row while its cells are read. */
export class RowReader {
  readonly errors: RowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: Map<string, string>,
  ) {}

  fail(field: string, message: string): void {
    this.errors.push({ row: this.row, field, message });
  }

  text(field: string, maxLength: number): string | null {
    const value = this.cells.get(field) ?? '';
    if (value.length > maxLength) {
      this.fail(field, `is longer than ${maxLength} characters`);
      return null;
    }
    return value === '' ? null : value;
  }

  requiredText(field: string, maxLength: number): string | null {
    const value = this.text(field, maxLength);
    if (value === null && !this.errors.some((error) => error.field === field))
      this.fail(field, 'is required');
    return value;
  }

  code<T extends string>(field: string, allowed: readonly T[], label: string, fallback?: T): T | null {
    const raw = this.cells.get(field) ?? '';
    if (raw === '') {
      if (fallback === undefined) this.fail(field, 'is required');
      return fallback ?? null;
    }
    const value = normaliseCode(raw);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.fail(field, `"${raw}" is not a known ${label} (${allowed.join(', ')})`);
    return null;
  }

  flag(field: string, fallback: boolean): boolean {
    const raw = normaliseCode(this.cells.get(field) ?? '');
    if (raw === '') return fallback;
    if (['yes', 'y', 'true', '1', 'oui', 'si', 'sí', 'sim'].includes(raw)) return true;
    if (['no', 'n', 'false', '0', 'non', 'não', 'nao'].includes(raw)) return false;
    this.fail(field, `"${raw}" is not yes or no`);
    return fallback;
  }

  /** A whole, non-negative number; "1,200" and "1 200" are read as 1200. */
  count(field: string): number | null {
    const raw = this.cells.get(field) ?? '';
    if (raw === '') return null;
    const grouped = /^\d{1,3}([ ,.'\u00a0\u202f]\d{3})+$/.test(raw);
    const digits = grouped ? raw.replace(/\D/g, '') : raw;
    if (!/^\d+$/.test(digits) || Number(digits) > 100_000_000) {
      this.fail(field, `"${raw}" is not a whole number of people`);
      return null;
    }
    return Number(digits);
  }
}
