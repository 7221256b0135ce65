import type { CalibrationMargin } from '../types.ts';

/** What calibration reads from a survey table (the estimator's `SurveyTable` has this shape). */
export interface CalibrationTable {
  readonly rowCount: number;
  has(column: string): boolean;
  /** Values as text; null for missing. */
  text(column: string): (string | null)[];
}

/** A calibration problem, as a message code and parameters (the reader's language renders it). */
export class CalibrationError extends Error {
  constructor(
    readonly code:
      | 'calibration_cell_empty'
      | 'calibration_cell_unknown'
      | 'calibration_no_convergence'
      | 'calibration_value_missing'
      | 'calibration_variable_unknown',
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'CalibrationError';
  }
}

const KEY_SEPARATOR = '|';

function isMissing(value: string | null | undefined): boolean {
  return value === null || value === undefined || value === '' || value === 'NA';
}

/** Each row's key: the values of `variables` joined with `|`, as population tables are written. */
export function rowKeys(table: CalibrationTable, variables: string[]): string[] {
  const columns = variables.map((variable) => {
    if (!table.has(variable))
      throw new CalibrationError(
        'calibration_variable_unknown',
        { variable },
        `calibration variable ${variable} is not a column of the data`,
      );
    return table.text(variable);
  });
  const keys: string[] = new Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) {
    const parts: string[] = [];
    for (let v = 0; v < columns.length; v++) {
      const value = columns[v]?.[row];
      if (isMissing(value))
        throw new CalibrationError(
          'calibration_value_missing',
          { variable: variables[v] ?? '', row: row + 1 },
          `row ${row + 1} has no value for calibration variable ${variables[v]}`,
        );
      parts.push(String(value));
    }
    keys[row] = parts.join(KEY_SEPARATOR);
  }
  return keys;
}

/** The rows of a margin's cells: each row's cell number and each cell's population count. */
export interface MarginCells {
  index: Int32Array;
  population: Float64Array;
}

/**
 * Matches rows to the margin's population cells, refusing a sample value with no (or a zero) population
 * count and a population cell with no sampled weight, as R's `postStratify` does (cells absent from
 * both sample and population are ignored).
 */
export function marginCells(
  table: CalibrationTable,
  margin: CalibrationMargin,
  baseWeights: Float64Array,
): MarginCells {
  const keys = rowKeys(table, margin.variables);
  const cellOf = new Map<string, number>();
  const counts: number[] = [];
  for (const [key, count] of Object.entries(margin.population)) {
    if (!(count > 0)) continue;
    cellOf.set(key, counts.length);
    counts.push(count);
  }
  const index = new Int32Array(keys.length);
  const sampled = new Float64Array(counts.length);
  const variables = margin.variables.join(KEY_SEPARATOR);
  keys.forEach((key, row) => {
    const cell = cellOf.get(key);
    if (cell === undefined)
      throw new CalibrationError(
        'calibration_cell_unknown',
        { variables, value: key, row: row + 1 },
        `${variables} = ${key} (row ${row + 1}) has no population count`,
      );
    index[row] = cell;
    sampled[cell] = (sampled[cell] ?? 0) + (baseWeights[row] ?? 0);
  });
  for (const [key, cell] of cellOf)
    if (!(sampled[cell] !== undefined && sampled[cell] > 0))
      throw new CalibrationError(
        'calibration_cell_empty',
        { variables, value: key },
        `no respondent in the sample for ${variables} = ${key}`,
      );
  return { index, population: Float64Array.from(counts) };
}

/** Sums of `weights` by cell. */
export function cellSums(index: Int32Array, cellCount: number, weights: Float64Array): Float64Array {
  const sums = new Float64Array(cellCount);
  for (let row = 0; row < index.length; row++) sums[index[row] as number] += weights[row] as number;
  return sums;
}
