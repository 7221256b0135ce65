import Papa from 'papaparse';
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

/** Reads one column's cells by row index, or null when there is no such column. */
type CellReader = (column: string) => ((row: number) => unknown) | null;

/** A table over raw cells, converting a column on first use and caching it. */
class LazyTable implements SurveyTable {
  readonly rowCount: number;
  private readonly reader: CellReader;
  private readonly names: ReadonlySet<string>;
  private readonly numbers = new Map<string, Float64Array>();
  private readonly texts = new Map<string, (string | null)[]>();

  constructor(names: Iterable<string>, rowCount: number, reader: CellReader) {
    this.names = new Set(names);
    this.rowCount = rowCount;
    this.reader = reader;
  }

  has(column: string): boolean {
    return this.names.has(column);
  }

  private cells(column: string): (row: number) => unknown {
    const cell = this.names.has(column) ? this.reader(column) : null;
    if (!cell) throw unknownColumn(column);
    return cell;
  }

  numeric(column: string): Float64Array {
    const cached = this.numbers.get(column);
    if (cached) return cached;
    const cell = this.cells(column);
    const values = new Float64Array(this.rowCount);
    for (let i = 0; i < this.rowCount; i++) values[i] = parseNumber(cell(i), column, i);
    this.numbers.set(column, values);
    return values;
  }

  text(column: string): (string | null)[] {
    const cached = this.texts.get(column);
    if (cached) return cached;
    const cell = this.cells(column);
    const values = new Array<string | null>(this.rowCount);
    for (let i = 0; i < this.rowCount; i++) values[i] = toText(cell(i));
    this.texts.set(column, values);
    return values;
  }
}

export function tableFromRecords(records: readonly Record<string, unknown>[]): SurveyTable {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return new LazyTable(names, records.length, (column) => (row) => records[row]?.[column]);
}

/**
 * A CSV with a header row (comma-separated, quotes as RFC 4180); `NA` and empty cells are missing. A row
 * shorter than the header has its last cells missing (as R's read.csv); a longer one is an error.
 */
export function tableFromCsv(csv: string | Uint8Array): SurveyTable {
  const text = typeof csv === 'string' ? csv : new TextDecoder().decode(csv);
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    delimiter: ',',
    skipEmptyLines: true,
  });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = quoteError.row ?? 0;
    throw new SurveyDataError('csv_invalid', { row }, `Data row ${row}: ${quoteError.message}.`);
  }
  const rows = parsed.data;
  const header = rows[0] ?? [];
  for (let r = 1; r < rows.length; r++) {
    const length = (rows[r] as string[]).length;
    if (length > header.length) {
      throw new SurveyDataError(
        'csv_row_length',
        { row: r, expected: header.length, found: length },
        `Data row ${r}: ${length} cells for ${header.length} columns in the header.`,
      );
    }
  }
  const index = new Map(header.map((name, i) => [name, i]));
  return new LazyTable(index.keys(), Math.max(0, rows.length - 1), (column) => {
    const c = index.get(column);
    return c === undefined ? null : (row) => rows[row + 1]?.[c] ?? '';
  });
}
