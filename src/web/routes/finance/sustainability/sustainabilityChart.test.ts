import { describe, expect, it } from 'vitest';
import { credibilityColor } from '../overview/overviewCharts';
import type { SustainabilityYear } from './sustainabilityApi';
import { sustainabilityOption } from './sustainabilityChart';

const year = (over: Partial<SustainabilityYear>): SustainabilityYear => ({
  fiscalYear: 2027,
  observed: false,
  gdp: 1000,
  revenue: 200,
  expenditure: 250,
  fiscalSpace: 25,
  baselineRecurrent: 20,
  takeOvers: 0,
  reformRecurrent: 12,
  bill: 32,
  donorFinancing: 3,
  gap: 4,
  surplus: 0,
  ...over,
});

const names = {
  baseline: 'B',
  takeOvers: 'T',
  reform: 'R',
  fiscalSpace: 'F',
  donors: 'D',
  gap: 'G',
};

describe('sustainability chart', () => {
  it('stacks the bill beside the resources topped by the gap, which together reach the bill', () => {
    const option = sustainabilityOption(
      [year({}), year({ fiscalYear: 2028, fiscalSpace: null, gap: null })],
      names,
      {
        year: String,
        money: String,
      },
    );
    expect(option.xAxis.data).toEqual(['2027', '2028']);
    expect(option.series.map((s) => [s.name, s.stack, s.data[0]])).toEqual([
      ['B', 'bill', 20],
      ['T', 'bill', 0],
      ['R', 'bill', 12],
      ['F', 'resources', 25],
      ['D', 'resources', 3],
      ['G', 'resources', 4],
    ]);
    // unknown fiscal space stays unknown, not zero
    expect(option.series[3].data[1]).toBeNull();
    expect(option.series[5].data[1]).toBeNull();
  });
});

describe('credibility colour', () => {
  it.each([
    [null, 'gray'],
    [1, 'green'],
    [0.95, 'green'],
    [1.05, 'green'],
    [0.9, 'yellow'],
    [1.15, 'yellow'],
    [0.8, 'red'],
    [1.3, 'red'],
  ])('%s is %s', (ratio, color) => {
    expect(credibilityColor(ratio)).toBe(color);
  });
});
