import { describe, expect, it } from 'vitest';
import { testItem } from '../../../../core/planning/testing';
import type { PlanItemData } from '../../../../core/planning/types';
import type { PlanDetail, PlanItem } from '../../../api/plans';
import { testResource } from '../testing';
import { checkEditedSchedule } from './scheduleCheck';

const activity = (id: string, patch: Partial<PlanItemData>): PlanItem => ({
  ...testItem(id, { name: `Activity ${id}`, ...patch }),
  originId: null,
  description: null,
  leadActorId: null,
  partnerActorIds: [],
  needIds: [],
  principles: [],
  benchmarks: [],
  purposeCode: null,
  recurrentCost: null,
  recurrentCurrency: null,
  recurrentFromMonth: null,
  version: 1,
});

// A (months 0–2) must finish before B (3–5); both need 2 of 3 advisers; C has a deadline at month 6.
const detail: PlanDetail = {
  plan: {
    id: 'p',
    name: 'Plan',
    description: null,
    version: 1,
    startMonth: '2027-01',
    horizonMonths: 12,
    statusDate: '2027-01',
    statusDateIsDefault: false,
    quickImpactMonths: 6,
    status: 'draft',
    approvedAt: null,
    scenarioOf: null,
    scenarioNote: null,
    createdAt: '',
    updatedAt: '',
  },
  items: [
    activity('A', { startMonth: 0, demands: { r: 2 } }),
    activity('B', { startMonth: 3, demands: { r: 2 } }),
    activity('C', { startMonth: 2, duration: 4, deadlineMonth: 6 }),
  ],
  dependencies: [{ id: 'd', predecessorId: 'A', successorId: 'B', type: 'FS', lag: 0 }],
  resources: [testResource('r', { name: 'Advisers', capacities: [3] })],
  analysis: {
    statusMonth: 0,
    held: [],
    warnings: [],
    finishMonth: 6,
    lowerBound: 6,
    criticalPath: ['A', 'B'],
    violations: [],
    infeasibility: null,
    loads: [],
    costPerYear: [],
  },
};

describe('checkEditedSchedule', () => {
  it('finds nothing wrong with the saved schedule and keeps the server’s critical path', () => {
    const checked = checkEditedSchedule(detail, {});
    expect(checked.problems).toEqual([]);
    expect([...checked.critical]).toEqual(['A', 'B']);
    expect(checked.finish).toBe(6);
  });

  it('names the activities, the start and the earliest month when a move breaks a dependency', () => {
    const checked = checkEditedSchedule(detail, { B: 1 });
    expect(checked.problems).toContainEqual({
      kind: 'precedence',
      itemIds: ['A', 'B'],
      type: 'FS',
      start: 1,
      required: 3,
    });
  });

  it('lists the activities that overload a resource in the month it is overloaded', () => {
    const checked = checkEditedSchedule(detail, { B: 2 });
    const overloads = checked.problems.filter((problem) => problem.kind === 'resource');
    expect(overloads).toEqual([
      { kind: 'resource', itemIds: ['A', 'B'], resourceId: 'r', from: 2, months: 1, used: 4, capacity: 3 },
    ]);
  });

  it('reports a missed deadline with the finish month and recomputes the spans and finish', () => {
    const checked = checkEditedSchedule(detail, { C: 4 });
    expect(checked.problems).toEqual([{ kind: 'deadline', itemIds: ['C'], finish: 8, deadline: 6 }]);
    expect(checked.spans.get('C')).toEqual({ start: 4, finish: 8 });
    expect(checked.finish).toBe(8);
    expect(checked.critical.has('C')).toBe(true);
  });

  it('names a not-started activity moved before the status date, and holds what has started', () => {
    const dated: PlanDetail = {
      ...detail,
      plan: { ...detail.plan, statusDate: '2027-03' },
      items: detail.items.map((item) =>
        item.id === 'A'
          ? { ...item, status: 'on_track', actualStart: '2027-01-15', percentComplete: 50 }
          : item,
      ),
    };
    const checked = checkEditedSchedule(dated, { C: 1 });
    expect(checked.statusMonth).toBe(2);
    expect([...checked.held.keys()]).toEqual(['A']);
    expect(checked.problems).toContainEqual({ kind: 'statusDate', itemIds: ['C'], start: 1, statusMonth: 2 });
    expect(checked.problems.map((problem) => problem.kind)).not.toContain('release');
  });

  it('warns when quick-impact work slips past its window', () => {
    const flagged: PlanDetail = {
      ...detail,
      plan: { ...detail.plan, quickImpactMonths: 3 },
      items: detail.items.map((item) => (item.id === 'B' ? { ...item, quickImpact: true } : item)),
    };
    expect(checkEditedSchedule(flagged, {}).warnings).toEqual([
      { kind: 'quick_impact_late', itemIds: ['B'], start: 3, limit: 3 },
    ]);
    expect(checkEditedSchedule(flagged, { B: 2 }).warnings).toEqual([]);
  });
});
