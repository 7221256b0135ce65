import type { CalibratedWeights, Calibration, CalibrationMargin, SurveyDesign } from '../types.ts';
import {
  CalibrationError,
  type CalibrationTable,
  cellSums,
  type MarginCells,
  marginCells,
  rowKeys,
} from './cells.ts';

export { CalibrationError, type CalibrationTable } from './cells.ts';

/** R's `rake` defaults: `control = list(maxit = 10, epsilon = 1)`. */
export const RAKE_DEFAULTS = { maxIterations: 10, epsilon: 1 } as const;

/** One post-stratification step: the weights after it, and those before (R's `oldweights`). */
interface PostStratum {
  cells: MarginCells;
  weights: Float64Array;
  oldWeights: Float64Array;
}

function postStratifyStep(cells: MarginCells, weights: Float64Array): PostStratum {
  const sums = cellSums(cells.index, cells.population.length, weights);
  const adjusted = new Float64Array(weights.length);
  for (let row = 0; row < weights.length; row++) {
    const cell = cells.index[row] as number;
    adjusted[row] = ((weights[row] as number) * (cells.population[cell] as number)) / (sums[cell] as number);
  }
  return { cells, weights: adjusted, oldWeights: weights };
}

/**
 * `svyrecvar`'s step for one post-stratification: subtract from each row its cell's mean of x/w
 * (weighted by the weights before post-stratification), times its weight.
 */
function removePostStratumMeans(x: Float64Array, step: PostStratum): Float64Array {
  const { index, population } = step.cells;
  const numerators = new Float64Array(population.length);
  const denominators = new Float64Array(population.length);
  const weightOf = (row: number) => {
    const w = step.weights[row] as number;
    return w === 0 && step.oldWeights[row] === 0 ? 1 : w;
  };
  for (let row = 0; row < x.length; row++) {
    const cell = index[row] as number;
    const old = step.oldWeights[row] as number;
    numerators[cell] += ((x[row] as number) * old) / weightOf(row);
    denominators[cell] += old;
  }
  const out = new Float64Array(x.length);
  for (let row = 0; row < x.length; row++) {
    const cell = index[row] as number;
    const mean =
      (denominators[cell] as number) > 0 ? (numerators[cell] as number) / (denominators[cell] as number) : 0;
    out[row] = (x[row] as number) - mean * weightOf(row);
  }
  return out;
}

/** `svyrecvar`'s step for raking: ten sweeps, each removing every margin's unweighted cell means of x/w. */
function removeRakingMeans(influence: Float64Array, steps: PostStratum[]): Float64Array {
  let x = Float64Array.from(influence);
  for (let sweep = 0; sweep < 10; sweep++) {
    for (const step of steps) {
      const { index, population } = step.cells;
      const sums = new Float64Array(population.length);
      const counts = new Float64Array(population.length);
      for (let row = 0; row < x.length; row++) {
        const w = step.weights[row] as number;
        if (w === 0) continue;
        sums[index[row] as number] += (x[row] as number) / w;
        counts[index[row] as number] += 1;
      }
      const next = new Float64Array(x.length);
      for (let row = 0; row < x.length; row++) {
        const cell = index[row] as number;
        const mean = (counts[cell] as number) > 0 ? (sums[cell] as number) / (counts[cell] as number) : 0;
        next[row] = (x[row] as number) - (step.weights[row] as number) * mean;
      }
      x = next;
    }
  }
  return x;
}

function postStratify(
  table: CalibrationTable,
  margin: CalibrationMargin,
  base: Float64Array,
): CalibratedWeights {
  const step = postStratifyStep(marginCells(table, margin, base), base);
  return { weights: step.weights, residualize: (x) => removePostStratumMeans(x, step) };
}

/** The weighted table crossing every margin's variables, which R's `rake` watches to stop. */
function crossTable(keys: Int32Array, cellCount: number, weights: Float64Array): Float64Array {
  return cellSums(keys, cellCount, weights);
}

function crossKeys(
  table: CalibrationTable,
  margins: CalibrationMargin[],
): { keys: Int32Array; count: number } {
  const variables = [...new Set(margins.flatMap((m) => m.variables))];
  const seen = new Map<string, number>();
  const keys = Int32Array.from(rowKeys(table, variables), (key) => {
    let cell = seen.get(key);
    if (cell === undefined) {
      cell = seen.size;
      seen.set(key, cell);
    }
    return cell;
  });
  return { keys, count: seen.size };
}

function rake(
  table: CalibrationTable,
  calibration: Extract<Calibration, { method: 'rake' }>,
  base: Float64Array,
): CalibratedWeights {
  const maxIterations = calibration.maxIterations ?? RAKE_DEFAULTS.maxIterations;
  const givenEpsilon = calibration.epsilon ?? RAKE_DEFAULTS.epsilon;
  const epsilon = givenEpsilon < 1 ? givenEpsilon * base.reduce((a, b) => a + b, 0) : givenEpsilon;
  const margins = calibration.margins.map((margin) => marginCells(table, margin, base));
  const cross = crossKeys(table, calibration.margins);
  let oldTable = crossTable(cross.keys, cross.count, base);
  let weights = base;
  let steps: PostStratum[] = [];
  let delta = Number.POSITIVE_INFINITY;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    steps = [];
    for (const cells of margins) {
      const step = postStratifyStep(cells, weights);
      steps.push(step);
      weights = step.weights;
    }
    const newTable = crossTable(cross.keys, cross.count, weights);
    delta = 0;
    for (let cell = 0; cell < cross.count; cell++)
      delta = Math.max(delta, Math.abs((newTable[cell] as number) - (oldTable[cell] as number)));
    if (delta < epsilon) {
      const final = steps;
      return { weights, residualize: (x) => removeRakingMeans(x, final) };
    }
    oldTable = newTable;
  }
  throw new CalibrationError(
    'calibration_no_convergence',
    { iterations: maxIterations, delta: Number(delta.toPrecision(4)) },
    `raking did not converge after ${maxIterations} iterations (last change ${delta.toPrecision(4)})`,
  );
}

/**
 * Calibrates the design weights (unchanged without `design.calibration`) to population counts as R's `postStratify` and `rake` do, and gives
 * the residualizing step `svyrecvar` applies to influence vectors, so standard errors match R's.
 * Throws `CalibrationError` (a code and parameters) for cells that do not match or raking that does not converge.
 */
export function calibrate(
  table: CalibrationTable,
  design: Pick<SurveyDesign, 'calibration'>,
  baseWeights: Float64Array,
): CalibratedWeights {
  if (baseWeights.length !== table.rowCount)
    throw new RangeError(`${baseWeights.length} weights for ${table.rowCount} rows`);
  const calibration = design.calibration;
  if (!calibration) return { weights: baseWeights, residualize: (x) => x };
  return calibration.method === 'postStratify'
    ? postStratify(table, calibration.margin, baseWeights)
    : rake(table, calibration, baseWeights);
}
