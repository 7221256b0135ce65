import { describe, expect, it } from 'vitest';
import type { PlanData, PlanItemData } from '../planning/types.ts';
import { Converter } from './conversion.ts';
import { RateTable } from './currency.ts';
import { reformCostsByFiscalYear } from './reform-costs.ts';

const activity: PlanItemData = {
  id: 'build',
  parentId: null,
  kind: 'activity',
  code: 'A1',
  name: 'Build',
  phase: 'main',
  quickImpact: false,
  duration: 6,
  releaseMonth: null,
  deadlineMonth: null,
  weight: 1,
  startMonth: 3,
  baselineStart: null,
  baselineFinish: null,
  status: 'not_started',
  percentComplete: 0,
  actualStart: null,
  actualFinish: null,
  demands: { fund: 60, staff: 2, nocurrency: 10 },
};
const resource = (over: Partial<PlanData['resources'][number]> & { id: string }) => ({
  name: over.id,
  kind: 'budget' as const,
  unit: 'USD',
  currency: 'EUR',
  limitKind: 'total' as const,
  capacityPeriod: 'year' as const,
  capacities: [120, 60],
  ...over,
});
const plan: PlanData = {
  startMonth: '2026-01',
  horizonMonths: 24,
  items: [activity],
  dependencies: [],
  resources: [
    resource({ id: 'fund' }),
    resource({
      id: 'staff',
      kind: 'institution_staff',
      currency: null,
      limitKind: 'concurrent',
      capacities: [5],
    }),
    resource({ id: 'nocurrency', currency: null }),
  ],
};

describe('one-off reform cost against envelopes', () => {
  it('sums the plan budget demands and envelopes into fiscal years that start in July', () => {
    const converter = new Converter(
      new RateTable([{ fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-01-01', rate: 2 }]),
      'USD',
    );
    // 60 EUR over 2026-04 … 2026-09 is 10 a month; the envelope is 120 a year, then 60 (10, then 5 a month).
    expect(reformCostsByFiscalYear(plan, 7, converter)).toEqual({
      years: [
        { fiscalYear: 2025, cost: 60, envelope: 120 },
        { fiscalYear: 2026, cost: 60, envelope: 180 },
        { fiscalYear: 2027, cost: 0, envelope: 60 },
      ],
      unpricedResourceIds: ['nocurrency'],
    });
  });

  it('leaves out a budget whose currency has no rate', () => {
    const converter = new Converter(new RateTable([]), 'USD');
    expect(reformCostsByFiscalYear(plan, 1, converter)).toEqual({
      years: [],
      unpricedResourceIds: ['fund', 'nocurrency'],
    });
  });
});
