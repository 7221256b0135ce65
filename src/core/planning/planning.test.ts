import { describe, expect, it } from 'vitest';
import { compareScenario, costPerYear, itemSpans, resourceLoads } from './analysis.ts';
import { planToProblem } from './model.ts';
import { monthLabel, monthOffset, riskRating } from './portfolio.ts';
import { isNoWorse } from './snapshot.ts';
import { testItem } from './testing.ts';
import { ragOf, slippage, trackingDashboard } from './tracking.ts';
import type { PlanData, PlanItemData } from './types.ts';

const item = (fields: Partial<PlanItemData> & Pick<PlanItemData, 'id' | 'kind' | 'code'>): PlanItemData =>
  testItem(fields.id, { name: fields.code, duration: null, startMonth: null, ...fields });

function plan(): PlanData {
  return {
    startMonth: '2027-01',
    horizonMonths: 24,
    items: [
      item({ id: 'p', kind: 'programme', code: 'P1' }),
      item({ id: 'j', kind: 'project', code: 'P1.1', parentId: 'p' }),
      item({
        id: 'a',
        kind: 'activity',
        code: 'A',
        parentId: 'j',
        duration: 6,
        startMonth: 0,
        demands: { eur: 1200 },
      }),
      item({
        id: 'b',
        kind: 'activity',
        code: 'B',
        parentId: 'j',
        duration: 12,
        startMonth: 6,
        demands: { eur: 2400, adv: 2 },
      }),
      item({ id: 'q', kind: 'project', code: 'P1.2', parentId: 'p' }),
      item({ id: 'c', kind: 'activity', code: 'C', parentId: 'q', duration: 0, startMonth: 18 }),
    ],
    dependencies: [{ id: 'd1', predecessorId: 'j', successorId: 'q', type: 'FS', lag: 0 }],
    resources: [
      {
        id: 'eur',
        name: 'EU',
        kind: 'budget',
        unit: 'EUR',
        currency: 'EUR',
        limitKind: 'total',
        capacityPeriod: 'year',
        capacities: [1500, 2000],
      },
      {
        id: 'adv',
        name: 'Advisers',
        kind: 'technical_experts',
        unit: 'advisers',
        currency: null,
        limitKind: 'concurrent',
        capacityPeriod: 'quarter',
        capacities: [1, 3],
      },
    ],
  };
}

describe('planToProblem', () => {
  it('schedules only activities, spreads total costs over the months, expands quarterly capacities to months', () => {
    const { problem, activityIds } = planToProblem(plan());
    expect(activityIds).toEqual(['a', 'b', 'c']);
    expect(problem.activities[0].demands).toEqual([200, 0]);
    expect(problem.activities[1].demands).toEqual([200, 2]);
    expect(problem.resources[0]).toEqual({
      kind: 'cumulative',
      name: 'EU',
      bucketLength: 12,
      capacity: [1500, 2000],
    });
    expect(problem.resources[1]).toEqual({
      kind: 'renewable',
      name: 'Advisers',
      capacity: [1, 1, 1, 3, 3, 3],
    });
  });

  it('turns a dependency between projects into one between each pair of their activities', () => {
    const { problem } = planToProblem(plan());
    expect(problem.precedences).toEqual([
      { from: 0, to: 2, type: 'FS', lag: 0 },
      { from: 1, to: 2, type: 'FS', lag: 0 },
    ]);
  });
});

describe('plan analysis', () => {
  it('spans programmes and projects over their activities', () => {
    const spans = itemSpans(plan());
    expect(spans.get('p')).toEqual({ start: 0, finish: 18 });
    expect(spans.get('j')).toEqual({ start: 0, finish: 18 });
    expect(spans.get('q')).toEqual({ start: 18, finish: 18 });
  });

  it('sums costs per plan year and flags overloaded periods', () => {
    // A: 200/month for months 0-5 (1200); B: 200/month for months 6-17 (1200 in year 1, 1200 in year 2)
    expect(costPerYear(plan())[0].years).toEqual([2400, 1200]);
    const [eu, advisers] = resourceLoads(plan());
    expect(eu.periods.slice(0, 2)).toEqual([
      { period: 0, used: 2400, capacity: 1500, over: true },
      { period: 1, used: 1200, capacity: 2000, over: false },
    ]);
    // B uses 2 advisers from month 6 (quarter 2) where capacity is 3; nothing in quarter 0
    expect(advisers.periods[0]).toMatchObject({ used: 0, capacity: 1, over: false });
    expect(advisers.periods[2]).toMatchObject({ used: 2, capacity: 3, over: false });
  });

  it('compares a scenario with its base: later finishes are slips, earlier ones gains', () => {
    const base = plan();
    const scenario = plan();
    scenario.items = scenario.items.map((entry) => ({
      ...entry,
      id: `s-${entry.id}`,
      parentId: entry.parentId ? `s-${entry.parentId}` : null,
      originId: entry.id,
      startMonth: entry.id === 'b' ? 10 : entry.id === 'c' ? 22 : entry.startMonth,
    }));
    const comparison = compareScenario(base, scenario);
    expect(comparison.base.finish).toBe(18);
    expect(comparison.scenario.finish).toBe(22);
    expect(comparison.slips.map((slip) => [slip.code, slip.months])).toEqual([
      ['P1', 4],
      ['P1.1', 4],
      ['P1.2', 4],
      ['B', 4],
      ['C', 4],
    ]);
    expect(comparison.gains).toEqual([]);
  });

  const copyOf = (source: PlanData, startMonth: string, moveBy: number): PlanData => ({
    ...source,
    startMonth,
    items: source.items.map((entry) => ({
      ...entry,
      id: `s-${entry.id}`,
      parentId: entry.parentId ? `s-${entry.parentId}` : null,
      originId: entry.id,
      startMonth: entry.startMonth === null ? null : entry.startMonth + moveBy,
    })),
  });

  it('counts cost per year from a common start `shift` months before the plan', () => {
    // A spends 1200 in months 0-5, B 2400 in months 6-17: six months later in the common calendar
    expect(costPerYear(plan(), 6)[0].years).toEqual([1200, 2400, 0]);
    expect(() => costPerYear(plan(), -1)).toThrow(/shift/);
  });

  it('compares on one calendar when the scenario starts a year after its base', () => {
    const comparison = compareScenario(plan(), copyOf(plan(), '2028-01', 0));
    expect(comparison.startMonth).toBe('2027-01');
    expect(comparison.base).toMatchObject({ finish: 18, offset: 0 });
    expect(comparison.scenario).toMatchObject({ finish: 18, offset: 12 });
    expect(comparison.finishDelta).toBe(12);
    // every reform ends a year later in the calendar, though at the same offset from its plan's start
    expect(comparison.slips.map((slip) => [slip.code, slip.months])).toEqual([
      ['P1', 12],
      ['P1.1', 12],
      ['P1.2', 12],
      ['A', 12],
      ['B', 12],
      ['C', 12],
    ]);
    expect(comparison.slips[3]).toMatchObject({ baseFinish: 6, scenarioFinish: 6 });
    expect(comparison.gains).toEqual([]);
    // the same spending, a year later: both counted in 12-month blocks from 2027-01
    expect(comparison.base.costPerYear[0].years).toEqual([2400, 1200]);
    expect(comparison.scenario.costPerYear[0].years).toEqual([0, 2400, 1200]);
  });

  it('finds no change when an earlier-starting scenario keeps every calendar date', () => {
    // starts six months earlier, every activity six months later from its start: same calendar months
    const comparison = compareScenario(plan(), copyOf(plan(), '2026-07', 6));
    expect(comparison.startMonth).toBe('2026-07');
    expect(comparison.base.offset).toBe(6);
    expect(comparison.scenario.offset).toBe(0);
    expect(comparison.finishDelta).toBe(0);
    expect(comparison.slips).toEqual([]);
    expect(comparison.gains).toEqual([]);
    expect(comparison.base.costPerYear[0].years).toEqual([1200, 2400, 0]);
    expect(comparison.scenario.costPerYear[0].years).toEqual([1200, 2400]);
  });
});

describe('tracking', () => {
  const tracked = (fields: Partial<PlanItemData>) =>
    item({
      id: 'a',
      kind: 'activity',
      code: 'A',
      duration: 6,
      startMonth: 2,
      baselineStart: 2,
      baselineFinish: 8,
      ...fields,
    });

  it.each([
    ['not yet due', {}, 1, 0],
    ['should have started two months ago', {}, 4, 2],
    ['started on time, halfway at month 5', { actualStart: '2027-03-10', percentComplete: 50 }, 5, 0],
    ['started on time, 10 % at month 6', { actualStart: '2027-03-10', percentComplete: 10 }, 6, 4],
    ['done a month late', { status: 'done' as const, actualFinish: '2027-09-20' }, 12, 1],
    [
      'done, started a month late, no finish date',
      { status: 'done' as const, actualStart: '2027-04-02' },
      30,
      1,
    ],
    ['done, no dates given, years later', { status: 'done' as const, percentComplete: 100 }, 40, 0],
  ])('%s', (_label, fields, asOf, expected) => {
    expect(slippage(tracked(fields), '2027-01', asOf)).toBe(expected);
  });

  it('has no slippage without a baseline', () => {
    expect(slippage(tracked({ baselineFinish: null }), '2027-01', 5)).toBeNull();
  });

  it.each([
    ['done', 4, 'green'],
    ['delayed', 0, 'red'],
    ['on_track', 3, 'red'],
    ['at_risk', 0, 'amber'],
    ['on_track', 1, 'amber'],
    ['on_track', 0, 'green'],
    ['not_started', null, 'grey'],
  ] as const)('%s with slippage %s is %s', (status, slip, rag) => {
    expect(ragOf(status, slip)).toBe(rag);
  });

  it('rolls activities up to their programme with duration-weighted completion', () => {
    const data = plan();
    data.items = data.items.map((entry) =>
      entry.id === 'a' ? { ...entry, status: 'done', percentComplete: 100 } : entry,
    );
    const dashboard = trackingDashboard(data, 3);
    expect(dashboard.programmes).toHaveLength(1);
    // A (6 months) done, B (12) and C (0, counted as 1) not started: 6 / 19
    expect(dashboard.programmes[0]).toMatchObject({ code: 'P1', percentComplete: 32, rag: 'green' });
    expect(dashboard.totals).toEqual({ green: 1, amber: 0, red: 0, grey: 2 });
  });
});

describe('months and ratings', () => {
  it('labels and offsets months across years', () => {
    expect(monthLabel('2026-11', 3)).toBe('2027-02');
    expect(monthOffset('2026-11', '2027-02-15')).toBe(3);
    expect(monthOffset('2027-01', '2026-12')).toBe(-1);
  });

  it('rates likelihood × impact', () => {
    expect([1, 6, 12, 20, 25].map(riskRating)).toEqual(['low', 'medium', 'high', 'critical', 'critical']);
  });
});

describe('isNoWorse', () => {
  const snap = (finishMonth: number, weightedCompletion: number, violations = 0, lateBy = 0) => ({
    starts: {},
    finishMonth,
    weightedCompletion,
    violations,
    deadlineMisses: lateBy > 0 ? [{ itemId: 'x', lateBy }] : [],
  });

  it.each([
    ['a shorter plan', snap(50, 900), snap(54, 800), 'makespan', true],
    ['a longer plan, even with a lower weighted completion', snap(55, 700), snap(54, 800), 'makespan', false],
    ['a feasible plan against an infeasible one', snap(60, 900), snap(40, 500, 2), 'makespan', true],
    ['an infeasible plan against a feasible one', snap(40, 500, 1), snap(60, 900), 'makespan', false],
    ['less lateness before the objective', snap(60, 900, 0, 1), snap(62, 950, 0, 3), 'makespan', true],
    ['a lower weighted completion', snap(56, 700), snap(54, 800), 'weighted-completion', true],
  ] as const)('%s', (_label, candidate, incumbent, objective, expected) => {
    expect(isNoWorse(candidate, incumbent, objective)).toBe(expected);
  });
});
