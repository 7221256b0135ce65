import { describe, expect, it } from 'vitest';
import { builderQuery, initialBuilderState } from '../analytics/builderState';
import type { AnalyticsResult } from './analyticsApi';
import { disaggregationOption, rankedOption, seriesOption } from './chartOptions';

const labels = { period: (id: string) => `P${id}`, target: 'target', baseline: 'baseline' };

const result: AnalyticsResult = {
  rows: [
    { item: 'i1', period: '2025', orgUnit: 'r1', value: 10 },
    { item: 'i1', period: '2026', orgUnit: 'r1', value: 20 },
    { item: 'i1', period: '2026', orgUnit: 'r2', value: 30 },
  ],
  items: [
    { key: 'i1', id: 'i1', code: 'I1', name: 'Trust', type: 'indicator', direction: 'higher', factor: 100 },
  ],
  periods: [
    { id: '2025', type: 'yearly', start: '2025-01-01', end: '2025-12-31' },
    { id: '2026', type: 'yearly', start: '2026-01-01', end: '2026-12-31' },
  ],
  orgUnits: [
    { id: 'r1', code: 'R1', name: 'North', level: 2, parentId: 'n' },
    { id: 'r2', code: 'R2', name: 'South', level: 2, parentId: 'n' },
  ],
  category: null,
  options: [],
  targets: [
    { item: 'i1', kind: 'target', period: '2026', orgUnit: 'r1', disaggregation: '', value: 25 },
    { item: 'i1', kind: 'baseline', period: '2024', orgUnit: 'r1', disaggregation: '', value: 5 },
  ],
  dataAsOf: null,
  stale: false,
};

describe('chart options', () => {
  it('draws a line per item and org unit, with the target where its period is and the baseline across', () => {
    const option = seriesOption(result, labels) as unknown as {
      xAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
    };
    expect(option.xAxis.data).toEqual(['P2025', 'P2026']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Trust · North', [10, 20]],
      ['Trust · North: target', [null, 25]],
      ['Trust · North: baseline', [5, 5]],
      ['Trust · South', [null, 30]],
    ]);
  });

  it('ranks org units by the last period with data', () => {
    const option = rankedOption(result, labels) as unknown as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['North', 'South']);
    expect(option.series[0]?.data).toEqual([20, 30]);
  });

  it('puts one bar per option side by side for each org unit, never stacked (rates do not add up)', () => {
    const split: AnalyticsResult = {
      ...result,
      rows: [
        { item: 'i1', period: '2026', orgUnit: 'r1', option: 'F', value: 2 },
        { item: 'i1', period: '2026', orgUnit: 'r1', option: 'M', value: 8 },
      ],
      options: [
        { code: 'F', name: 'Women' },
        { code: 'M', name: 'Men' },
      ],
    };
    const option = disaggregationOption(split) as unknown as {
      xAxis: { data: string[] };
      series: { name: string; data: (number | null)[]; stack?: string }[];
    };
    expect(option.series.every((s) => s.stack === undefined)).toBe(true);
    expect(option.xAxis.data).toEqual(['North']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Women', [2]],
      ['Men', [8]],
    ]);
  });
});

describe('builder query', () => {
  it('is null until something is chosen and the periods read', () => {
    const state = initialBuilderState(2);
    expect(builderQuery(state)).toBeNull();
    expect(builderQuery({ ...state, items: ['indicator:a'], from: '2026Q5' })).toBeNull();
  });

  it('turns the choices into the API query', () => {
    const state = {
      ...initialBuilderState(2),
      items: ['indicator:a', 'dataElement:b'],
      from: '2024',
      to: '2026',
    };
    expect(builderQuery({ ...state, categoryId: 'sex', type: 'pivot' })).toEqual({
      items: [
        { type: 'indicator', id: 'a' },
        { type: 'dataElement', id: 'b' },
      ],
      periods: { type: 'yearly', from: '2024', to: '2026' },
      orgUnits: { level: 2 },
      disaggregation: { categoryId: 'sex' },
      targets: true,
      layout: { rows: ['orgUnit', 'item'], columns: ['period'] },
    });
  });
});
