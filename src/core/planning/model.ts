import { explainInfeasibility } from '../scheduling/index.ts';
import type { Infeasibility, Precedence, Resource, SchedulingProblem } from '../scheduling/types.ts';
import { MONTHS_PER } from './portfolio.ts';
import { progressOf, statusMonthOf } from './status.ts';
import type { PlanData, PlanItemData, PlanResourceData } from './types.ts';

/** An activity the engine may not move: finished (fixed at its actual months) or started (its start kept). */
export interface HeldActivity {
  itemId: string;
  code: string;
  state: 'finished' | 'started';
  start: number;
  finish: number;
}

/** A plan turned into a scheduling problem over its activities, with the maps back to item ids. */
export interface PlanProblem {
  problem: SchedulingProblem;
  /** activityIds[i] is the item id of activity i. */
  activityIds: string[];
  indexOf: Map<string, number>;
  resourceIds: string[];
  /** The status date as a month offset (null: the plan has none, nothing is held). */
  statusMonth: number | null;
  held: HeldActivity[];
}

export function isActivity(item: PlanItemData): boolean {
  return item.kind === 'activity';
}

export function activityDuration(item: PlanItemData): number {
  return Math.max(0, item.duration ?? 0);
}

/**
 * Per-month demand of an activity on a resource: total amounts are spread evenly over the months it runs
 * (its planned duration, or for work already under way the months it actually takes).
 */
export function monthlyDemand(
  item: PlanItemData,
  resource: PlanResourceData,
  duration = activityDuration(item),
): number {
  const amount = item.demands[resource.id] ?? 0;
  if (resource.limitKind === 'concurrent') return amount;
  return duration === 0 ? 0 : amount / duration;
}

function toEngineResource(resource: PlanResourceData): Resource {
  const capacities = resource.capacities.length > 0 ? resource.capacities : [0];
  const months = MONTHS_PER[resource.capacityPeriod];
  if (resource.limitKind === 'total')
    return { kind: 'cumulative', name: resource.name, bucketLength: months, capacity: capacities };
  // A concurrent limit holds at every month: repeat each period's capacity over its months.
  const perMonth = capacities.flatMap((capacity) => Array<number>(months).fill(capacity));
  return { kind: 'renewable', name: resource.name, capacity: perMonth };
}

/** Dependencies between programmes or projects apply to every activity beneath them. */
function leafActivities(plan: PlanData, itemId: string): string[] {
  const children = new Map<string, PlanItemData[]>();
  for (const item of plan.items) {
    if (!item.parentId) continue;
    const list = children.get(item.parentId) ?? [];
    list.push(item);
    children.set(item.parentId, list);
  }
  const result: string[] = [];
  const visit = (id: string) => {
    const item = plan.items.find((candidate) => candidate.id === id);
    if (item && isActivity(item)) result.push(id);
    for (const child of children.get(id) ?? []) visit(child.id);
  };
  visit(itemId);
  return result;
}

export function planToProblem(plan: PlanData): PlanProblem {
  const activities = plan.items.filter(isActivity);
  const activityIds = activities.map((item) => item.id);
  const indexOf = new Map(activityIds.map((id, index) => [id, index]));
  const precedences: Precedence[] = [];
  for (const dependency of plan.dependencies) {
    for (const from of leafActivities(plan, dependency.predecessorId))
      for (const to of leafActivities(plan, dependency.successorId)) {
        const fromIndex = indexOf.get(from);
        const toIndex = indexOf.get(to);
        if (fromIndex === undefined || toIndex === undefined || fromIndex === toIndex) continue;
        precedences.push({ from: fromIndex, to: toIndex, type: dependency.type, lag: dependency.lag });
      }
  }
  const statusMonth = statusMonthOf(plan);
  const held: HeldActivity[] = [];
  const problem: SchedulingProblem = {
    activities: activities.map((item) => {
      const activity = {
        label: `${item.code} ${item.name}`,
        duration: activityDuration(item),
        demands: plan.resources.map((resource) => monthlyDemand(item, resource)),
        release: item.releaseMonth ?? undefined,
        deadline: item.deadlineMonth ?? undefined,
        weight: item.weight,
      };
      const progress = progressOf(item, plan.startMonth, statusMonth);
      if (progress.state !== 'not_started') {
        const { start, duration, state } = progress;
        held.push({ itemId: item.id, code: item.code, state, start, finish: start + duration });
        const demands = plan.resources.map((resource) => monthlyDemand(item, resource, duration));
        return { ...activity, duration, demands, release: undefined, fixedStart: start };
      }
      // nothing that has not started may start before the status date
      if (statusMonth !== null && statusMonth > (activity.release ?? 0)) activity.release = statusMonth;
      return activity;
    }),
    precedences,
    resources: plan.resources.map(toEngineResource),
  };
  return {
    problem,
    activityIds,
    indexOf,
    resourceIds: plan.resources.map((resource) => resource.id),
    statusMonth,
    held,
  };
}

/**
 * The activities' starts in engine order: a held activity where it actually started, the others where
 * they are scheduled (unscheduled ones at their release).
 */
export function currentStarts(plan: PlanData, model: PlanProblem): number[] {
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  return model.activityIds.map((id, index) => {
    const activity = model.problem.activities[index];
    if (activity.fixedStart !== undefined) return activity.fixedStart;
    return byId.get(id)?.startMonth ?? activity.release ?? 0;
  });
}

/**
 * The dependency cycle among the plan's activities, or null. Dependencies on projects and programmes count
 * through their activities, so moving an item in the tree can close a cycle as well as a new dependency.
 */
export function dependencyCycle(plan: PlanData): Infeasibility | null {
  const infeasibility = explainInfeasibility(planToProblem(plan).problem);
  return infeasibility?.kind === 'cycle' ? infeasibility : null;
}
