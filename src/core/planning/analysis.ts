import { activityDuration, isActivity, monthlyDemand } from './model.ts';
import { MONTHS_PER, monthOffset } from './portfolio.ts';
import type { PlanData, PlanItemData, PlanResourceData } from './types.ts';

export interface Span {
  start: number;
  finish: number;
}

/** Start and finish of every item: activities from their start, programmes and projects span their activities. */
export function itemSpans(plan: PlanData): Map<string, Span> {
  const spans = new Map<string, Span>();
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  for (const item of plan.items) {
    if (!isActivity(item) || item.startMonth === null) continue;
    const span = { start: item.startMonth, finish: item.startMonth + activityDuration(item) };
    spans.set(item.id, span);
    let parentId = item.parentId;
    while (parentId) {
      const current = spans.get(parentId);
      spans.set(parentId, {
        start: Math.min(current?.start ?? span.start, span.start),
        finish: Math.max(current?.finish ?? span.finish, span.finish),
      });
      parentId = byId.get(parentId)?.parentId ?? null;
    }
  }
  return spans;
}

/** The month after the last scheduled activity ends (0 for an empty plan). */
export function planFinish(plan: PlanData): number {
  let finish = 0;
  for (const item of plan.items)
    if (isActivity(item) && item.startMonth !== null)
      finish = Math.max(finish, item.startMonth + activityDuration(item));
  return finish;
}

/** Monthly use of a resource by the scheduled activities, over `months` months. */
export function monthlyUsage(plan: PlanData, resource: PlanResourceData, months: number): number[] {
  const usage = Array<number>(months).fill(0);
  for (const item of plan.items) {
    if (!isActivity(item) || item.startMonth === null) continue;
    const demand = monthlyDemand(item, resource);
    if (demand === 0) continue;
    const end = Math.min(months, item.startMonth + activityDuration(item));
    for (let month = Math.max(0, item.startMonth); month < end; month++) usage[month] += demand;
  }
  return usage;
}

export interface ResourceLoad {
  resourceId: string;
  name: string;
  unit: string;
  limitKind: PlanResourceData['limitKind'];
  capacityPeriod: PlanResourceData['capacityPeriod'];
  /** Per capacity period: used (summed for total limits, peak month for concurrent ones) and capacity. */
  periods: { period: number; used: number; capacity: number; over: boolean }[];
}

const capacityAt = (resource: PlanResourceData, period: number) =>
  resource.capacities[Math.min(period, resource.capacities.length - 1)] ?? 0;

/** Resource histogram data against capacity, per capacity period, over the plan horizon (or further if the plan overruns). */
export function resourceLoads(plan: PlanData): ResourceLoad[] {
  const months = Math.max(plan.horizonMonths, planFinish(plan));
  return plan.resources.map((resource) => {
    const usage = monthlyUsage(plan, resource, months);
    const length = MONTHS_PER[resource.capacityPeriod];
    const periods: ResourceLoad['periods'] = [];
    for (let period = 0; period * length < months; period++) {
      const slice = usage.slice(period * length, (period + 1) * length);
      const used = resource.limitKind === 'total' ? slice.reduce((a, b) => a + b, 0) : Math.max(0, ...slice);
      const capacity = capacityAt(resource, period);
      periods.push({ period, used: round(used), capacity, over: used > capacity + 1e-6 });
    }
    return {
      resourceId: resource.id,
      name: resource.name,
      unit: resource.unit,
      limitKind: resource.limitKind,
      capacityPeriod: resource.capacityPeriod,
      periods,
    };
  });
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * What each budget resource spends per year: 12-month blocks from the plan's start, or, with `shift`, from
 * a common start `shift` months before the plan's (so two plans starting in different months are counted
 * in the same calendar blocks; the first `shift` months are then empty).
 */
export function costPerYear(
  plan: PlanData,
  shift = 0,
): { resourceId: string; name: string; currency: string | null; years: number[] }[] {
  if (!Number.isInteger(shift) || shift < 0)
    throw new RangeError(`shift: ${shift} is not a whole number of months >= 0`);
  const months = shift + Math.max(plan.horizonMonths, planFinish(plan));
  const yearCount = Math.ceil(months / 12);
  return plan.resources
    .filter((resource) => resource.kind === 'budget')
    .map((resource) => {
      const usage = [
        ...Array<number>(shift).fill(0),
        ...monthlyUsage(plan, resource, yearCount * 12 - shift),
      ];
      const years = Array.from({ length: yearCount }, (_, year) =>
        round(usage.slice(year * 12, year * 12 + 12).reduce((a, b) => a + b, 0)),
      );
      return { resourceId: resource.id, name: resource.name, currency: resource.currency, years };
    });
}

export interface Slip {
  itemId: string;
  code: string;
  name: string;
  /** Month offsets from each plan's own start. */
  baseFinish: number;
  scenarioFinish: number;
  /** Calendar months the item ends later (negative: earlier), whatever month each plan starts in. */
  months: number;
}

/**
 * Side-by-side comparison of a plan and a scenario of it: end dates, yearly cost, reforms that finish later.
 * The two may start in different months (a scenario "the programme starts a year later"), so both are put on
 * one calendar counted from the earlier start: `offset` is how many months after it each plan starts.
 */
export function compareScenario(base: PlanData, scenario: PlanData) {
  const startMonth = base.startMonth <= scenario.startMonth ? base.startMonth : scenario.startMonth;
  const baseOffset = monthOffset(startMonth, base.startMonth);
  const scenarioOffset = monthOffset(startMonth, scenario.startMonth);
  const baseSpans = itemSpans(base);
  const scenarioSpans = itemSpans(scenario);
  const slips: Slip[] = [];
  const gains: Slip[] = [];
  for (const item of scenario.items) {
    const baseId = item.originId ?? item.id;
    const before = baseSpans.get(baseId);
    const after = scenarioSpans.get(item.id);
    if (!before || !after) continue;
    const months = after.finish + scenarioOffset - (before.finish + baseOffset);
    if (months === 0) continue;
    const change = {
      itemId: item.id,
      code: item.code,
      name: item.name,
      baseFinish: before.finish,
      scenarioFinish: after.finish,
      months,
    };
    (months > 0 ? slips : gains).push(change);
  }
  const byKind = (item: PlanItemData) => (item.kind === 'activity' ? 2 : item.kind === 'project' ? 1 : 0);
  const order = new Map(scenario.items.map((item) => [item.id, byKind(item)]));
  const sort = (list: Slip[]) =>
    list.sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0) || b.months - a.months);
  const baseFinish = planFinish(base);
  const scenarioFinish = planFinish(scenario);
  return {
    /** The earlier of the two starts: calendar month 0 of the comparison, and of both costPerYear. */
    startMonth,
    base: { finish: baseFinish, offset: baseOffset, costPerYear: costPerYear(base, baseOffset) },
    scenario: {
      finish: scenarioFinish,
      offset: scenarioOffset,
      costPerYear: costPerYear(scenario, scenarioOffset),
    },
    /** Calendar months the scenario ends after the base (negative: before). */
    finishDelta: scenarioFinish + scenarioOffset - (baseFinish + baseOffset),
    slips: sort(slips),
    gains: sort(gains),
  };
}
