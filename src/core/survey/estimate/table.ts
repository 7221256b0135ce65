import { parse } from 'csv-parse/sync';
import { SurveyDataError } from './errors.ts';

/** Column access by name; numbers parse once, lazily. Missing = NaN (numeric) / null (text). */
export interface SurveyTable {
  readonly rowCount: number;
  has(column: string): boolean;
  /** Numeric values; throws SurveyDataError (code 'not_numeric', params {column, row}) on a non-number. */
  numeric(column: string): Float64Array;
  /** Values as text (categories, strata, cluster ids); null for missing. */
  text(column: string): (string | null)[];
}

/** Row numbers in errors are 1-based data rows (the CSV header not counted). */
function unknownColumn(column: string): SurveyDataError {
  return new SurveyDataError('unknown_column', { column }, `There is no column "${column}" in the data.`);
}

function isMissingText(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || trimmed === 'NA';
}

function parseNumber(value: unknown, column: string, row: number): number {
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const text = String(value);
  if (isMissingText(text)) return Number.NaN;
  const parsed = Number(text);
  if (Number.isNaN(parsed)) {
    throw new SurveyDataError(
      'not_numeric',
      { column, row: row + 1, value: text },
      `Column "${column}", data row ${row + 1}: "${text}" is not a number.`,
    );
  }
  return parsed;
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : String(value);
  const text = String(value);
  return isMissingText(text) ? null : text;
}

/** A table over raw columns (one array of cells per column), converting on first use and caching. */
class ColumnTable implements SurveyTable {
  readonly rowCount: number;
  private readonly raw: Map<string, readonly unknown[]>;
  private readonly numbers = new Map<string, Float64Array>();
  private readonly texts = new Map<string, (string | null)[]>();

  constructor(raw: Map<string, readonly unknown[]>, rowCount: number) {
    this.raw = raw;
    this.rowCount = rowCount;
  }

  has(column: string): boolean {
    return this.raw.has(column);
  }

  private cells(column: string): readonly unknown[] {
    const cells = this.raw.get(column);
    if (!cells) throw unknownColumn(column);
    return cells;
  }

  numeric(column: string): Float64Array {
    const cached = this.numbers.get(column);
    if (cached) return cached;
    const cells = this.cells(column);
    const values = new Float64Array(this.rowCount);
    for (let i = 0; i < this.rowCount; i++) values[i] = parseNumber(cells[i], column, i);
    this.numbers.set(column, values);
    return values;
  }

  text(column: string): (string | null)[] {
    const cached = this.texts.get(column);
    if (cached) return cached;
    const cells = this.cells(column);
    const values = new Array<string | null>(this.rowCount);
    for (let i = 0; i < this.rowCount; i++) values[i] = toText(cells[i]);
    this.texts.set(column, values);
    return values;
  }
}

export function tableFromRecords(records: readonly Record<string, unknown>[]): SurveyTable {
  const columns = new Map<string, unknown[]>();
  for (const record of records)
    for (const name of Object.keys(record)) if (!columns.has(name)) columns.set(name, []);
  for (const [name, cells] of columns) for (const record of records) cells.push(record[name]);
  return new ColumnTable(columns, records.length);
}

/** A CSV with a header row; `NA` and empty cells are missing. */
export function tableFromCsv(csv: string | Uint8Array): SurveyTable {
  const text = typeof csv === 'string' ? csv : new TextDecoder().decode(csv);
  const rows: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  const header = rows[0] ?? [];
  const columns = new Map<string, string[]>();
  header.forEach((name, index) => {
    const cells = new Array<string>(rows.length - 1);
    for (let r = 1; r < rows.length; r++) cells[r - 1] = rows[r]?.[index] ?? '';
    columns.set(name, cells);
  });
  return new ColumnTable(columns, Math.max(0, rows.length - 1));
}
