import { describe, expect, it } from 'vitest';
import type { AnalyticsResult } from './analyticsApi';
import { seriesOption } from './chartOptions';
import { intervalSurveys, withErrorBars } from './intervalBars';
import type { PublishedInterval } from './intervalsApi';

const labels = { period: (id: string) => id, target: 'target', baseline: 'baseline' };

const result: AnalyticsResult = {
  rows: [
    { item: 'ind', period: '2025', orgUnit: 'nat', option: 'F', value: 40 },
    { item: 'ind', period: '2026', orgUnit: 'nat', option: 'F', value: 45 },
    { item: 'ind', period: '2026', orgUnit: 'nat', option: 'M', value: 55 },
  ],
  items: [
    {
      key: 'ind',
      id: 'ind',
      code: 'IM_SAFE',
      name: 'Feel safe',
      type: 'indicator',
      direction: 'higher',
      factor: 100,
    },
  ],
  periods: [
    { id: '2025', type: 'yearly', start: '2025-01-01', end: '2025-12-31' },
    { id: '2026', type: 'yearly', start: '2026-01-01', end: '2026-12-31' },
  ],
  orgUnits: [{ id: 'nat', code: 'NAT', name: 'National', level: 1, parentId: null }],
  category: { id: 'sex', code: 'SEX', name: 'Sex' },
  options: [
    { code: 'F', name: 'Women' },
    { code: 'M', name: 'Men' },
  ],
  targets: [],
  dataAsOf: null,
  stale: false,
};

const interval = (
  disaggregation: string,
  ciLow: number,
  ciHigh: number,
  period = '2026',
): PublishedInterval => ({
  period,
  orgUnitId: 'nat',
  disaggregation,
  estimate: (ciLow + ciHigh) / 2,
  se: 1,
  ciLow,
  ciHigh,
  n: 100,
  deff: 1.5,
  surveyId: 's1',
  surveyTitle: 'Perception 2026',
  publishedAt: '2026-06-01T00:00:00.000Z',
});

type Custom = { type: string; id: string; name: string; data: number[][]; itemStyle: { color: string } };

describe('survey error bars on the indicator series', () => {
  it('adds one whisker series per split line, at the periods of its intervals, in the line colour', () => {
    const base = seriesOption(result, labels);
    const option = withErrorBars(
      base,
      result,
      [interval('SEX=F', 41, 49), interval('SEX=M', 50, 60), interval('', 47, 53)],
      '95 % CI',
    );
    const custom = (option.series as Custom[]).filter((s) => s.type === 'custom');
    expect(custom.map((s) => [s.id, s.name, s.data])).toEqual([
      ['ind|nat|F|interval', 'Feel safe (Women): 95 % CI', [[1, 41, 49]]],
      ['ind|nat|M|interval', 'Feel safe (Men): 95 % CI', [[1, 50, 60]]],
    ]);
    expect(custom.map((s) => s.itemStyle.color)).toEqual([base.color[0], base.color[1]]);
  });

  it('shows the interval in the tooltip, and leaves a chart without intervals alone', () => {
    const base = seriesOption(
      {
        ...result,
        category: null,
        options: [],
        rows: [{ item: 'ind', period: '2026', orgUnit: 'nat', value: 50 }],
      },
      labels,
    );
    expect(withErrorBars(base, result, [], 'CI')).toBe(base);
    const option = withErrorBars(
      base,
      { ...result, category: null, options: [] },
      [interval('', 47.04, 52.96)],
      'CI',
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const text = formatter([
      { seriesId: 'ind|nat|', seriesName: 'Feel safe', marker: '', value: 50, axisValueLabel: '2026' },
      { seriesId: 'ind|nat||interval', seriesName: 'Feel safe: CI', marker: '', value: [1, 47.04, 52.96] },
    ]);
    expect(text).toBe(
      `2026<br/>Feel safe: 50<br/>Feel safe: CI: ${(47).toLocaleString()} – ${(53).toLocaleString()}`,
    );
    expect(intervalSurveys([interval('', 1, 2), interval('SEX=F', 1, 2)])).toEqual(['Perception 2026']);
  });
});
