import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../../core/planning/analyse';
import { testItem } from '../../../../core/planning/testing';
import type { PlanData } from '../../../../core/planning/types';
import type { PlanDetail } from '../../../api/plans';
import { testResource } from '../testing';
import { editedLoads } from './editedLoads';

const resource = testResource;

// A and B each need one adviser and cost 1,200 over three months; B starts in month 13 of a 24-month plan.
const data: PlanData = {
  startMonth: '2027-01',
  horizonMonths: 24,
  items: [
    testItem('A', { demands: { advisers: 1, budget: 1200 } }),
    testItem('B', { startMonth: 13, demands: { advisers: 1, budget: 1200 } }),
  ],
  dependencies: [],
  resources: [
    resource('advisers', { capacities: [1] }),
    resource('budget', { kind: 'budget', currency: 'EUR', limitKind: 'total', capacityPeriod: 'year' }),
  ],
};
const detail = {
  plan: { startMonth: data.startMonth, horizonMonths: data.horizonMonths },
  items: data.items,
  dependencies: data.dependencies,
  resources: data.resources,
  analysis: analysePlan(data),
} as unknown as PlanDetail;

describe('editedLoads', () => {
  it('is the saved analysis when nothing was moved', () => {
    const { loads, costPerYear } = editedLoads(detail, {});
    expect(loads).toBe(detail.analysis.loads);
    expect(costPerYear).toBe(detail.analysis.costPerYear);
  });

  it('recomputes the histograms and the yearly costs with the unsaved moves', () => {
    const { loads, costPerYear } = editedLoads(detail, { B: 1 });
    const advisers = loads.find((load) => load.resourceId === 'advisers');
    expect(advisers?.periods.filter((period) => period.over).map((period) => period.period)).toEqual([1, 2]);
    expect(detail.analysis.loads[0].periods.some((period) => period.over)).toBe(false);
    // B moved into the first year: the whole 2,400 falls in 2027
    expect(costPerYear[0].years).toEqual([2400, 0]);
    expect(detail.analysis.costPerYear[0].years).toEqual([1200, 1200]);
  });
});
