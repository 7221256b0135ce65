import type { DesignStage, ResolvedDesign } from './design.ts';

/** A stratum or a later stage's group: R's `onestrat` on the cluster totals of one group. */
function stageVariance(
  stage: DesignStage,
  z: Float64Array,
  rule: ResolvedDesign['lonelyPsu'],
  first: boolean,
): number {
  const totals = new Float64Array(stage.clusterCount);
  const { rowCluster, clusterGroup, groupSampled, groupPopulation, groupMultiplier } = stage;
  for (let i = 0; i < z.length; i++) totals[rowCluster[i] as number] += z[i] as number;
  const sums = new Float64Array(stage.groupCount);
  for (let c = 0; c < totals.length; c++) sums[clusterGroup[c] as number] += totals[c] as number;
  const squares = new Float64Array(stage.groupCount);
  for (let c = 0; c < totals.length; c++) {
    const g = clusterGroup[c] as number;
    const lonely = groupSampled[g] === 1;
    // R's "adjust" leaves a lonely PSU's total uncentred; every other case centres on the group mean.
    const d =
      lonely && rule === 'adjust'
        ? (totals[c] as number)
        : (totals[c] as number) - (sums[g] as number) / (groupSampled[g] as number);
    squares[g] += d * d;
  }
  let sum = 0;
  let ok = 0;
  for (let g = 0; g < stage.groupCount; g++) {
    const n = groupSampled[g] as number;
    const population = groupPopulation ? (groupPopulation[g] as number) : Number.POSITIVE_INFINITY;
    const f = population === Number.POSITIVE_INFINITY ? 1 : (population - n) / population;
    let v: number;
    if (f < 1e-7) v = 0;
    else if (n > 1) v = ((f * n) / (n - 1)) * (squares[g] as number);
    else if (rule === 'average') v = Number.NaN;
    else v = f * (squares[g] as number);
    v *= groupMultiplier[g] as number;
    if (first) {
      if (!Number.isNaN(v)) {
        sum += v;
        ok++;
      }
    } else sum += v; // each later-stage group is its own `onestage` call in R: NaN stays NaN
  }
  // R scales the strata that have a variance up to all strata ("average" lonely PSUs).
  return first ? (sum * stage.groupCount) / ok : sum;
}

/** R's `svyrecvar` for one influence vector (one value per row): the Taylor-linearised variance. */
export function linearisedVariance(design: ResolvedDesign, z: Float64Array): number {
  let v = 0;
  design.stages.forEach((stage, s) => {
    v += stageVariance(stage, z, design.lonelyPsu, s === 0);
  });
  return v;
}
