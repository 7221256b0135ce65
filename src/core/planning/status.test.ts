import { describe, expect, it } from 'vitest';
import { optimiseSchedule } from '../scheduling/index.ts';
import { analysePlan } from './analyse.ts';
import { currentStarts, planToProblem } from './model.ts';
import { phaseWarnings } from './phases.ts';
import { progressOf } from './status.ts';
import { testItem } from './testing.ts';
import type { PlanData, PlanItemData } from './types.ts';

// The plan starts in January 2026; the status date December 2026 is month 11.
const START = '2026-01';
const STATUS = 11;

function plan(items: PlanItemData[], fields: Partial<PlanData> = {}): PlanData {
  return {
    startMonth: START,
    horizonMonths: 48,
    statusDate: '2026-12',
    items,
    dependencies: [],
    resources: [],
    ...fields,
  };
}

describe('progress on the status date', () => {
  it.each([
    [
      'done with both dates: fixed at its actual months',
      { status: 'done', actualStart: '2026-02-10', actualFinish: '2026-06-30' },
      { state: 'finished', start: 1, duration: 5 },
    ],
    [
      'an actual finish recorded is finished whatever the status',
      { status: 'on_track', actualStart: '2026-02-01', actualFinish: '2026-03-01' },
      { state: 'finished', start: 1, duration: 2 },
    ],
    [
      'done without dates: its planned months',
      { status: 'done', startMonth: 4 },
      { state: 'finished', start: 4, duration: 6 },
    ],
    [
      'started, half done: keeps its start, the other half runs from the status date',
      { status: 'on_track', actualStart: '2026-04-15', percentComplete: 50 },
      { state: 'started', start: 3, duration: STATUS - 3 + 3 },
    ],
    [
      'started, nothing done: the whole work is still ahead',
      { status: 'delayed', actualStart: '2026-09-01' },
      { state: 'started', start: 8, duration: STATUS - 8 + 6 },
    ],
    [
      'started before the plan began: pinned at the plan’s first month',
      { status: 'on_track', actualStart: '2025-11-01', percentComplete: 100 },
      { state: 'started', start: 0, duration: STATUS },
    ],
    [
      'not started, whatever its planned month',
      { status: 'not_started', startMonth: 2 },
      { state: 'not_started' },
    ],
  ] as const)('%s', (_name, fields, expected) => {
    const item = testItem('a', { duration: 6, ...fields } as Partial<PlanItemData>);
    expect(progressOf(item, START, STATUS)).toEqual(expected);
  });

  it('holds nothing without a status date', () => {
    const item = testItem('a', { status: 'done', actualStart: '2026-02-01', actualFinish: '2026-03-01' });
    expect(progressOf(item, START, null)).toEqual({ state: 'not_started' });
  });
});

describe('planToProblem on a status date', () => {
  const items = [
    testItem('done', {
      duration: 4,
      status: 'done',
      actualStart: '2026-01-05',
      actualFinish: '2026-05-20',
      startMonth: 0,
    }),
    testItem('half', {
      duration: 8,
      status: 'on_track',
      actualStart: '2026-06-01',
      percentComplete: 50,
      startMonth: 6,
    }),
    testItem('later', { duration: 3, startMonth: 30 }),
    testItem('overdue', { duration: 3, startMonth: 4, releaseMonth: 2 }),
    testItem('released', { duration: 3, startMonth: 20, releaseMonth: 20 }),
  ];

  it('pins finished and started activities and releases the rest at the status date', () => {
    const model = planToProblem(plan(items));
    expect(model.problem.activities.map((a) => [a.fixedStart, a.duration, a.release])).toEqual([
      [0, 5, undefined],
      [5, STATUS - 5 + 4, undefined],
      [undefined, 3, STATUS],
      [undefined, 3, STATUS],
      [undefined, 3, 20],
    ]);
    expect(model.held).toEqual([
      { itemId: 'done', code: 'done', state: 'finished', start: 0, finish: 5 },
      { itemId: 'half', code: 'half', state: 'started', start: 5, finish: STATUS + 4 },
    ]);
    // the current schedule shows held activities where they actually started
    expect(currentStarts(plan(items), model)).toEqual([0, 5, 30, 4, 20]);
  });

  it('spreads a held activity’s total cost over the months it really takes; staff per month stay as planned', () => {
    const resources = [
      {
        id: 'eur',
        name: 'EU',
        kind: 'budget' as const,
        unit: 'EUR',
        currency: 'EUR',
        limitKind: 'total' as const,
        capacityPeriod: 'year' as const,
        capacities: [1e6],
      },
      {
        id: 'adv',
        name: 'Advisers',
        kind: 'technical_experts' as const,
        unit: 'advisers',
        currency: null,
        limitKind: 'concurrent' as const,
        capacityPeriod: 'month' as const,
        capacities: [5],
      },
    ];
    const costly = items.map((item) =>
      item.id === 'half' ? { ...item, demands: { eur: 1200, adv: 2 } } : item,
    );
    const model = planToProblem(plan(costly, { resources }));
    const half = model.problem.activities[1];
    expect(half.duration).toBe(10);
    expect(half.demands).toEqual([120, 2]);
    expect(half.demands[0] * half.duration).toBe(1200);
  });

  it('without a status date, every activity is free as before', () => {
    const model = planToProblem(plan(items, { statusDate: undefined }));
    expect(model.held).toEqual([]);
    expect(model.problem.activities.map((a) => a.release)).toEqual([undefined, undefined, undefined, 2, 20]);
  });

  it('the optimiser proposes no start before the status date and keeps every actual start', () => {
    const dependencies = [
      { id: 'd', predecessorId: 'half', successorId: 'later', type: 'FS' as const, lag: 0 },
    ];
    const model = planToProblem(plan(items, { dependencies }));
    const { starts } = optimiseSchedule(model.problem, { schedules: 300 });
    expect(starts.slice(0, 2)).toEqual([0, 5]);
    for (const start of starts.slice(2)) expect(start).toBeGreaterThanOrEqual(STATUS);
    expect(starts[2]).toBeGreaterThanOrEqual(STATUS + 4); // after the half-done work ends
  });

  it('the schedule check names a not-started activity planned before the status date', () => {
    const analysis = analysePlan(plan(items));
    expect(analysis.statusMonth).toBe(STATUS);
    expect(analysis.violations).toEqual([
      expect.objectContaining({ kind: 'status_date', itemIds: ['overdue'] }),
    ]);
    expect(analysis.criticalPath).not.toContain('done');
  });
});

describe('phase warnings', () => {
  const tree = (fields: Record<string, Partial<PlanItemData>>) => [
    testItem('prog', { kind: 'programme', duration: null, startMonth: null, ...fields.prog }),
    testItem('proj', { kind: 'project', parentId: 'prog', duration: null, startMonth: null, ...fields.proj }),
    testItem('a', { parentId: 'proj', duration: 2, startMonth: 2, ...fields.a }),
    testItem('b', { parentId: 'proj', duration: 2, startMonth: 8, ...fields.b }),
    testItem('cons', { kind: 'project', parentId: 'prog', duration: null, startMonth: null, ...fields.cons }),
    testItem('c', { parentId: 'cons', duration: 2, startMonth: 9, ...fields.c }),
  ];
  const warn = (items: PlanItemData[], fields: Partial<PlanData> = {}) => {
    const data = plan(items, { statusDate: undefined, ...fields });
    const model = planToProblem(data);
    return phaseWarnings(data, model, currentStarts(data, model));
  };
  const follows = [{ id: 'd', predecessorId: 'proj', successorId: 'cons', type: 'SS' as const, lag: 0 }];

  it.each([
    [
      'a flagged project starting in time warns for its late activity',
      { proj: { quickImpact: true } },
      {},
      [['quick_impact_late', ['b'], 8, 6]],
    ],
    [
      'a flagged project starting late warns once, for the project',
      { proj: { quickImpact: true }, a: { startMonth: 7 } },
      {},
      [['quick_impact_late', ['proj'], 7, 6]],
    ],
    ['a flagged activity on its own', { b: { quickImpact: true } }, {}, [['quick_impact_late', ['b'], 8, 6]]],
    ['a longer quick-impact window', { proj: { quickImpact: true } }, { quickImpactMonths: 9 }, []],
    ['nothing flagged', {}, {}, []],
  ] as const)('%s', (_name, fields, planFields, expected) => {
    const found = warn(tree(fields as Record<string, Partial<PlanItemData>>), planFields);
    expect(found.map((w) => [w.kind, w.itemIds, w.start, 'limit' in w ? w.limit : null])).toEqual(expected);
  });

  it.each([
    [
      'through its project’s dependency, before a main activity',
      { cons: { phase: 'consolidation' } },
      follows,
      [],
    ],
    [
      'starting before the main activity it follows',
      { cons: { phase: 'consolidation' }, c: { startMonth: 5 } },
      follows,
      [['consolidation_before_main', ['c', 'b'], 5, 8]],
    ],
    [
      'its own phase counts too',
      { c: { phase: 'consolidation', startMonth: 1 } },
      follows,
      [
        ['consolidation_before_main', ['c', 'a'], 1, 2],
        ['consolidation_before_main', ['c', 'b'], 1, 8],
      ],
    ],
    ['no dependency, no warning', { cons: { phase: 'consolidation' }, c: { startMonth: 1 } }, [], []],
    ['a main-phase successor is not consolidation', { c: { startMonth: 1 } }, follows, []],
  ] as const)('consolidation %s', (_name, fields, dependencies, expected) => {
    const found = warn(tree(fields as Record<string, Partial<PlanItemData>>), {
      dependencies: [...dependencies],
    });
    expect(found.map((w) => [w.kind, w.itemIds, w.start, 'mainStart' in w ? w.mainStart : null])).toEqual(
      expected,
    );
  });

  it('follows a chain of dependencies through a preparatory activity', () => {
    const items = tree({ c: { phase: 'consolidation', startMonth: 0 }, a: { phase: 'preparatory' } });
    const chain = [
      { id: 'd1', predecessorId: 'b', successorId: 'a', type: 'SS' as const, lag: 0 },
      { id: 'd2', predecessorId: 'a', successorId: 'c', type: 'SS' as const, lag: 0 },
    ];
    expect(warn(items, { dependencies: chain }).map((w) => w.itemIds)).toEqual([['c', 'b']]);
  });
});
