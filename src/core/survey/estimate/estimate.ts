import type { CalibratedWeights, EstimateDetail, EstimateSpec, SurveyDesign } from '../types.ts';
import { type ResolvedDesign, resolveDesign } from './design.ts';
import { SurveyDesignError } from './errors.ts';
import { levelCodes, sortedLevels } from './levels.ts';
import type { SurveyTable } from './table.ts';
import { linearisedVariance } from './variance.ts';

/** The normal quantile R's `confint` uses for a 95 % interval. */
export const Z_95 = 1.959963984540054;

interface Context {
  design: ResolvedDesign;
  weights: Float64Array;
  residualize: ((influence: Float64Array) => Float64Array) | null;
}

interface Domain {
  label: string | null;
  /** 1 for rows in the domain. */
  member: Uint8Array;
}

/** A calibrated design keeps every row (R gives the rows outside a subset weight zero); else R drops them. */
function variance(ctx: Context, z: Float64Array, used: Uint8Array): number {
  if (ctx.residualize) return linearisedVariance(ctx.design, ctx.residualize(z), null);
  return linearisedVariance(ctx.design, z, used);
}

/**
 * R's `deff` for a total of `u` over the domain rows with a value: the design variance over the variance
 * of a simple random sample without replacement of the same size (`svyvar` × W² × (W − n) ÷ (W·n)).
 */
function designEffect(
  ctx: Context,
  u: Float64Array,
  used: Uint8Array,
  designVariance: number,
): number | null {
  const w = ctx.weights;
  let W = 0;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < u.length; i++) {
    if (!used[i]) continue;
    const wi = w[i] as number;
    if (wi !== 0) n++;
    W += wi;
    sum += wi * (u[i] as number);
  }
  if (n < 2 || W < n) return null;
  const mean = sum / W;
  let squares = 0;
  for (let i = 0; i < u.length; i++) {
    if (!used[i]) continue;
    const d = (u[i] as number) - mean;
    squares += (w[i] as number) * d * d;
  }
  const s2 = (squares / W) * (n / (n - 1));
  const srs = (s2 * W * W * (W - n)) / (W * n);
  const deff = designVariance / srs;
  return Number.isFinite(deff) ? deff : null;
}

function detail(
  spec: EstimateSpec,
  category: string | null,
  domain: string | null,
  estimate: number,
  v: number,
  n: number,
  deff: number | null,
): EstimateDetail {
  const se = Math.sqrt(v);
  return {
    stat: spec.stat,
    variable: spec.variable,
    category,
    domain,
    estimate,
    se,
    ci: [estimate - Z_95 * se, estimate + Z_95 * se],
    n,
    deff,
    effectiveN: deff === null || deff === 0 ? null : n / deff,
  };
}

/** svymean / svytotal of y over a domain (na.rm: rows without a value count as outside it). */
function meanOrTotal(
  ctx: Context,
  spec: EstimateSpec,
  y: Float64Array,
  domain: Domain,
  category: string | null,
): EstimateDetail {
  const w = ctx.weights;
  const used = new Uint8Array(y.length);
  let W = 0;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    if (!domain.member[i] || Number.isNaN(y[i] as number)) continue;
    used[i] = 1;
    n++;
    W += w[i] as number;
    sum += (w[i] as number) * (y[i] as number);
  }
  const z = new Float64Array(y.length);
  const u = new Float64Array(y.length);
  if (spec.stat === 'total') {
    for (let i = 0; i < y.length; i++) {
      if (!used[i]) continue;
      z[i] = (w[i] as number) * (y[i] as number);
      u[i] = y[i] as number;
    }
    const v = variance(ctx, z, used);
    return detail(spec, category, domain.label, sum, v, n, designEffect(ctx, u, used, v));
  }
  const mean = sum / W;
  for (let i = 0; i < y.length; i++) {
    if (!used[i]) continue;
    z[i] = ((w[i] as number) * ((y[i] as number) - mean)) / W;
    u[i] = (y[i] as number) / W;
  }
  const v = variance(ctx, z, used);
  return detail(spec, category, domain.label, mean, v, n, designEffect(ctx, u, used, v));
}

/** svyratio: Σwy ÷ Σwx over the domain rows with both values. */
function ratio(
  ctx: Context,
  spec: EstimateSpec,
  y: Float64Array,
  x: Float64Array,
  domain: Domain,
): EstimateDetail {
  const w = ctx.weights;
  const used = new Uint8Array(y.length);
  let Y = 0;
  let X = 0;
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    if (!domain.member[i] || Number.isNaN(y[i] as number) || Number.isNaN(x[i] as number)) continue;
    used[i] = 1;
    n++;
    Y += (w[i] as number) * (y[i] as number);
    X += (w[i] as number) * (x[i] as number);
  }
  const r = Y / X;
  const z = new Float64Array(y.length);
  const u = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    if (!used[i]) continue;
    u[i] = ((y[i] as number) - r * (x[i] as number)) / X;
    z[i] = (w[i] as number) * (u[i] as number);
  }
  const v = variance(ctx, z, used);
  return detail(spec, null, domain.label, r, v, n, designEffect(ctx, u, used, v));
}

function numericColumn(table: SurveyTable, column: string, field: string): Float64Array {
  if (!table.has(column)) {
    throw new SurveyDesignError(
      'unknown_column',
      { column, field },
      field,
      `${field}: there is no column "${column}" in the data.`,
    );
  }
  return table.numeric(column);
}

function textColumn(table: SurveyTable, column: string, field: string): (string | null)[] {
  if (!table.has(column)) {
    throw new SurveyDesignError(
      'unknown_column',
      { column, field },
      field,
      `${field}: there is no column "${column}" in the data.`,
    );
  }
  return table.text(column);
}

/** The whole sample, or one domain per value of `by` in R's order (rows without a value are in none). */
function domainsOf(table: SurveyTable, spec: EstimateSpec, field: string): Domain[] {
  if (!spec.by) return [{ label: null, member: new Uint8Array(table.rowCount).fill(1) }];
  const values = textColumn(table, spec.by, `${field}.by`);
  const levels = sortedLevels(values);
  const codes = levelCodes(values, levels);
  return levels.map((level, l) => {
    const member = new Uint8Array(table.rowCount);
    for (let i = 0; i < codes.length; i++) if (codes[i] === l) member[i] = 1;
    return { label: `${spec.by}=${level}`, member };
  });
}

function estimateOne(table: SurveyTable, ctx: Context, spec: EstimateSpec, index: number): EstimateDetail[] {
  const field = `estimates[${index}]`;
  const domains = domainsOf(table, spec, field);
  switch (spec.stat) {
    case 'mean':
    case 'total': {
      const y = numericColumn(table, spec.variable, `${field}.variable`);
      return domains.map((domain) => meanOrTotal(ctx, spec, y, domain, null));
    }
    case 'ratio': {
      if (!spec.denominator) {
        throw new SurveyDesignError(
          'denominator_missing',
          { field: `${field}.denominator` },
          `${field}.denominator`,
          `${field}.denominator: a ratio needs a denominator.`,
        );
      }
      const y = numericColumn(table, spec.variable, `${field}.variable`);
      const x = numericColumn(table, spec.denominator, `${field}.denominator`);
      return domains.map((domain) => ratio(ctx, spec, y, x, domain));
    }
    case 'proportion': {
      const values = textColumn(table, spec.variable, `${field}.variable`);
      const levels = sortedLevels(values);
      const codes = levelCodes(values, levels);
      const present = new Float64Array(codes.length);
      for (let i = 0; i < codes.length; i++) present[i] = codes[i] === -1 ? Number.NaN : 0;
      return domains
        .flatMap((domain) =>
          levels.map((level, l) => {
            const indicator = present.map((p, i) => (Number.isNaN(p) ? p : codes[i] === l ? 1 : 0));
            return meanOrTotal(ctx, { ...spec, stat: 'mean' }, indicator, domain, level);
          }),
        )
        .map((row) => ({ ...row, stat: 'proportion' as const }));
    }
    default:
      throw new SurveyDesignError(
        'unknown_stat',
        { stat: String(spec.stat) },
        `${field}.stat`,
        `${field}.stat: unknown statistic "${spec.stat}".`,
      );
  }
}

/**
 * Design-based estimates with Taylor-linearised standard errors, as R's `survey` package computes them
 * (svymean, svytotal, svyratio, svyby; na.rm=TRUE as a domain). A design with a calibration needs
 * `options.calibrated` (the calibrated weights and their residualizing step).
 */
export function estimate(
  table: SurveyTable,
  design: SurveyDesign,
  specs: readonly EstimateSpec[],
  options?: { calibrated?: CalibratedWeights },
): EstimateDetail[] {
  if (design.calibration && !options?.calibrated) {
    throw new SurveyDesignError(
      'calibration_not_applied',
      {},
      'calibration',
      'calibration: the design is calibrated, but no calibrated weights were given to the estimator.',
    );
  }
  const resolved = resolveDesign(table, design);
  const calibrated = options?.calibrated;
  if (calibrated && calibrated.weights.length !== table.rowCount) {
    throw new SurveyDesignError(
      'calibration_rows',
      { weights: calibrated.weights.length, rows: table.rowCount },
      'calibration',
      `calibration: ${calibrated.weights.length} calibrated weights for ${table.rowCount} rows.`,
    );
  }
  const ctx: Context = {
    design: resolved,
    weights: calibrated ? calibrated.weights : resolved.weights,
    residualize: calibrated ? (z) => calibrated.residualize(z) : null,
  };
  return specs.flatMap((spec, index) => estimateOne(table, ctx, spec, index));
}
