import { AppError } from '../errors/app-error.ts';
import { itemLevels, listGroups, listItems, rangeOf } from '../frameworks/structure.ts';
import type { Framework } from '../frameworks/types.ts';
import { type AssessmentAggregation, flattenItems, type ItemResult } from './aggregate.ts';
import { type AnswerStatus, answerStatus } from './answers.ts';

/** Where each item should get to. The most specific target wins: item, then nearest group, then default. */
export interface GapTargets {
  /** For items with no other target; the top of the item's scale when absent. */
  default?: number;
  /** By group id, for every item inside the group (a sub-group's target beats its parent's). */
  groups?: Record<string, number>;
  /** By item id. */
  items?: Record<string, number>;
}

export interface GapOptions {
  /** Importance by item id, replacing the default (item weight × the weights of its groups). */
  importance?: Record<string, number>;
}

export type GapStatus = 'below_target' | 'meets_target' | Exclude<AnswerStatus, 'scored'>;

export interface ItemGap {
  itemId: string;
  code: string;
  /** Ids of the groups holding the item, outermost first. */
  groupIds: string[];
  current: number | null;
  target: number;
  /** Target minus current on the scale; negative when the target is exceeded; null when unscored. */
  gap: number | null;
  /** The shortfall as a share of the scale's range, 0 (on or above target) to 1; null when unscored. */
  normalisedGap: number | null;
  status: GapStatus;
  importance: number;
  /** Severity (the normalised gap) × importance; null when unscored. */
  priority: number | null;
}

export interface GapAnalysis {
  items: ItemGap[];
  /** Items below target, highest priority first; equal priorities keep framework order. */
  needs: ItemGap[];
}

export function gapAnalysis(
  framework: Framework,
  aggregation: AssessmentAggregation,
  targets: GapTargets = {},
  options: GapOptions = {},
): GapAnalysis {
  if (aggregation.frameworkId !== framework.id)
    throw new AppError('bad_request', `aggregation is for ${aggregation.frameworkId}, not ${framework.id}`);
  const results = new Map<string, ItemResult>(flattenItems(aggregation.groups).map((r) => [r.id, r]));
  const groupWeights = new Map(listGroups(framework).map(({ group }) => [group.id, group.weight ?? 1]));
  checkTargetIds(framework, targets, options, groupWeights);

  const items = listItems(framework).map(({ item, groups }): ItemGap => {
    const range = rangeOf(itemLevels(framework, item));
    const groupIds = groups.map((group) => group.id);
    const groupTarget = [...groupIds].reverse().find((id) => targets.groups?.[id] !== undefined);
    const target =
      targets.items?.[item.id] ??
      (groupTarget ? targets.groups?.[groupTarget] : undefined) ??
      targets.default ??
      range.max;
    if (target < range.min || target > range.max)
      throw new AppError(
        'bad_request',
        `targets: ${target} for item ${item.id} is outside its scale (${range.min}–${range.max})`,
      );
    const importance =
      options.importance?.[item.id] ??
      groupIds.reduce((product, id) => product * (groupWeights.get(id) ?? 1), item.weight ?? 1);
    const result = results.get(item.id);
    const current = result?.score ?? null;
    if (current === null) {
      const status = answerStatus(result?.answer) as GapStatus;
      return {
        itemId: item.id,
        code: item.code,
        groupIds,
        current,
        target,
        gap: null,
        normalisedGap: null,
        status,
        importance,
        priority: null,
      };
    }
    const gap = target - current;
    const normalisedGap = range.max > range.min ? Math.max(0, gap) / (range.max - range.min) : 0;
    return {
      itemId: item.id,
      code: item.code,
      groupIds,
      current,
      target,
      gap,
      normalisedGap,
      status: gap > 0 ? 'below_target' : 'meets_target',
      importance,
      priority: normalisedGap * importance,
    };
  });

  const needs = items
    .map((gap, order) => ({ gap, order }))
    .filter(({ gap }) => gap.status === 'below_target')
    .sort((a, b) => (b.gap.priority ?? 0) - (a.gap.priority ?? 0) || a.order - b.order)
    .map(({ gap }) => gap);
  return { items, needs };
}

function checkTargetIds(
  framework: Framework,
  targets: GapTargets,
  options: GapOptions,
  groupWeights: Map<string, number>,
) {
  const itemIds = new Set(listItems(framework).map(({ item }) => item.id));
  for (const id of Object.keys(targets.items ?? {}))
    if (!itemIds.has(id)) throw new AppError('bad_request', `targets.items.${id}: no such item`);
  for (const id of Object.keys(targets.groups ?? {}))
    if (!groupWeights.has(id)) throw new AppError('bad_request', `targets.groups.${id}: no such group`);
  for (const [id, importance] of Object.entries(options.importance ?? {})) {
    if (!itemIds.has(id)) throw new AppError('bad_request', `importance.${id}: no such item`);
    if (!(importance >= 0)) throw new AppError('bad_request', `importance.${id}: must be 0 or more`);
  }
}
