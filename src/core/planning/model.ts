import { explainInfeasibility } from '../scheduling/index.ts';
import type { Infeasibility, Precedence, Resource, SchedulingProblem } from '../scheduling/types.ts';
import { MONTHS_PER } from './portfolio.ts';
import type { PlanData, PlanItemData, PlanResourceData } from './types.ts';

/** A plan turned into a scheduling problem over its activities, with the maps back to item ids. */
export interface PlanProblem {
  problem: SchedulingProblem;
  /** activityIds[i] is the item id of activity i. */
  activityIds: string[];
  indexOf: Map<string, number>;
  resourceIds: string[];
}

export function isActivity(item: PlanItemData): boolean {
  return item.kind === 'activity';
}

export function activityDuration(item: PlanItemData): number {
  return Math.max(0, item.duration ?? 0);
}

/** Per-month demand of an activity on a resource: total amounts are spread evenly over the months. */
export function monthlyDemand(item: PlanItemData, resource: PlanResourceData): number {
  const amount = item.demands[resource.id] ?? 0;
  if (resource.limitKind === 'concurrent') return amount;
  const duration = activityDuration(item);
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
  const problem: SchedulingProblem = {
    activities: activities.map((item) => ({
      label: `${item.code} ${item.name}`,
      duration: activityDuration(item),
      demands: plan.resources.map((resource) => monthlyDemand(item, resource)),
      release: item.releaseMonth ?? undefined,
      deadline: item.deadlineMonth ?? undefined,
      weight: item.weight,
    })),
    precedences,
    resources: plan.resources.map(toEngineResource),
  };
  return { problem, activityIds, indexOf, resourceIds: plan.resources.map((resource) => resource.id) };
}

/** The activities' scheduled starts in engine order; unscheduled activities start at their release. */
export function currentStarts(plan: PlanData, model: PlanProblem): number[] {
  return model.activityIds.map((id) => {
    const item = plan.items.find((candidate) => candidate.id === id) as PlanItemData;
    return item.startMonth ?? item.releaseMonth ?? 0;
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
