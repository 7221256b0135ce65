import { describe, expect, it } from 'vitest';
import { MAX_STATUS_PERIODS, statusSeriesPeriods } from './status-periods.ts';

describe('statusSeriesPeriods', () => {
  it('runs from the baseline period to the period of asOf', () => {
    expect(statusSeriesPeriods('quarterly', '2025-04-01', '2026-02-10')).toEqual([
      '2025Q2',
      '2025Q3',
      '2025Q4',
      '2026Q1',
    ]);
  });

  it('gives the period of asOf alone when the baseline starts later', () => {
    expect(statusSeriesPeriods('monthly', '2027-01-01', '2026-05-15')).toEqual(['202605']);
  });

  it('keeps only the last periods before asOf for a weekly indicator with an early baseline', () => {
    const periods = statusSeriesPeriods('weekly', '2000-01-01', '2026-03-12');
    expect(periods).toHaveLength(MAX_STATUS_PERIODS);
    expect(periods.at(-1)).toBe('2026W11');
    expect(periods[0]).toBe('2023W48');
  });

  it('takes a smaller cap', () => {
    expect(statusSeriesPeriods('yearly', '2000-01-01', '2026-06-30', 3)).toEqual(['2024', '2025', '2026']);
  });
});
