import { describe, expect, it } from 'vitest';
import { computeIndicators, IndicatorComputeError, indicatorRatio } from './compute.ts';
import type { DataValue } from './types.ts';

const orgUnits = [
  { id: 'N', parent: null },
  { id: 'R1', parent: 'N' },
  { id: 'R2', parent: 'N' },
];
const dataElements = [
  { id: 'women', aggregation: 'sum' as const },
  { id: 'staff', aggregation: 'last' as const },
];
const values: DataValue[] = [
  { dataElement: 'women', period: '2026Q1', orgUnit: 'R1', categoryOptionCombo: 'default', value: 10 },
  { dataElement: 'staff', period: '2026Q1', orgUnit: 'R1', categoryOptionCombo: 'default', value: 40 },
  { dataElement: 'women', period: '2025Q4', orgUnit: 'R1', categoryOptionCombo: 'default', value: 5 },
  { dataElement: 'staff', period: '2025Q4', orgUnit: 'R1', categoryOptionCombo: 'default', value: 0 },
];
const share = { code: 'SHARE', numerator: '#{women}', denominator: '#{staff}', factor: 100 };
const count = { code: 'COUNT', numerator: '#{women} + 1', denominator: '1', factor: 1 };

describe('computeIndicators', () => {
  it('gives a row per indicator, period present and org unit with data', () => {
    expect(computeIndicators({ orgUnits, dataElements, indicators: [share, count], values })).toEqual([
      { indicator: 'SHARE', period: '2025Q4', orgUnit: 'N', numerator: 5, denominator: 0, value: null },
      { indicator: 'SHARE', period: '2025Q4', orgUnit: 'R1', numerator: 5, denominator: 0, value: null },
      { indicator: 'SHARE', period: '2026Q1', orgUnit: 'N', numerator: 10, denominator: 40, value: 25 },
      { indicator: 'SHARE', period: '2026Q1', orgUnit: 'R1', numerator: 10, denominator: 40, value: 25 },
      { indicator: 'COUNT', period: '2025Q4', orgUnit: 'N', numerator: 6, denominator: 1, value: 6 },
      { indicator: 'COUNT', period: '2025Q4', orgUnit: 'R1', numerator: 6, denominator: 1, value: 6 },
      { indicator: 'COUNT', period: '2026Q1', orgUnit: 'N', numerator: 11, denominator: 1, value: 11 },
      { indicator: 'COUNT', period: '2026Q1', orgUnit: 'R1', numerator: 11, denominator: 1, value: 11 },
    ]);
  });

  it('uses the requested periods and org units, missing data giving null', () => {
    const rows = computeIndicators({
      orgUnits,
      dataElements,
      indicators: [share],
      values,
      periods: ['2026-02', '2026'],
      orgUnitIds: ['R2', 'N'],
    });
    expect(rows).toEqual([
      {
        indicator: 'SHARE',
        period: '202602',
        orgUnit: 'R2',
        numerator: null,
        denominator: null,
        value: null,
      },
      { indicator: 'SHARE', period: '202602', orgUnit: 'N', numerator: null, denominator: null, value: null },
      { indicator: 'SHARE', period: '2026', orgUnit: 'R2', numerator: null, denominator: null, value: null },
      { indicator: 'SHARE', period: '2026', orgUnit: 'N', numerator: 10, denominator: 40, value: 25 },
    ]);
  });

  it.each<[string, Partial<Parameters<typeof computeIndicators>[0]>, string]>([
    ['an unknown period', { periods: ['2026Q9'] }, 'unknown period 2026Q9'],
    ['an unknown org unit', { orgUnitIds: ['R9'] }, 'unknown org unit R9'],
    [
      'an unknown data element',
      { indicators: [{ ...share, denominator: '#{nobody}' }] },
      'indicator SHARE denominator: unknown data element nobody',
    ],
    [
      'a bad expression',
      { indicators: [{ ...share, numerator: '#{women} +' }] },
      'indicator SHARE numerator: unexpected end of expression',
    ],
  ])('rejects %s', (_, change, message) => {
    expect(() =>
      computeIndicators({ orgUnits, dataElements, indicators: [share], values, ...change }),
    ).toThrow(new IndicatorComputeError(message));
  });
});

describe('indicatorRatio', () => {
  it.each<[number | null, number | null, number, number | null]>([
    [1, 4, 100, 25],
    [1, 3, 1, 1 / 3],
    [0, 5, 100, 0],
    [5, 0, 100, null],
    [null, 5, 1, null],
    [5, null, 1, null],
    [-2, 4, 1000, -500],
  ])('%s / %s × %s = %s', (numerator, denominator, factor, expected) => {
    expect(indicatorRatio(numerator, denominator, factor)).toBe(expected);
  });
});
