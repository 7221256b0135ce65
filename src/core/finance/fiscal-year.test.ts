import { describe, expect, it } from 'vitest';
import {
  fiscalYearOf,
  fiscalYearOfPlanMonth,
  fiscalYearStartDate,
  monthsLeftInFiscalYear,
  monthsOfFiscalYear,
} from './fiscal-year.ts';

describe('fiscal years', () => {
  it.each([
    // month or date, start month, fiscal year, months left in it
    ['2027-01', 1, 2027, 12],
    ['2027-12-31', 1, 2027, 1],
    ['2027-06', 7, 2026, 1],
    ['2027-07-01', 7, 2027, 12],
    ['2028-03', 7, 2027, 4],
    ['2027-03', 4, 2026, 1],
    ['2027-04', 4, 2027, 12],
    ['2027-11', 12, 2026, 1],
    ['2027-12', 12, 2027, 12],
  ])('%s with a start in month %i is in fiscal year %i with %i months left', (when, start, year, left) => {
    expect(fiscalYearOf(when, start)).toBe(year);
    expect(monthsLeftInFiscalYear(when, start)).toBe(left);
  });

  it('lists the months of a fiscal year that starts in July', () => {
    expect(monthsOfFiscalYear(2027, 7)).toEqual([
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
      '2028-03',
      '2028-04',
      '2028-05',
      '2028-06',
    ]);
    expect(fiscalYearStartDate(2027, 7)).toBe('2027-07-01');
    expect(fiscalYearStartDate(2027, 1)).toBe('2027-01-01');
  });

  it.each([
    ['2026-10', 0, 1, 2026],
    ['2026-10', 3, 1, 2027],
    ['2026-10', 8, 7, 2026],
    ['2026-10', 9, 7, 2027],
    ['2026-10', 33, 7, 2029],
  ])('plan from %s, month %i, start %i: fiscal year %i', (planStart, offset, start, year) => {
    expect(fiscalYearOfPlanMonth(planStart, offset, start)).toBe(year);
  });

  it('refuses a start month outside 1–12', () => {
    expect(() => fiscalYearOf('2027-01', 0)).toThrow(RangeError);
    expect(() => monthsOfFiscalYear(2027, 13)).toThrow(RangeError);
  });
});
