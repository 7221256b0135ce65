import { CalibrationError, calibrate } from '../../../core/survey/calibrate/calibrate.ts';
import {
  designWeights,
  estimate,
  resolveDesign,
  SurveyDataError,
  SurveyDesignError,
  type SurveyTable,
} from '../../../core/survey/estimate/index.ts';
import type {
  CalibratedWeights,
  EstimateDetail,
  EstimateSpec,
  SurveyDesign,
} from '../../../core/survey/types.ts';

export interface EstimateProblem {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface SampleSummary {
  respondents: number;
  strata: number;
  psus: number;
  weightTotal: number;
}

export interface ComputedEstimates {
  sample: SampleSummary;
  estimates: EstimateDetail[];
  problem: EstimateProblem | null;
}

/** A design or data problem the page can explain (a lonely PSU, a weight that is not a number…); else rethrows. */
export function problemOf(error: unknown): EstimateProblem {
  if (
    error instanceof SurveyDesignError ||
    error instanceof SurveyDataError ||
    error instanceof CalibrationError
  )
    return { code: error.code, params: error.params, message: error.message };
  throw error;
}

/** The design's weights, calibrated when the design says so. */
export function weightsOf(table: SurveyTable, design: SurveyDesign): CalibratedWeights | undefined {
  if (!design.calibration) return undefined;
  return calibrate(table, design, designWeights(table, design));
}

function sampleOf(table: SurveyTable, design: SurveyDesign, weights: Float64Array): SampleSummary {
  const resolved = resolveDesign(table, design);
  const first = resolved.stages[0];
  return {
    respondents: table.rowCount,
    strata: first?.groupCount ?? 1,
    psus: first?.clusterCount ?? table.rowCount,
    weightTotal: weights.reduce((sum, w) => sum + w, 0),
  };
}

const emptySample = (respondents: number): SampleSummary => ({
  respondents,
  strata: 0,
  psus: 0,
  weightTotal: 0,
});

/**
 * JSON has no NaN: an estimate without a value (an empty domain) is left out, and a design effect that
 * cannot be computed is null.
 */
function finite(details: EstimateDetail[]): EstimateDetail[] {
  const orNull = (value: number | null) => (value !== null && Number.isFinite(value) ? value : null);
  return details
    .filter((d) => Number.isFinite(d.estimate) && Number.isFinite(d.se) && d.ci.every(Number.isFinite))
    .map((d) => ({ ...d, deff: orNull(d.deff), effectiveN: orNull(d.effectiveN) }));
}

/** The estimates of `specs` under `design`, or the problem that stops them. Pure: no IO. */
export function computeEstimates(
  table: SurveyTable,
  design: SurveyDesign | null,
  specs: readonly EstimateSpec[],
): ComputedEstimates {
  if (!design)
    return {
      sample: emptySample(table.rowCount),
      estimates: [],
      problem: { code: 'no_design', params: {}, message: 'the survey has no sample design yet' },
    };
  if (table.rowCount === 0)
    return {
      sample: emptySample(0),
      estimates: [],
      problem: { code: 'no_responses', params: {}, message: 'the survey has no responses yet' },
    };
  try {
    const calibrated = weightsOf(table, design);
    const weights = calibrated?.weights ?? designWeights(table, design);
    const sample = sampleOf(table, design, weights);
    try {
      return { sample, estimates: finite(estimate(table, design, specs, { calibrated })), problem: null };
    } catch (error) {
      return { sample, estimates: [], problem: problemOf(error) };
    }
  } catch (error) {
    return { sample: emptySample(table.rowCount), estimates: [], problem: problemOf(error) };
  }
}
