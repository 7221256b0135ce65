import type { LonelyPsuRule, SurveyDesign } from '../types.ts';
import { SurveyDataError, SurveyDesignError } from './errors.ts';
import type { SurveyTable } from './table.ts';

/**
 * One sampling stage as R's `svyrecvar` walks it. Stage 1 groups are the strata; a later stage's groups
 * are the previous stage's clusters (R nests each stage's strata in the earlier clusters). Clusters are
 * keyed by their whole path (stratum, id1, …, idk): R's `nest=TRUE`, so an id repeated in two strata is
 * two clusters.
 */
export interface DesignStage {
  /** Cluster of each row at this stage. */
  rowCluster: Int32Array;
  clusterCount: number;
  /** Group (stratum at stage 1, parent cluster later) of each cluster. */
  clusterGroup: Int32Array;
  groupCount: number;
  /** Sampled clusters per group (R's `sampsize`). */
  groupSampled: Int32Array;
  /** Population size per group (R's `popsize`), null when the stage has no fpc (with replacement). */
  groupPopulation: Float64Array | null;
  /** Product of n ÷ N of the earlier stages along the path: how R scales a later stage's variance. */
  groupMultiplier: Float64Array;
  /** For messages: the stratum or cluster path of a group (built on demand). */
  groupLabel: (group: number) => string;
}

export interface ResolvedDesign {
  rowCount: number;
  weights: Float64Array;
  /** The stages whose variance R adds up: the first, and each later one whose parent stage has an fpc. */
  stages: DesignStage[];
  lonelyPsu: LonelyPsuRule;
}

function fpcColumns(design: SurveyDesign): string[] {
  if (design.fpc === null || design.fpc === undefined) return [];
  return typeof design.fpc === 'string' ? [design.fpc] : design.fpc;
}

function requireColumn(table: SurveyTable, column: string, field: string): void {
  if (!table.has(column)) {
    throw new SurveyDesignError(
      'unknown_column',
      { column, field },
      field,
      `${field}: there is no column "${column}" in the data.`,
    );
  }
}

function missingValue(column: string, row: number): SurveyDataError {
  return new SurveyDataError(
    'missing_value',
    { column, row: row + 1 },
    `Column "${column}", data row ${row + 1}: the value is missing.`,
  );
}

function requiredText(table: SurveyTable, column: string): string[] {
  const values = table.text(column);
  for (let i = 0; i < values.length; i++) if (values[i] === null) throw missingValue(column, i);
  return values as string[];
}

function requiredNumbers(table: SurveyTable, column: string): Float64Array {
  const values = table.numeric(column);
  for (let i = 0; i < values.length; i++)
    if (Number.isNaN(values[i] as number)) throw missingValue(column, i);
  return values;
}

/** Integer codes for the distinct values of a column. */
function codes(values: readonly string[]): { code: Int32Array; labels: string[] } {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const code = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    let c = index.get(value);
    if (c === undefined) {
      c = labels.length;
      index.set(value, c);
      labels.push(value);
    }
    code[i] = c;
  }
  return { code, labels };
}

interface Partition {
  rowCluster: Int32Array;
  clusterCount: number;
  clusterParent: Int32Array;
  clusterLabel: (cluster: number) => string;
}

/**
 * Splits each parent unit by an id column: the clusters of the next stage. Rows are visited parent by
 * parent (a counting sort), so one reusable slot per id value finds a row's cluster within its parent.
 */
function splitBy(
  parentOfRow: Int32Array,
  parentCount: number,
  parentLabel: (parent: number) => string,
  ids: readonly string[],
): Partition {
  const { code, labels } = codes(ids);
  const n = ids.length;
  const start = new Int32Array(parentCount + 1);
  for (let i = 0; i < n; i++) start[(parentOfRow[i] as number) + 1]++;
  for (let p = 0; p < parentCount; p++) start[p + 1] += start[p] as number;
  const cursor = start.slice(0, parentCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[cursor[parentOfRow[i] as number]++] = i;
  const slot = new Int32Array(labels.length).fill(-1);
  const rowCluster = new Int32Array(n);
  const parents: number[] = [];
  const idOfCluster: number[] = [];
  for (let p = 0; p < parentCount; p++) {
    const from = start[p] as number;
    const to = start[p + 1] as number;
    for (let k = from; k < to; k++) {
      const i = order[k] as number;
      const id = code[i] as number;
      let cluster = slot[id] as number;
      if (cluster < 0) {
        cluster = parents.length;
        slot[id] = cluster;
        parents.push(p);
        idOfCluster.push(id);
      }
      rowCluster[i] = cluster;
    }
    for (let k = from; k < to; k++) slot[code[order[k] as number] as number] = -1;
  }
  const clusterParent = Int32Array.from(parents);
  const clusterLabel = (c: number) =>
    `${parentLabel(clusterParent[c] as number)}/${labels[idOfCluster[c] as number]}`;
  return { rowCluster, clusterCount: parents.length, clusterParent, clusterLabel };
}

/** Population size per group from the fpc column: above 1 a size, at most 1 a sampling fraction (R's `as.fpc`). */
function populations(
  fpc: Float64Array,
  column: string,
  stageIndex: number,
  rowGroup: Int32Array,
  groupSampled: Int32Array,
  groupLabel: (group: number) => string,
  asSize: boolean,
): Float64Array {
  const population = new Float64Array(groupSampled.length).fill(Number.NaN);
  for (let i = 0; i < fpc.length; i++) {
    const group = rowGroup[i] as number;
    const value = fpc[i] as number;
    const size = asSize ? value : (groupSampled[group] as number) / value;
    const known = population[group] as number;
    if (Number.isNaN(known)) population[group] = size;
    else if (known !== size) {
      throw new SurveyDataError(
        'fpc_inconsistent',
        { column, stage: stageIndex + 1, stratum: groupLabel(group), row: i + 1 },
        `Column "${column}" (fpc of stage ${stageIndex + 1}) varies within "${groupLabel(group)}" (data row ${i + 1}).`,
      );
    }
  }
  for (let g = 0; g < population.length; g++) {
    if ((population[g] as number) < (groupSampled[g] as number)) {
      throw new SurveyDataError(
        'fpc_too_small',
        {
          column,
          stage: stageIndex + 1,
          stratum: groupLabel(g),
          population: population[g] as number,
          sampled: groupSampled[g] as number,
        },
        `Column "${column}" (fpc of stage ${stageIndex + 1}) implies more than 100 % sampling in "${groupLabel(g)}": population ${population[g]}, sampled ${groupSampled[g]}.`,
      );
    }
  }
  return population;
}

/** Checks the design against the table and builds what the variance needs: stages, weights. */
export function resolveDesign(table: SurveyTable, design: SurveyDesign): ResolvedDesign {
  const n = table.rowCount;
  const fpcs = fpcColumns(design);
  for (const [i, column] of design.ids.entries()) requireColumn(table, column, `ids[${i}]`);
  if (design.strata) requireColumn(table, design.strata, 'strata');
  if (design.weights) requireColumn(table, design.weights, 'weights');
  const stageCount = Math.max(design.ids.length, 1);
  if (fpcs.length > stageCount) {
    throw new SurveyDesignError(
      'fpc_stages',
      { fpc: fpcs.length, stages: stageCount },
      'fpc',
      `fpc: ${fpcs.length} columns for ${stageCount} sampling stage(s).`,
    );
  }
  for (const [i, column] of fpcs.entries()) {
    requireColumn(table, column, typeof design.fpc === 'string' ? 'fpc' : `fpc[${i}]`);
  }

  const fpcValues = fpcs.map((column) => requiredNumbers(table, column));
  // R's as.fpc reads all fpc columns one way: sizes if any value is above 1, else fractions.
  const asSize = fpcValues.some((values) => values.some((v) => v > 1));
  if (asSize) {
    fpcValues.forEach((values, s) => {
      const i = values.findIndex((v) => v < 1);
      if (i >= 0) {
        throw new SurveyDataError(
          'fpc_mixed',
          { column: fpcs[s] as string, row: i + 1 },
          `Column "${fpcs[s]}", data row ${i + 1}: fpc mixes population sizes (above 1) and sampling fractions (below 1).`,
        );
      }
    });
  }

  const strata = design.strata
    ? codes(requiredText(table, design.strata))
    : { code: new Int32Array(n), labels: ['all'] };
  let parentOfRow = strata.code;
  let parentCount = strata.labels.length;
  let parentLabel = (g: number) => strata.labels[g] as string;
  let parentMultiplier = new Float64Array(parentCount).fill(1);
  const stages: DesignStage[] = [];
  const allStages: { stage: DesignStage; population: Float64Array | null }[] = [];
  for (let s = 0; s < stageCount; s++) {
    const ids = design.ids[s];
    const split: Partition = ids
      ? splitBy(parentOfRow, parentCount, parentLabel, requiredText(table, ids))
      : {
          rowCluster: Int32Array.from({ length: n }, (_, i) => i),
          clusterCount: n,
          clusterParent: parentOfRow,
          clusterLabel: (i: number) => `row ${i + 1}`,
        };
    const groupSampled = new Int32Array(parentCount);
    for (let c = 0; c < split.clusterCount; c++) groupSampled[split.clusterParent[c] as number]++;
    const fpc = fpcValues[s];
    const population = fpc
      ? populations(fpc, fpcs[s] as string, s, parentOfRow, groupSampled, parentLabel, asSize)
      : null;
    const stage: DesignStage = {
      rowCluster: split.rowCluster,
      clusterCount: split.clusterCount,
      clusterGroup: split.clusterParent,
      groupCount: parentCount,
      groupSampled,
      groupPopulation: population,
      groupMultiplier: parentMultiplier,
      groupLabel: parentLabel,
    };
    allStages.push({ stage, population });
    // R adds a stage's variance only when every earlier stage has an fpc.
    if (s === 0 || allStages[s - 1]?.population) stages.push(stage);
    const nextMultiplier = new Float64Array(split.clusterCount);
    for (let c = 0; c < split.clusterCount; c++) {
      const group = split.clusterParent[c] as number;
      nextMultiplier[c] = population
        ? ((parentMultiplier[group] as number) * (groupSampled[group] as number)) /
          (population[group] as number)
        : Number.NaN;
    }
    parentOfRow = split.rowCluster;
    parentCount = split.clusterCount;
    parentLabel = split.clusterLabel;
    parentMultiplier = nextMultiplier;
  }
  const lonelyPsu = design.lonelyPsu ?? 'fail';
  return { rowCount: n, weights: weightsOf(table, design, allStages, fpcs.length), stages, lonelyPsu };
}

function weightsOf(
  table: SurveyTable,
  design: SurveyDesign,
  stages: readonly { stage: DesignStage; population: Float64Array | null }[],
  fpcCount: number,
): Float64Array {
  const n = table.rowCount;
  if (design.weights) return requiredNumbers(table, design.weights);
  // Without weights and fpc R assumes equal probabilities (weight 1), as it warns.
  if (fpcCount === 0) return new Float64Array(n).fill(1);
  if (fpcCount < stages.length) {
    throw new SurveyDesignError(
      'weights_and_fpc_missing',
      { stages: stages.length, fpc: fpcCount },
      'weights',
      `weights: none given, and the fpc covers ${fpcCount} of ${stages.length} stages, so weights cannot be derived.`,
    );
  }
  const weights = new Float64Array(n).fill(1);
  for (const { stage, population } of stages) {
    const sizes = population as Float64Array;
    for (let i = 0; i < n; i++) {
      const group = stage.clusterGroup[stage.rowCluster[i] as number] as number;
      weights[i] =
        ((weights[i] as number) * (sizes[group] as number)) / (stage.groupSampled[group] as number);
    }
  }
  return weights;
}

/** R's weights for the design: the weights column, else the product over stages of population ÷ sample size. */
export function designWeights(table: SurveyTable, design: SurveyDesign): Float64Array {
  return resolveDesign(table, design).weights;
}
