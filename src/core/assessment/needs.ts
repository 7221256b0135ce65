import { AppError } from '../errors/app-error.ts';
import { listItems } from '../frameworks/structure.ts';
import type { Framework } from '../frameworks/types.ts';
import type { GapAnalysis, ItemGap } from './gaps.ts';

/**
 * Needs are what a reform plan must address. Each has a severity (how far from target) and an
 * importance (how much the item matters), both on a 1–5 scale people can discuss and edit; their
 * product, 1–25, orders the list.
 */
export const NEED_LEVEL_MIN = 1;
export const NEED_LEVEL_MAX = 5;
export const NEED_STATUSES = ['open', 'addressed', 'dropped'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/**
 * A share of 0–1 as a level: (0, 0.2] → 1, (0.2, 0.4] → 2, … (0.8, 1] → 5. The tolerance keeps
 * shares that are exact fifths (3/5 computes as 0.6000000000000001 × 5) on their own level.
 */
function levelOfShare(share: number): number {
  return Math.min(NEED_LEVEL_MAX, Math.max(NEED_LEVEL_MIN, Math.ceil(share * NEED_LEVEL_MAX - 1e-9)));
}

/**
 * Severity from an item's normalised gap (the shortfall as a share of its scale's range, 0–1):
 * (0, 0.2] → 1, (0.2, 0.4] → 2, (0.4, 0.6] → 3, (0.6, 0.8] → 4, (0.8, 1] → 5.
 * A gap of 0 (on or above target) is not a need: null.
 */
export function severityFromGap(normalisedGap: number): number | null {
  if (!Number.isFinite(normalisedGap) || normalisedGap < 0 || normalisedGap > 1)
    throw new AppError('bad_request', `normalisedGap: ${normalisedGap} is not between 0 and 1`);
  if (normalisedGap === 0) return null;
  return levelOfShare(normalisedGap);
}

/**
 * Importance relative to the framework's most important item, banded like severity: the most
 * important items get 5, one a fifth as important or less gets 1. Zero-weight items still get 1,
 * since a need the assessment raised is never of no importance.
 */
export function importanceLevel(importance: number, maxImportance: number): number {
  if (!Number.isFinite(importance) || importance < 0)
    throw new AppError('bad_request', `importance: ${importance} must be 0 or more`);
  if (!(maxImportance > 0) || importance > maxImportance) return NEED_LEVEL_MAX;
  return levelOfShare(importance / maxImportance);
}

export function isNeedLevel(value: number): boolean {
  return Number.isInteger(value) && value >= NEED_LEVEL_MIN && value <= NEED_LEVEL_MAX;
}

/** Severity × importance, 1–25. */
export function needPriority(severity: number, importance: number): number {
  if (!isNeedLevel(severity)) throw new AppError('bad_request', `severity: ${severity} is not a whole 1–5`);
  if (!isNeedLevel(importance))
    throw new AppError('bad_request', `importance: ${importance} is not a whole 1–5`);
  return severity * importance;
}

export interface DraftNeed {
  itemId: string;
  /** Item code and its English text, e.g. "C6.1 Does parliament …". */
  title: string;
  /** Where the item stands against its target, in English. */
  description: string;
  severity: number;
  importance: number;
}

function describeGap(gap: ItemGap): string {
  return `Assessed at ${gap.current} against a target of ${gap.target}.`;
}

/**
 * One draft need per item below target, highest priority first; equal priorities keep the gap
 * analysis's order (finer-grained priority, then framework order).
 */
export function needsFromGaps(framework: Framework, analysis: GapAnalysis): DraftNeed[] {
  const texts = new Map(listItems(framework).map(({ item }) => [item.id, item.text.en]));
  const maxImportance = Math.max(0, ...analysis.items.map((gap) => gap.importance));
  const drafts: DraftNeed[] = [];
  for (const gap of analysis.needs) {
    const severity = gap.normalisedGap === null ? null : severityFromGap(gap.normalisedGap);
    if (severity === null) continue;
    const text = texts.get(gap.itemId);
    drafts.push({
      itemId: gap.itemId,
      title: text ? `${gap.code} ${text}` : gap.code,
      description: describeGap(gap),
      severity,
      importance: importanceLevel(gap.importance, maxImportance),
    });
  }
  const priorityOf = (draft: DraftNeed) => draft.severity * draft.importance;
  return drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => priorityOf(b.draft) - priorityOf(a.draft) || a.order - b.order)
    .map(({ draft }) => draft);
}
