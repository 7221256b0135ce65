import { AppError } from '../errors/app-error.ts';
import { type AssessmentAggregation, flattenGroups, type ScoredNode } from './aggregate.ts';

export type ChangeDirection = 'improved' | 'declined' | 'unchanged' | 'not_comparable';

export interface Change {
  baseline: number | null;
  current: number | null;
  /** current − baseline at full precision; null unless both have a score. */
  change: number | null;
  direction: ChangeDirection;
}

export interface NodeChange extends Change {
  id: string;
  code: string;
}

export interface BaselineComparison {
  overall: Change;
  /** Every group and item of the current assessment in framework order, plus those only the baseline has. */
  groups: NodeChange[];
  items: NodeChange[];
}

/** Differences smaller than this are floating-point noise, not change. */
const NOISE = 1e-9;

export function changeBetween(baseline: number | null, current: number | null): Change {
  if (baseline === null || current === null)
    return { baseline, current, change: null, direction: 'not_comparable' };
  const change = current - baseline;
  const direction = change > NOISE ? 'improved' : change < -NOISE ? 'declined' : 'unchanged';
  return { baseline, current, change: direction === 'unchanged' ? 0 : change, direction };
}

/**
 * Change since a baseline assessment of the same framework, matched by id so a newer framework
 * version still compares on the items both share. Higher scores count as improvement.
 */
export function compareWithBaseline(
  baseline: AssessmentAggregation,
  current: AssessmentAggregation,
): BaselineComparison {
  if (baseline.frameworkId !== current.frameworkId) {
    throw new AppError(
      'bad_request',
      `baseline: it assesses ${baseline.frameworkId}, the current assessment ${current.frameworkId}`,
    );
  }
  const baselineGroups = flattenGroups(baseline.groups);
  const currentGroups = flattenGroups(current.groups);
  return {
    overall: changeBetween(baseline.overall.score, current.overall.score),
    groups: matchNodes(baselineGroups, currentGroups),
    items: matchNodes(
      baselineGroups.flatMap((group) => group.items),
      currentGroups.flatMap((group) => group.items),
    ),
  };
}

function matchNodes(baseline: readonly ScoredNode[], current: readonly ScoredNode[]): NodeChange[] {
  const before = new Map(baseline.map((node) => [node.id, node]));
  const now = new Set(current.map((node) => node.id));
  const changes = current.map((node) => ({
    id: node.id,
    code: node.code,
    ...changeBetween(before.get(node.id)?.score ?? null, node.score),
  }));
  const dropped = baseline
    .filter((node) => !now.has(node.id))
    .map((node) => ({ id: node.id, code: node.code, ...changeBetween(node.score, null) }));
  return [...changes, ...dropped];
}
