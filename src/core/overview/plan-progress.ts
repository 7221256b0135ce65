import { isActivity } from '../planning/model.ts';
import { monthLabel } from '../planning/portfolio.ts';
import type { Rag } from '../planning/tracking.ts';
import type { PlanData } from '../planning/types.ts';

export interface ProgressCounts {
  onTrack: number;
  atRisk: number;
  delayed: number;
  done: number;
  /** Activities with no approved baseline to measure them against. */
  notBaselined: number;
}

export interface Milestone {
  itemId: string;
  code: string;
  name: string;
  /** 'YYYY-MM' the milestone is scheduled for. */
  month: string;
  /** Scheduled before the status date and still not reached. */
  overdue: boolean;
}

/** Tracking's traffic lights as the home page reads them: finished work counts apart from work on track. */
export function progressCounts(activities: readonly { rag: Rag; status: string }[]): ProgressCounts {
  const counts: ProgressCounts = { onTrack: 0, atRisk: 0, delayed: 0, done: 0, notBaselined: 0 };
  for (const activity of activities) {
    if (activity.status === 'done') counts.done += 1;
    else if (activity.rag === 'green') counts.onTrack += 1;
    else if (activity.rag === 'amber') counts.atRisk += 1;
    else if (activity.rag === 'red') counts.delayed += 1;
    else counts.notBaselined += 1;
  }
  return counts;
}

/**
 * The milestones (zero-length activities) not yet reached, soonest first: overdue ones lead,
 * since they are what the status date says needs attention.
 */
export function nextMilestones(plan: PlanData, statusMonth: number, limit = 5): Milestone[] {
  return plan.items
    .filter((item) => isActivity(item) && item.duration === 0 && item.status !== 'done')
    .flatMap((item) => {
      const month = item.startMonth ?? item.baselineStart;
      return month === null ? [] : [{ item, month }];
    })
    .sort((a, b) => a.month - b.month || a.item.code.localeCompare(b.item.code))
    .slice(0, limit)
    .map(({ item, month }) => ({
      itemId: item.id,
      code: item.code,
      name: item.name,
      month: monthLabel(plan.startMonth, month),
      overdue: month < statusMonth,
    }));
}
