import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  enclosingPeriod,
  type Period,
  type PeriodType,
  parsePeriod,
  periodContains,
  periodOfDate,
  periodOfDateOrNull,
  periodsBetween,
} from './periods.ts';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`bad period ${text}`);
  return parsed;
}

describe('parsePeriod', () => {
  it.each<[string, Period | null]>([
    ['2026', { id: '2026', type: 'yearly', start: '2026-01-01', end: '2026-12-31' }],
    ['2026S2', { id: '2026S2', type: 'six_monthly', start: '2026-07-01', end: '2026-12-31' }],
    ['2026q1', { id: '2026Q1', type: 'quarterly', start: '2026-01-01', end: '2026-03-31' }],
    ['2024Q1', { id: '2024Q1', type: 'quarterly', start: '2024-01-01', end: '2024-03-31' }],
    ['202402', { id: '202402', type: 'monthly', start: '2024-02-01', end: '2024-02-29' }],
    ['2026-03', { id: '202603', type: 'monthly', start: '2026-03-01', end: '2026-03-31' }],
    [' 202612 ', { id: '202612', type: 'monthly', start: '2026-12-01', end: '2026-12-31' }],
    // ISO week 1 of 2026 starts on Monday 29 December 2025; 2026 has 53 weeks.
    ['2026W1', { id: '2026W1', type: 'weekly', start: '2025-12-29', end: '2026-01-04' }],
    ['2026W01', { id: '2026W1', type: 'weekly', start: '2025-12-29', end: '2026-01-04' }],
    ['2026-W10', { id: '2026W10', type: 'weekly', start: '2026-03-02', end: '2026-03-08' }],
    ['2026W53', { id: '2026W53', type: 'weekly', start: '2026-12-28', end: '2027-01-03' }],
    ['2021W1', { id: '2021W1', type: 'weekly', start: '2021-01-04', end: '2021-01-10' }],
    ['2026July', { id: '2026July', type: 'financial_july', start: '2026-07-01', end: '2027-06-30' }],
    ['2026april', { id: '2026April', type: 'financial_april', start: '2026-04-01', end: '2027-03-31' }],
    ['2025Oct', { id: '2025Oct', type: 'financial_oct', start: '2025-10-01', end: '2026-09-30' }],
    ['2025November', { id: '2025Nov', type: 'financial_nov', start: '2025-11-01', end: '2026-10-31' }],
    ['2026Feb', { id: '2026Feb', type: 'financial_feb', start: '2026-02-01', end: '2027-01-31' }],
    ['2026Jan', null],
    ['2026W54', null],
    ['2025W53', null],
    ['2026W0', null],
    ['202613', null],
    ['202600', null],
    ['2026Q5', null],
    ['2026S3', null],
    ['26', null],
    ['', null],
    ['2026Julyy', null],
    ['2026BiW1', null],
  ])('%j → %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe('periodContains', () => {
  it.each<[string, string, boolean]>([
    ['2026', '2026Q1', true],
    ['2026', '202612', true],
    ['2026Q1', '202604', false],
    ['2026S1', '2026Q2', true],
    ['2026S1', '2026Q3', false],
    ['2026', '2026', true],
    ['2026Q1', '2026', false],
    // Weeks count where their Thursday falls.
    ['2026', '2026W1', true],
    ['2025', '2026W1', false],
    ['2026', '2026W53', true],
    ['2027', '2026W53', false],
    ['202601', '2026W1', true],
    ['2026Q1', '2026W1', true],
    ['2026W1', '2026W1', true],
    ['2025', '2025W1', true],
    ['2025July', '202606', true],
    ['2025July', '202506', false],
    ['2025July', '202607', false],
    ['2025July', '2026Q2', true],
    ['2025July', '2025Q3', true],
    ['2025July', '2026', false],
    ['2026', '2026July', false],
  ])('%s holds %s: %s', (outer, inner, expected) => {
    expect(periodContains(period(outer), period(inner))).toBe(expected);
  });
});

describe('periodOfDate', () => {
  it.each<[PeriodType, string, string]>([
    ['yearly', '2026-05-17', '2026'],
    ['six_monthly', '2026-07-01', '2026S2'],
    ['quarterly', '2026-06-30', '2026Q2'],
    ['monthly', '2026-02-28', '202602'],
    ['weekly', '2025-12-29', '2026W1'],
    ['weekly', '2027-01-03', '2026W53'],
    ['weekly', '2021-01-03', '2020W53'],
    ['financial_july', '2026-06-30', '2025July'],
    ['financial_july', '2026-07-01', '2026July'],
    ['financial_oct', '2026-01-15', '2025Oct'],
  ])('%s period of %s is %s', (type, date, expected) => {
    expect(periodOfDate(type, date).id).toBe(expected);
  });
});

describe('enclosingPeriod', () => {
  it.each<[PeriodType, string, string | null]>([
    ['yearly', '202603', '2026'],
    ['quarterly', '202603', '2026Q1'],
    ['yearly', '2026W1', '2026'],
    ['monthly', '2026W1', '202601'],
    ['yearly', '2020W53', '2020'],
    ['monthly', '2026Q1', null],
    ['financial_july', '202606', '2025July'],
    ['financial_july', '2026', null],
    ['yearly', '2026July', null],
    ['quarterly', '2026Q3', '2026Q3'],
  ])('%s around %s is %s', (type, inner, expected) => {
    expect(enclosingPeriod(type, period(inner))?.id ?? null).toBe(expected);
  });
});

describe('periodsBetween', () => {
  it('lists every period of a type from one date to another', () => {
    expect(periodsBetween('quarterly', '2025-11-15', '2026-04-01').map((p) => p.id)).toEqual([
      '2025Q4',
      '2026Q1',
      '2026Q2',
    ]);
    expect(periodsBetween('weekly', '2025-12-25', '2026-01-05').map((p) => p.id)).toEqual([
      '2025W52',
      '2026W1',
      '2026W2',
    ]);
    expect(periodsBetween('financial_april', '2025-01-01', '2026-05-01').map((p) => p.id)).toEqual([
      '2024April',
      '2025April',
      '2026April',
    ]);
  });
});

describe('comparePeriods', () => {
  it('sorts by start, the longer first', () => {
    const sorted = ['202602', '2026Q1', '2025', '2026', '202601', '2025W52'].map(period).sort(comparePeriods);
    expect(sorted.map((p) => p.id)).toEqual(['2025', '2025W52', '2026', '2026Q1', '202601', '202602']);
  });
});

describe('years outside 1000–9998', () => {
  it.each(['0999', '0050', '9999', '0999Q1', '099912', '9999July'])('%s is not a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('a range reaching past the last year stops at it instead of failing', () => {
    const years = periodsBetween('yearly', '9997-01-01', '9999-12-31').map((period) => period.id);
    expect(years).toEqual(['9997', '9998']);
  });

  it('a date outside the years has no period', () => {
    expect(periodOfDateOrNull('yearly', '9999-06-01')).toBeNull();
    expect(periodOfDateOrNull('financial_july', '1000-03-01')).toBeNull();
    expect(periodOfDateOrNull('monthly', '2026-03-15')?.id).toBe('202603');
  });
});
