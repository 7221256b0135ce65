import { monthLabel } from '../../../core/planning/portfolio';
import { i18next } from '../../i18n';

function locale(): string {
  return i18next.language || 'en';
}

const toDate = (yearMonth: string) => {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1));
};

/** "Mar 2028" (in the interface language) for the month `offset` months after the plan's start. */
export function formatMonth(startMonth: string, offset: number): string {
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    toDate(monthLabel(startMonth, offset)),
  );
}

/** The month's short name alone ("Mar"), for the Gantt's timeline. */
export function formatMonthName(startMonth: string, offset: number): string {
  return new Intl.DateTimeFormat(locale(), { month: 'short', timeZone: 'UTC' }).format(
    toDate(monthLabel(startMonth, offset)),
  );
}

/** The calendar year of the month `offset` months after the plan's start. */
export function yearOf(startMonth: string, offset: number): number {
  return Number(monthLabel(startMonth, offset).slice(0, 4));
}

/** The calendar month (1–12) of the month `offset` months after the plan's start. */
export function calendarMonthOf(startMonth: string, offset: number): number {
  return Number(monthLabel(startMonth, offset).slice(5, 7));
}

/**
 * The last month of work of something that ends at `finish` (months are counted from the start, and a
 * finish is the month after the last one worked), e.g. "Dec 2031"; null when nothing is scheduled.
 */
export function formatFinish(startMonth: string, finish: number): string | null {
  return finish > 0 ? formatMonth(startMonth, finish - 1) : null;
}

export function formatYear(year: number): string {
  return new Intl.NumberFormat(locale(), { useGrouping: false }).format(year);
}

export function formatAmount(value: number, currency: string | null): string {
  if (currency) {
    try {
      return new Intl.NumberFormat(locale(), {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(value);
    } catch {
      // not an ISO currency code: fall back to the number and the code
    }
  }
  const number = new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);
  return currency ? `${number} ${currency}` : number;
}

/** A plan year (0-based, 12 months from the plan's start): the calendar year when the plan starts in January. */
export function formatPlanYear(startMonth: string, year: number): string {
  const from = year * 12;
  return startMonth.endsWith('-01')
    ? formatYear(yearOf(startMonth, from))
    : `${formatMonth(startMonth, from)} – ${formatMonth(startMonth, from + 11)}`;
}
