import { activityDuration } from './model.ts';
import { monthOffset } from './portfolio.ts';
import type { PlanData, PlanItemData } from './types.ts';

/** Where an activity stands on the status date; finished and started ones are pinned in the engine. */
export type Progress =
  | { state: 'finished' | 'started'; start: number; duration: number }
  | { state: 'not_started' };

/** The status date as a month offset from the plan's start (never before it), or null without one. */
export function statusMonthOf(plan: Pick<PlanData, 'startMonth' | 'statusDate'>): number | null {
  return plan.statusDate ? Math.max(0, monthOffset(plan.startMonth, plan.statusDate)) : null;
}

/**
 * Finished (done, or an actual finish recorded): fixed at its actual months. Started (an actual start
 * recorded): it keeps that start and runs on until its remaining work, by % complete, is done from the
 * status date on. The engine pins it over the months already run plus the remaining ones, its staff per
 * month as planned and its total cost spread over those months, so it reserves what it used this budget
 * year and what it still needs, and never more than it costs. Without a status date nothing is pinned.
 */
export function progressOf(item: PlanItemData, startMonth: string, statusMonth: number | null): Progress {
  if (statusMonth === null || item.kind !== 'activity') return { state: 'not_started' };
  const planned = activityDuration(item);
  const actualStart =
    item.actualStart === null ? null : Math.max(0, monthOffset(startMonth, item.actualStart));
  if (item.status === 'done' || item.actualFinish !== null) {
    const start = actualStart ?? item.startMonth ?? item.baselineStart ?? 0;
    const duration =
      item.actualFinish === null
        ? planned
        : Math.max(0, monthOffset(startMonth, item.actualFinish) + 1 - start);
    return { state: 'finished', start, duration };
  }
  if (actualStart === null) return { state: 'not_started' };
  const remaining = Math.ceil(planned * (1 - Math.min(100, Math.max(0, item.percentComplete)) / 100));
  return {
    state: 'started',
    start: actualStart,
    duration: Math.max(0, statusMonth - actualStart) + remaining,
  };
}
