import { monthLabel } from '../planning/portfolio.ts';

/**
 * Fiscal years. A fiscal year starts on the first day of `startMonth` (1 = January … 12 = December) and is
 * named by the calendar year it starts in: with a July start, fiscal year 2027 runs from 2027-07 to 2028-06.
 * With a January start the fiscal year is the calendar year.
 */

export function isFiscalYearStartMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

function assertStartMonth(startMonth: number) {
  if (!isFiscalYearStartMonth(startMonth))
    throw new RangeError(`fiscal year start month: ${startMonth} is not a month from 1 to 12`);
}

/** The fiscal year of a month ('YYYY-MM') or a date ('YYYY-MM-DD'). */
export function fiscalYearOf(monthOrDate: string, startMonth: number): number {
  assertStartMonth(startMonth);
  const [year, month] = monthOrDate.split('-').map(Number);
  return month >= startMonth ? year : year - 1;
}

/** The twelve months ('YYYY-MM') of a fiscal year, in order. */
export function monthsOfFiscalYear(fiscalYear: number, startMonth: number): string[] {
  assertStartMonth(startMonth);
  const first = `${fiscalYear}-${String(startMonth).padStart(2, '0')}`;
  return Array.from({ length: 12 }, (_, index) => monthLabel(first, index));
}

/** The first day ('YYYY-MM-DD') of a fiscal year: the date its amounts are converted at. */
export function fiscalYearStartDate(fiscalYear: number, startMonth: number): string {
  return `${monthsOfFiscalYear(fiscalYear, startMonth)[0]}-01`;
}

/** Months of the fiscal year still to run from a month on, that month included (12 at the year's start). */
export function monthsLeftInFiscalYear(monthOrDate: string, startMonth: number): number {
  assertStartMonth(startMonth);
  const month = Number(monthOrDate.split('-')[1]);
  return 12 - ((month - startMonth + 12) % 12);
}

/** The fiscal year of plan month `offset` (0 = the plan's first month, `planStartMonth` 'YYYY-MM'). */
export function fiscalYearOfPlanMonth(planStartMonth: string, offset: number, startMonth: number): number {
  return fiscalYearOf(monthLabel(planStartMonth, offset), startMonth);
}
