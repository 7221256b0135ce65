import { activityDuration, isActivity } from './model.ts';
import { type ActivityStatus, monthOffset } from './portfolio.ts';
import type { PlanData, PlanItemData } from './types.ts';

export type Rag = 'green' | 'amber' | 'red' | 'grey';

/** Months by which an activity finishes (or is now expected to finish) after the approved baseline. */
export function slippage(item: PlanItemData, startMonth: string, asOfMonth: number): number | null {
  if (item.baselineFinish === null) return null;
  const duration = activityDuration(item);
  let finish: number;
  if (item.status === 'done' && item.actualFinish) finish = monthOffset(startMonth, item.actualFinish) + 1;
  else if (item.status === 'done') {
    // Done without a finish date: it took its planned duration from when it started (or was planned to);
    // the months since then are not delay.
    const started = item.actualStart
      ? monthOffset(startMonth, item.actualStart)
      : (item.startMonth ?? item.baselineStart ?? 0);
    finish = started + duration;
  } else if (item.actualStart) {
    const started = monthOffset(startMonth, item.actualStart);
    const remaining = Math.ceil(duration * (1 - item.percentComplete / 100));
    finish = Math.max(started + duration, asOfMonth + remaining);
  } else {
    // Not started: on time if its planned start is still ahead, otherwise it can start at the earliest now.
    const plannedStart = item.startMonth ?? item.baselineStart ?? 0;
    finish = Math.max(plannedStart, asOfMonth) + duration;
  }
  return Math.max(0, finish - item.baselineFinish);
}

/**
 * Green: done (however late: that is history), or on schedule. Red: reported delayed, or three months or
 * more behind the baseline. Amber: reported at risk, or behind. Grey: no approved baseline to compare with.
 */
export function ragOf(status: ActivityStatus, slip: number | null): Rag {
  if (status === 'done') return 'green';
  if (status === 'delayed' || (slip !== null && slip >= 3)) return 'red';
  if (status === 'at_risk' || (slip !== null && slip > 0)) return 'amber';
  if (slip === null) return 'grey';
  return 'green';
}

export interface TrackedActivity {
  itemId: string;
  code: string;
  name: string;
  status: ActivityStatus;
  percentComplete: number;
  slippage: number | null;
  rag: Rag;
}

export interface TrackingGroup {
  itemId: string;
  code: string;
  name: string;
  counts: Record<Rag, number>;
  /** Duration-weighted completion of the group's activities, 0–100. */
  percentComplete: number;
  rag: Rag;
}

const worst = (counts: Record<Rag, number>): Rag =>
  counts.red > 0 ? 'red' : counts.amber > 0 ? 'amber' : counts.green > 0 ? 'green' : 'grey';

/** The RAG dashboard: every activity, then every programme with its activities' counts. */
export function trackingDashboard(plan: PlanData, asOfMonth: number) {
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const programmeOf = (item: PlanItemData): PlanItemData => {
    let current = item;
    while (current.parentId && byId.get(current.parentId))
      current = byId.get(current.parentId) as PlanItemData;
    return current;
  };
  const activities: TrackedActivity[] = plan.items.filter(isActivity).map((item) => {
    const slip = slippage(item, plan.startMonth, asOfMonth);
    return {
      itemId: item.id,
      code: item.code,
      name: item.name,
      status: item.status,
      percentComplete: item.percentComplete,
      slippage: slip,
      rag: ragOf(item.status, slip),
    };
  });
  const groups = new Map<string, TrackingGroup & { weight: number; done: number }>();
  for (const activity of activities) {
    const item = byId.get(activity.itemId) as PlanItemData;
    const top = programmeOf(item);
    const group = groups.get(top.id) ?? {
      itemId: top.id,
      code: top.code,
      name: top.name,
      counts: { green: 0, amber: 0, red: 0, grey: 0 },
      percentComplete: 0,
      rag: 'grey' as Rag,
      weight: 0,
      done: 0,
    };
    group.counts[activity.rag] += 1;
    const weight = Math.max(1, activityDuration(item));
    group.weight += weight;
    group.done += (weight * activity.percentComplete) / 100;
    groups.set(top.id, group);
  }
  const programmes = [...groups.values()].map(({ weight, done, ...group }) => ({
    ...group,
    percentComplete: weight === 0 ? 0 : Math.round((100 * done) / weight),
    rag: worst(group.counts),
  }));
  const totals: Record<Rag, number> = { green: 0, amber: 0, red: 0, grey: 0 };
  for (const activity of activities) totals[activity.rag] += 1;
  return { asOfMonth, totals, programmes, activities };
}
