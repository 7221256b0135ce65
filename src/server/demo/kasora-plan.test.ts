import { describe, expect, it } from 'vitest';
import { SSG_TEN_CRITERIA } from '../../core/frameworks/ssg-ten-criteria.ts';
import { SSR_PRINCIPLES } from '../../core/frameworks/ssr-principles.ts';
import { listItems } from '../../core/frameworks/structure.ts';
import {
  MONTHS_PER,
  monthOffset,
  PARENT_KIND,
  RISK_LEVEL_MAX,
  RISK_LEVEL_MIN,
} from '../../core/planning/portfolio.ts';
import { checkSchedule, optimiseSchedule, type SchedulingProblem } from '../../core/scheduling/index.ts';
import { KASORA_ACTOR_ROWS } from './kasora-actors.ts';
import { type DemoItem, type DemoResource, KASORA_PLAN as plan } from './kasora-plan.ts';

const byCode = new Map(plan.items.map((item) => [item.code, item]));
const activities = plan.items.filter((item) => item.kind === 'activity');
const milestones = activities.filter((item) => item.duration === 0);
const resourceByKey = new Map(plan.resources.map((resource) => [resource.key, resource]));
const scenarioCapacities = (resource: DemoResource) =>
  plan.scenario.capacities[resource.key] ?? resource.capacities;

/** Per-month demand, as the planner spreads a whole cost evenly over the activity's months. */
function monthlyDemand(item: DemoItem, resource: DemoResource): number {
  const amount = item.demands?.[resource.key] ?? 0;
  if (resource.limitKind === 'concurrent') return amount;
  return item.duration ? amount / item.duration : 0;
}

/** The plan as the scheduling engine sees it, with the base or the scenario's capacities. */
function problemOf(capacitiesOf: (resource: DemoResource) => number[]): SchedulingProblem {
  const index = new Map(activities.map((item, i) => [item.code, i]));
  return {
    activities: activities.map((item) => ({
      label: item.code,
      duration: item.duration ?? 0,
      demands: plan.resources.map((resource) => monthlyDemand(item, resource)),
      release: item.release,
      deadline: item.deadline,
      weight: item.weight,
    })),
    precedences: plan.dependencies.map((dependency) => ({
      from: index.get(dependency.from) as number,
      to: index.get(dependency.to) as number,
      type: dependency.type,
      lag: dependency.lag ?? 0,
    })),
    resources: plan.resources.map((resource) =>
      resource.limitKind === 'total'
        ? { kind: 'cumulative', name: resource.key, bucketLength: 12, capacity: capacitiesOf(resource) }
        : {
            kind: 'renewable',
            name: resource.key,
            capacity: capacitiesOf(resource).flatMap((c) =>
              Array<number>(MONTHS_PER[resource.capacityPeriod]).fill(c),
            ),
          },
    ),
  };
}

/** Earliest starts from the dependencies and release dates alone, ignoring resources. */
function earliestStarts(problem: SchedulingProblem): number[] {
  const starts = problem.activities.map((activity) => activity.release ?? 0);
  for (let pass = 0; pass < problem.activities.length; pass++)
    for (const { from, to, type, lag } of problem.precedences) {
      const earliest = starts[from] + (type === 'FS' ? problem.activities[from].duration : 0) + lag;
      if (starts[to] < earliest) starts[to] = earliest;
    }
  return starts;
}

describe('the Kasora national SSR plan', () => {
  it('has unique codes and a programme → project → activity hierarchy', () => {
    expect(byCode.size).toBe(plan.items.length);
    for (const item of plan.items) {
      const parentKind = PARENT_KIND[item.kind];
      if (parentKind === null) expect(item.parent, item.code).toBeUndefined();
      else expect(byCode.get(item.parent ?? '')?.kind, item.code).toBe(parentKind);
      if (item.kind === 'activity') {
        expect(Number.isInteger(item.duration), item.code).toBe(true);
        expect(
          item.duration === 0 || ((item.duration ?? 0) >= 2 && (item.duration ?? 0) <= 18),
          item.code,
        ).toBe(true);
      } else {
        expect(item.duration, item.code).toBeUndefined();
        expect(item.demands, item.code).toBeUndefined();
      }
      if (item.weight !== undefined) expect(item.weight >= 1 && item.weight <= 100, item.code).toBe(true);
      if (item.deadline !== undefined) expect(item.deadline).toBeGreaterThanOrEqual(item.release ?? 0);
    }
  });

  it('has 5–7 programmes of 2–3 projects and about sixty activities with a few milestones', () => {
    const programmes = plan.items.filter((item) => item.kind === 'programme');
    expect(programmes.length).toBeGreaterThanOrEqual(5);
    expect(programmes.length).toBeLessThanOrEqual(7);
    for (const programme of programmes) {
      const projects = plan.items.filter((item) => item.parent === programme.code);
      expect(projects.length, programme.code).toBeGreaterThanOrEqual(2);
      expect(projects.length, programme.code).toBeLessThanOrEqual(3);
    }
    for (const project of plan.items.filter((item) => item.kind === 'project'))
      expect(
        activities.some((item) => item.parent === project.code),
        project.code,
      ).toBe(true);
    expect(activities.length).toBeGreaterThanOrEqual(55);
    expect(activities.length).toBeLessThanOrEqual(70);
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    expect(activities.filter((item) => item.quickImpact).length).toBeGreaterThanOrEqual(4);
    for (const milestone of milestones) expect(milestone.demands, milestone.code).toBeUndefined();
  });

  it('has dependencies between existing activities and no cycle', () => {
    expect(plan.dependencies.length).toBeGreaterThanOrEqual(70);
    expect(plan.dependencies.length).toBeLessThanOrEqual(90);
    const pairs = new Set<string>();
    for (const { from, to, lag } of plan.dependencies) {
      expect(byCode.get(from)?.kind, from).toBe('activity');
      expect(byCode.get(to)?.kind, to).toBe('activity');
      expect(from).not.toBe(to);
      expect(pairs.has(`${from}>${to}`), `${from}>${to}`).toBe(false);
      pairs.add(`${from}>${to}`);
      if (lag !== undefined) expect(Number.isInteger(lag) && lag >= 0).toBe(true);
    }
    // Kahn's algorithm: every activity gets ordered only if the graph is acyclic.
    const indegree = new Map(activities.map((item) => [item.code, 0]));
    for (const { to } of plan.dependencies) indegree.set(to, (indegree.get(to) ?? 0) + 1);
    const ready = [...indegree].filter(([, degree]) => degree === 0).map(([code]) => code);
    let ordered = 0;
    while (ready.length > 0) {
      const code = ready.pop() as string;
      ordered++;
      for (const { from, to } of plan.dependencies) {
        if (from !== code) continue;
        indegree.set(to, (indegree.get(to) ?? 0) - 1);
        if (indegree.get(to) === 0) ready.push(to);
      }
    }
    expect(ordered).toBe(activities.length);
  });

  it('sequences laws before the reforms they enable', () => {
    const precedes = (from: string, to: string) =>
      plan.dependencies.some((dependency) => dependency.from === from && dependency.to === to);
    for (const restructuring of ['3.1.5', '3.2.2', '3.2.3', '3.3.2'])
      expect(precedes('1.2.4', restructuring)).toBe(true);
    for (const oversight of ['5.1.5', '5.1.6', '5.2.1', '5.2.2'])
      expect(precedes('5.1.4', oversight)).toBe(true);
    expect(precedes('3.1.4', '3.1.5')).toBe(true);
    const elections = activities.find((item) => item.name === 'General elections');
    expect(elections).toMatchObject({ duration: 0, release: 33, deadline: 33 });
    expect(plan.dependencies.filter((dependency) => dependency.type === 'SS').length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('uses only its own resources, with budget amounts spread to whole units per month', () => {
    for (const resource of plan.resources) {
      expect(resource.capacities.length, resource.key).toBe(
        resource.capacityPeriod === 'year' ? 5 : plan.horizonMonths / MONTHS_PER[resource.capacityPeriod],
      );
      if (resource.kind === 'budget') expect(resource.currency, resource.key).toMatch(/^[A-Z]{3}$/);
    }
    for (const item of activities)
      for (const [key, amount] of Object.entries(item.demands ?? {})) {
        const resource = resourceByKey.get(key);
        expect(resource, `${item.code} ${key}`).toBeDefined();
        expect(amount, `${item.code} ${key}`).toBeGreaterThan(0);
        if (resource?.limitKind === 'total')
          expect(Number.isInteger(amount / (item.duration ?? 1)), item.code).toBe(true);
      }
    for (const key of Object.keys(plan.scenario.capacities)) {
      expect(resourceByKey.get(key), key).toBeDefined();
      expect(plan.scenario.capacities[key]).toHaveLength(resourceByKey.get(key)?.capacities.length ?? 0);
    }
  });

  for (const [label, capacitiesOf] of [
    ['base', (resource: DemoResource) => resource.capacities],
    ['scenario', scenarioCapacities],
  ] as const)
    it(`lets every activity fit alone in every period (${label} capacities)`, () => {
      for (const resource of plan.resources) {
        const smallest = Math.min(...capacitiesOf(resource));
        for (const item of activities) {
          const perMonth = monthlyDemand(item, resource);
          const need =
            resource.limitKind === 'concurrent'
              ? perMonth
              : perMonth * Math.min(item.duration ?? 0, MONTHS_PER[resource.capacityPeriod]);
          expect(need, `${item.code} on ${resource.key}`).toBeLessThanOrEqual(smallest);
        }
      }
    });

  it('has resource limits that bind, yet a schedule within 72 months in the base and the scenario', () => {
    const base = problemOf((resource) => resource.capacities);
    const unconstrained = checkSchedule(base, earliestStarts(base)).filter((v) => v.kind === 'resource');
    const overloaded = new Set(
      unconstrained.map((v) => (v.kind === 'resource' ? plan.resources[v.resource].key : '')),
    );
    expect(
      plan.resources.filter((r) => r.kind === 'budget' && overloaded.has(r.key)).length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      plan.resources.filter((r) => r.kind !== 'budget' && overloaded.has(r.key)).length,
    ).toBeGreaterThanOrEqual(2);

    const result = optimiseSchedule(base, { schedules: 3000, seed: 7 });
    expect(result.makespan).toBeLessThanOrEqual(72);
    expect(result.makespan).toBeGreaterThan(result.criticalPathBound);
    expect(result.deadlineMisses).toEqual([]);

    const scenario = optimiseSchedule(problemOf(scenarioCapacities), { schedules: 3000, seed: 7 });
    expect(scenario.makespan).toBeGreaterThan(result.lowerBound);
    expect(scenario.makespan).toBeLessThanOrEqual(84);
    expect(scenario.deadlineMisses).toEqual([]);
  });

  it('reports progress up to November 2026 that fits the dependencies and the capacities', () => {
    const asOf = monthOffset(plan.startMonth, '2026-11');
    const tracked = activities.filter((item) => item.progress);
    expect(tracked.length).toBeGreaterThanOrEqual(10);
    const statuses = tracked.map((item) => item.progress?.status);
    expect(statuses.filter((status) => status === 'at_risk')).toHaveLength(2);
    expect(statuses.filter((status) => status === 'delayed')).toHaveLength(1);
    expect(statuses.filter((status) => status === 'done').length).toBeGreaterThanOrEqual(4);
    const startOf = (item: DemoItem) => monthOffset(plan.startMonth, item.progress?.actualStart ?? '9999-12');
    const finishOf = (item: DemoItem) =>
      item.progress?.actualFinish
        ? monthOffset(plan.startMonth, item.progress.actualFinish)
        : Math.max(asOf, startOf(item) + (item.duration ?? 0) - 1);
    for (const item of tracked) {
      const { status, percentComplete, actualStart, actualFinish } = item.progress ?? {};
      expect(actualStart, item.code).toMatch(/^2026-\d\d-\d\d$/);
      expect(startOf(item)).toBeLessThanOrEqual(asOf);
      expect(actualFinish !== undefined, item.code).toBe(status === 'done');
      expect(percentComplete === 100, item.code).toBe(status === 'done');
      if (actualFinish) expect(actualFinish > (actualStart ?? ''), item.code).toBe(true);
    }
    // A started activity's predecessors have started (SS) or finished (FS) by then.
    for (const { from, to, type, lag = 0 } of plan.dependencies) {
      const successor = byCode.get(to) as DemoItem;
      if (!successor.progress) continue;
      const predecessor = byCode.get(from) as DemoItem;
      expect(predecessor.progress?.actualStart, `${from} before ${to}`).toBeDefined();
      if (type === 'FS') {
        expect(predecessor.progress?.status, `${from} before ${to}`).toBe('done');
        expect(finishOf(predecessor) + lag, `${from} before ${to}`).toBeLessThanOrEqual(startOf(successor));
      } else
        expect(startOf(predecessor) + lag, `${from} before ${to}`).toBeLessThanOrEqual(startOf(successor));
    }
    // What already happened, spread over the months it took, stays within the 2026 capacities.
    for (const resource of plan.resources) {
      const usage = Array<number>(24).fill(0);
      for (const item of tracked) {
        const start = startOf(item);
        const finish = finishOf(item);
        const amount = item.demands?.[resource.key] ?? 0;
        const perMonth = resource.limitKind === 'total' ? amount / (finish - start + 1) : amount;
        for (let month = start; month <= finish; month++) usage[month] += perMonth;
      }
      if (resource.limitKind === 'total')
        expect(
          usage.slice(0, 12).reduce((sum, value) => sum + value, 0),
          resource.key,
        ).toBeLessThanOrEqual(resource.capacities[0]);
      else
        for (let month = 0; month <= asOf; month++)
          expect(usage[month], `${resource.key} in month ${month}`).toBeLessThanOrEqual(
            resource.capacities[Math.floor(month / MONTHS_PER[resource.capacityPeriod])],
          );
    }
  });

  it('names actors of the Kasora sector map, framework items and principles that exist', () => {
    const actorNames = new Set(KASORA_ACTOR_ROWS.flatMap((row) => [row.name, row.acronym]).filter(Boolean));
    const named = [
      ...plan.items.flatMap((item) => [item.lead, ...(item.partners ?? [])]),
      ...plan.resources.map((resource) => resource.funder),
      ...plan.risks.map((risk) => risk.owner),
    ].filter((name): name is string => name !== undefined);
    for (const name of named) expect(actorNames.has(name), name).toBe(true);
    for (const item of plan.items)
      expect(new Set(item.partners ?? []).size, item.code).toBe((item.partners ?? []).length);

    const criteria = new Set(listItems(SSG_TEN_CRITERIA).map(({ item }) => item.id));
    const principles = new Set(listItems(SSR_PRINCIPLES).map(({ item }) => item.id));
    expect(principles.size).toBe(15);
    for (const item of plan.items) {
      for (const id of item.needItems ?? []) expect(criteria.has(id), `${item.code} ${id}`).toBe(true);
      for (const id of item.principles ?? []) {
        expect(id, item.code).toMatch(/^p([1-9]|1[0-5])$/);
        expect(principles.has(id), `${item.code} ${id}`).toBe(true);
      }
    }
    const linked = activities.filter((item) => item.duration !== 0);
    for (const item of linked) expect(item.needItems?.length, item.code).toBeGreaterThan(0);
  });

  it('has typed risks on existing items, spoilers among them', () => {
    expect(plan.risks.length).toBeGreaterThanOrEqual(10);
    expect(plan.risks.length).toBeLessThanOrEqual(12);
    expect(plan.risks.filter((risk) => risk.category === 'spoilers').length).toBeGreaterThanOrEqual(2);
    expect(new Set(plan.risks.map((risk) => risk.category)).size).toBe(9);
    for (const risk of plan.risks) {
      for (const level of [risk.likelihood, risk.impact]) {
        expect(Number.isInteger(level)).toBe(true);
        expect(level).toBeGreaterThanOrEqual(RISK_LEVEL_MIN);
        expect(level).toBeLessThanOrEqual(RISK_LEVEL_MAX);
      }
      expect(risk.items.length, risk.title).toBeGreaterThan(0);
      for (const code of risk.items) expect(byCode.has(code), `${risk.title}: ${code}`).toBe(true);
    }
  });
});
