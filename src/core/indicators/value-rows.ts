import { type Period, parsePeriod } from './periods.ts';
import { type DataValue, DEFAULT_COMBO } from './types.ts';

/**
 * Data values from tables (CSV/XLSX records) and from DHIS2 dataValueSets JSON, shared by the CLI and the
 * server import. Codes are left as written: resolving codes or names into ids is the caller's business.
 */

export interface ValueRow extends DataValue {
  /** Canonical period id (`2026-03` becomes `202603`). */
  period: string;
  comment: string | null;
}

/** `line`: the file line for tables (header = 1), the 1-based position in `dataValues` for JSON. */
export interface ValueRowError {
  line: number;
  field: string;
  message: string;
}

/** A disaggregation column of a table row, e.g. `{ column: 'sex', value: 'F' }`, in column order. */
export interface DisaggregationCell {
  column: string;
  value: string;
}

export type ValueRowResult =
  | {
      ok: true;
      row: ValueRow;
      /** Non-empty cells of the other columns; when present, the row had no categoryOptionCombo. */
      disaggregation: DisaggregationCell[];
    }
  | { ok: false; error: ValueRowError };

type Field = 'dataElement' | 'period' | 'orgUnit' | 'categoryOptionCombo' | 'value' | 'comment';
const REQUIRED: Field[] = ['dataElement', 'period', 'orgUnit', 'value'];
const FIELD_BY_HEADER = new Map<string, Field>([
  ['dataelement', 'dataElement'],
  ['period', 'period'],
  ['orgunit', 'orgUnit'],
  ['categoryoptioncombo', 'categoryOptionCombo'],
  ['value', 'value'],
  ['comment', 'comment'],
]);
/** Columns of DHIS2's CSV export that carry no data for us. */
const IGNORED_HEADERS = new Set([
  'attributeoptioncombo',
  'storedby',
  'created',
  'lastupdated',
  'followup',
  'deleted',
]);
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** parsePeriod with a memory: a file of a million values names a few dozen periods. */
function periodReader(): (text: string) => Period | null {
  const known = new Map<string, Period | null>();
  return (text) => {
    let period = known.get(text);
    if (period === undefined) {
      period = parsePeriod(text);
      if (known.size < 10_000) known.set(text, period);
    }
    return period;
  };
}

function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * The number a cell's text writes in plain decimal notation (`12`, ` -3.5 `, `.5`, `1e3`), or null for any
 * other text (`1,5`, `0x10`, `Infinity`, `true`). An exponent too large for a double gives ±Infinity: the
 * caller decides whether that is an error.
 */
export function parseDecimalText(text: string): number | null {
  const value = text.trim();
  return DECIMAL.test(value) ? Number(value) : null;
}

/** A yes/no cell's text: `true`/`false` in any case as 1/0, null for any other text. */
export function parseYesNoText(text: string): 1 | 0 | null {
  const lower = text.trim().toLowerCase();
  if (lower === 'true') return 1;
  if (lower === 'false') return 0;
  return null;
}

/** A number cell: decimal text, or true/false as 1/0; null for other text and for numbers too large. */
export function parseValueCell(text: string): number | null {
  const value = parseYesNoText(text) ?? parseDecimalText(text);
  return value !== null && Number.isFinite(value) ? value : null;
}

export type ValueRowMapper = (cells: readonly string[], line: number) => ValueRowResult;

/**
 * Reads the header once and returns a mapper for the rows under it, or the error of a header missing a
 * required column (line 1).
 */
export function createValueRowMapper(
  headers: readonly string[],
): { ok: true; map: ValueRowMapper } | { ok: false; error: ValueRowError } {
  const columnOf = new Map<Field, number>();
  const extra: { column: string; index: number }[] = [];
  headers.forEach((header, index) => {
    const normalised = normaliseHeader(header);
    const field = FIELD_BY_HEADER.get(normalised);
    if (field && !columnOf.has(field)) columnOf.set(field, index);
    else if (!field && normalised !== '' && !IGNORED_HEADERS.has(normalised))
      extra.push({ column: header.replace(/^\uFEFF/, '').trim(), index });
  });
  const missing = REQUIRED.find((field) => !columnOf.has(field));
  if (missing) return { ok: false, error: { line: 1, field: missing, message: `missing column ${missing}` } };
  const cell = (cells: readonly string[], field: Field): string => {
    const index = columnOf.get(field);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const readPeriod = periodReader();
  const map: ValueRowMapper = (cells, line) => {
    const fail = (field: string, message: string): ValueRowResult => ({
      ok: false,
      error: { line, field, message: `${field}: ${message}` },
    });
    for (const field of ['dataElement', 'orgUnit'] as const) {
      if (cell(cells, field) === '') return fail(field, 'required');
    }
    const periodText = cell(cells, 'period');
    if (periodText === '') return fail('period', 'required');
    const period = readPeriod(periodText);
    if (!period) return fail('period', `unknown period "${periodText}"`);
    const valueText = cell(cells, 'value');
    if (valueText === '') return fail('value', 'required');
    const value = parseValueCell(valueText);
    if (value === null) return fail('value', `not a number: "${valueText}"`);
    const disaggregation: DisaggregationCell[] = [];
    for (const { column, index } of extra) {
      const text = (cells[index] ?? '').trim();
      if (text !== '') disaggregation.push({ column, value: text });
    }
    const combo = cell(cells, 'categoryOptionCombo');
    if (combo !== '' && disaggregation.length > 0) {
      return fail(
        'categoryOptionCombo',
        `give either categoryOptionCombo or disaggregation columns (${disaggregation[0]?.column}), not both`,
      );
    }
    const comment = cell(cells, 'comment');
    return {
      ok: true,
      row: {
        dataElement: cell(cells, 'dataElement'),
        period: period.id,
        orgUnit: cell(cells, 'orgUnit'),
        categoryOptionCombo: combo === '' ? DEFAULT_COMBO : combo,
        value,
        comment: comment === '' ? null : comment,
      },
      disaggregation,
    };
  };
  return { ok: true, map };
}

/** One record keyed by header (as csv-parse `columns: true` or an XLSX sheet gives). */
export function mapValueRecord(record: Record<string, string>, line: number): ValueRowResult {
  const headers = Object.keys(record);
  const mapper = createValueRowMapper(headers);
  if (!mapper.ok) return { ok: false, error: { ...mapper.error, line } };
  return mapper.map(
    headers.map((header) => record[header] ?? ''),
    line,
  );
}

/** DHIS2's dataValueSets JSON, as imported and exported. */
export interface DataValueSetEntry {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  value: string;
  comment?: string;
}

export interface DataValueSets {
  dataSet?: string;
  dataValues: DataValueSetEntry[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}

type EntryDefaults = { period: string; orgUnit: string; categoryOptionCombo: string };

function dataValueSetEntry(
  entry: unknown,
  defaults: EntryDefaults,
  line: number,
  readPeriod: (text: string) => Period | null,
): ValueRow | ValueRowError | null {
  const fail = (field: string, message: string): ValueRowError => ({
    line,
    field,
    message: `${field}: ${message}`,
  });
  if (!isRecord(entry)) return fail('dataValues', 'expected an object');
  if (entry.deleted === true) return null;
  const text = (name: string, fallback = ''): string | null => {
    const raw = entry[name];
    if (raw === undefined || raw === null || raw === '') return fallback;
    return textOf(raw);
  };
  const dataElement = text('dataElement');
  if (dataElement === null) return fail('dataElement', 'expected text');
  if (dataElement === '') return fail('dataElement', 'required');
  const orgUnit = text('orgUnit', defaults.orgUnit);
  if (orgUnit === null) return fail('orgUnit', 'expected text');
  if (orgUnit === '') return fail('orgUnit', 'required');
  const periodText = text('period', defaults.period);
  if (periodText === null) return fail('period', 'expected text');
  if (periodText === '') return fail('period', 'required');
  const period = readPeriod(periodText);
  if (!period) return fail('period', `unknown period "${periodText}"`);
  const valueText = text('value');
  if (valueText === null || valueText === '') return fail('value', 'required');
  const value = parseValueCell(valueText);
  if (value === null) return fail('value', `not a number: "${valueText}"`);
  const combo = text('categoryOptionCombo', defaults.categoryOptionCombo);
  if (combo === null) return fail('categoryOptionCombo', 'expected text');
  const comment = text('comment');
  return {
    dataElement,
    period: period.id,
    orgUnit,
    categoryOptionCombo: combo || DEFAULT_COMBO,
    value,
    comment: comment ? comment : null,
  };
}

/**
 * Rows of a dataValueSets document. As DHIS2 allows, the top-level `period`, `orgUnit` and
 * `categoryOptionCombo` apply to values that omit them; `dataSet` and `attributeOptionCombo` are ignored and
 * values marked `deleted` are skipped. Errors name the 1-based position of the value in `dataValues` as line.
 */
export function parseDataValueSets(json: unknown): {
  rows: ValueRow[];
  /** The 1-based position in `dataValues` of each row (deleted values leave gaps). */
  lines: number[];
  errors: ValueRowError[];
} {
  if (!isRecord(json) || !Array.isArray(json.dataValues)) {
    const message = 'dataValues: expected an object with a dataValues array';
    return { rows: [], lines: [], errors: [{ line: 0, field: 'dataValues', message }] };
  }
  const defaults: EntryDefaults = {
    period: textOf(json.period) ?? '',
    orgUnit: textOf(json.orgUnit) ?? '',
    categoryOptionCombo: textOf(json.categoryOptionCombo) ?? '',
  };
  const rows: ValueRow[] = [];
  const lines: number[] = [];
  const errors: ValueRowError[] = [];
  const entries: unknown[] = json.dataValues;
  const readPeriod = periodReader();
  for (let index = 0; index < entries.length; index++) {
    const result = dataValueSetEntry(entries[index], defaults, index + 1, readPeriod);
    if (result === null) continue;
    if ('message' in result) errors.push(result);
    else {
      rows.push(result);
      lines.push(index + 1);
    }
  }
  return { rows, lines, errors };
}

/** A dataValueSets document for DHIS2 (values as text, as DHIS2 writes them). */
export function toDataValueSets(
  values: readonly (DataValue & { comment?: string | null })[],
  options: { dataSet?: string } = {},
): DataValueSets {
  const dataValues = values.map((value) => {
    const entry: DataValueSetEntry = {
      dataElement: value.dataElement,
      period: value.period,
      orgUnit: value.orgUnit,
      categoryOptionCombo: value.categoryOptionCombo,
      value: String(value.value),
    };
    if (value.comment) entry.comment = value.comment;
    return entry;
  });
  return options.dataSet ? { dataSet: options.dataSet, dataValues } : { dataValues };
}
