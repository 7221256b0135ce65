import type { DesignStage, ResolvedDesign } from './design.ts';
import { SurveyDataError } from './errors.ts';

function lonelyPsu(stage: DesignStage, group: number, stageNumber: number): SurveyDataError {
  const stratum = stage.groupLabel(group);
  return new SurveyDataError(
    'lonely_psu',
    { stratum, stage: stageNumber },
    `Stratum "${stratum}" has only one PSU at stage ${stageNumber} (choose a lonely-PSU rule other than "fail").`,
  );
}

/**
 * One stage of R's `svyrecvar`: per group (stratum at stage 1, parent cluster later) R's `onestrat` on
 * the cluster totals. Groups without a present row are left out, as R's subset designs drop them.
 */
function stageVariance(
  stage: DesignStage,
  stageNumber: number,
  z: Float64Array,
  present: Uint8Array | null,
  rule: ResolvedDesign['lonelyPsu'],
): number {
  const { rowCluster, clusterGroup, groupSampled, groupPopulation, groupMultiplier } = stage;
  const totals = new Float64Array(stage.clusterCount);
  const groupPresent = new Uint8Array(stage.groupCount);
  for (let i = 0; i < z.length; i++) {
    const c = rowCluster[i] as number;
    totals[c] += z[i] as number;
    if (!present || present[i]) groupPresent[clusterGroup[c] as number] = 1;
  }
  const sums = new Float64Array(stage.groupCount);
  for (let c = 0; c < totals.length; c++) sums[clusterGroup[c] as number] += totals[c] as number;
  const squares = new Float64Array(stage.groupCount);
  for (let c = 0; c < totals.length; c++) {
    const g = clusterGroup[c] as number;
    const n = groupSampled[g] as number;
    // R's "adjust" leaves a lonely PSU's total uncentred; every other case centres on the group mean.
    const d =
      n === 1 && rule === 'adjust' ? (totals[c] as number) : (totals[c] as number) - (sums[g] as number) / n;
    squares[g] += d * d;
  }
  let sum = 0;
  let groups = 0;
  let ok = 0;
  for (let g = 0; g < stage.groupCount; g++) {
    if (!groupPresent[g]) continue;
    groups++;
    const n = groupSampled[g] as number;
    const population = groupPopulation ? (groupPopulation[g] as number) : Number.POSITIVE_INFINITY;
    const f = population === Number.POSITIVE_INFINITY ? 1 : (population - n) / population;
    let v: number;
    if (f < 1e-7)
      v = 0; // a census stratum (self-representing)
    else if (n > 1) v = ((f * n) / (n - 1)) * (squares[g] as number);
    else if (rule === 'fail') throw lonelyPsu(stage, g, stageNumber);
    else if (rule === 'average') v = Number.NaN;
    else v = f * (squares[g] as number);
    v *= groupMultiplier[g] as number;
    if (stageNumber > 1)
      sum += v; // each later-stage group is its own call in R: NaN stays NaN
    else if (!Number.isNaN(v)) {
      sum += v;
      ok++;
    }
  }
  // R scales the strata that have a variance up to all strata ("average" lonely PSUs).
  return stageNumber > 1 || groups === ok ? sum : (sum * groups) / ok;
}

/**
 * R's `svyrecvar` for one influence vector (one value per row): the Taylor-linearised variance.
 * `present` marks the rows R's subset design would keep (the domain's rows with a value); null = all.
 */
export function linearisedVariance(
  design: ResolvedDesign,
  z: Float64Array,
  present: Uint8Array | null = null,
): number {
  let v = 0;
  design.stages.forEach((stage, s) => {
    v += stageVariance(stage, s + 1, z, present, design.lonelyPsu);
  });
  return v;
}
