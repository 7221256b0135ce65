import { actorKey, type ImportRow, type RowError, rowNumberOf } from '../sector-map/import-cells.ts';
import { MAX_AMOUNT } from './codes.ts';
import { columnKey, parseAmount, parseFiscalYear } from './csv-cells.ts';

/** One data row of a finance file: its spreadsheet row number and its cells by column key. */
export interface FinanceCsvRow {
  row: number;
  cells: Map<string, string>;
}

/**
 * Rows keyed by `columnKey`, blank rows dropped, plus errors for unknown or missing columns (row 1).
 * `columns` lists the keys as the documentation writes them (e.g. `fiscalYear`).
 */
export function readFinanceRows(
  raw: readonly ImportRow[],
  columns: readonly string[],
  required: readonly string[],
): { rows: FinanceCsvRow[]; errors: RowError[] } {
  const known = new Map(columns.map((column) => [columnKey(column), column]));
  const errors: RowError[] = [];
  const present = new Set(raw.flatMap((row) => Object.keys(row).map(columnKey)).filter(Boolean));
  for (const key of present) {
    if (!known.has(key))
      errors.push({ row: 1, field: key, message: `is not a known column (${columns.join(', ')})` });
  }
  for (const column of required) {
    if (raw.length > 0 && !present.has(columnKey(column)))
      errors.push({ row: 1, field: column, message: 'column is missing' });
  }
  const rows = raw
    .map((record, index) => {
      const cells = new Map<string, string>();
      for (const [header, value] of Object.entries(record)) {
        const column = known.get(columnKey(header));
        if (column) cells.set(column, (value ?? '').trim());
      }
      return { row: rowNumberOf(index), cells };
    })
    .filter(({ cells }) => [...cells.values()].some((value) => value !== ''));
  if (raw.length === 0 || (rows.length === 0 && errors.length === 0))
    errors.push({ row: 1, field: 'file', message: 'has no data rows' });
  return { rows, errors };
}

/** Reads the cells of one row, collecting its problems. */
export class FinanceRowReader {
  constructor(
    private readonly source: FinanceCsvRow,
    private readonly errors: RowError[],
  ) {}

  get row() {
    return this.source.row;
  }

  cell(field: string): string {
    return this.source.cells.get(field) ?? '';
  }

  fail(field: string, message: string): null {
    this.errors.push({ row: this.source.row, field, message });
    return null;
  }

  year(field: string): number | null {
    const raw = this.cell(field);
    if (raw === '') return this.fail(field, 'is required');
    return parseFiscalYear(raw) ?? this.fail(field, `"${raw}" is not a year between 1900 and 2200`);
  }

  /** A non-negative amount; blank gives null, or an error when `required`. */
  amount(field: string, required = false): number | null {
    const raw = this.cell(field);
    if (raw === '') return required ? this.fail(field, 'is required') : null;
    const value = parseAmount(raw);
    if (value === null) return this.fail(field, `"${raw}" is not a number`);
    if (value < 0) return this.fail(field, 'must not be negative');
    if (value > MAX_AMOUNT) return this.fail(field, 'is too large');
    return value;
  }

  text(field: string, maxLength: number): string | null {
    const raw = this.cell(field);
    if (raw.length > maxLength) return this.fail(field, `is longer than ${maxLength} characters`);
    return raw === '' ? null : raw;
  }

  flag(field: string): boolean {
    const raw = this.cell(field).toLowerCase();
    if (raw === '') return false;
    if (['yes', 'y', 'true', '1', 'x', 'oui', 'si', 'sí', 'sim', 'نعم'].includes(raw)) return true;
    if (['no', 'n', 'false', '0', 'non', 'não', 'nao', 'لا'].includes(raw)) return false;
    this.fail(field, `"${raw}" is not yes or no`);
    return false;
  }
}

/** Finds a named record by name or acronym, ignoring case and spacing; ambiguous names are refused. */
export function nameIndex(records: readonly { id: string; name: string; acronym: string | null }[]) {
  const byKey = new Map<string, Set<string>>();
  const add = (text: string | null, id: string) => {
    if (!text) return;
    const key = actorKey(text);
    byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  };
  for (const record of records) {
    add(record.name, record.id);
    add(record.acronym, record.id);
  }
  return (text: string): { id: string } | 'ambiguous' | null => {
    const ids = byKey.get(actorKey(text));
    if (!ids) return null;
    return ids.size === 1 ? { id: [...ids][0] } : 'ambiguous';
  };
}
