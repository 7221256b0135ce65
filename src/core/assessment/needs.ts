import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { Framework, LocalizedText, TextLanguage } from '../frameworks/types.ts';
import type { GapAnalysis } from './gaps.ts';

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

/**
 * What a need drawn from an assessment gap says, as a message key and its parameters rather than
 * sentences: its title and description are written at read time, in the reader's language.
 */
export const GeneratedNeedSchema = z
  .object({
    key: z.literal('gap'),
    frameworkId: z.string().min(1),
    frameworkVersion: z.string().min(1),
    itemId: z.string().min(1),
    code: z.string().min(1),
    current: z.number(),
    target: z.number(),
  })
  .strict();
export type GeneratedNeed = z.infer<typeof GeneratedNeedSchema>;

/** The stored value when it is a valid generated need, else null (a need typed by hand). */
export function parseGeneratedNeed(value: unknown): GeneratedNeed | null {
  const parsed = GeneratedNeedSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A gap need's title: the item's code and text, the text in that language when it has one. */
export function gapNeedTitle(
  generated: GeneratedNeed,
  itemText: LocalizedText | undefined,
  language: TextLanguage,
): string {
  const text = itemText?.[language] ?? itemText?.en;
  return text ? `${generated.code} ${text}` : generated.code;
}

export interface DraftNeed {
  itemId: string;
  generated: GeneratedNeed;
  severity: number;
  importance: number;
}

/**
 * One draft need per item below target, highest priority first; equal priorities keep the gap
 * analysis's order (finer-grained priority, then framework order).
 */
export function needsFromGaps(framework: Framework, analysis: GapAnalysis): DraftNeed[] {
  const maxImportance = Math.max(0, ...analysis.items.map((gap) => gap.importance));
  const drafts: DraftNeed[] = [];
  for (const gap of analysis.needs) {
    const severity = gap.normalisedGap === null ? null : severityFromGap(gap.normalisedGap);
    if (severity === null) continue;
    drafts.push({
      itemId: gap.itemId,
      generated: {
        key: 'gap',
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        itemId: gap.itemId,
        code: gap.code,
        // a need has a severity only when the item was scored
        current: gap.current ?? 0,
        target: gap.target,
      },
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
