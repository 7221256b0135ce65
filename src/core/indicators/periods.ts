/**
 * ISO periods as DHIS2 writes them: `2026`, `2026S1`, `2026Q1`, `202603` (or `2026-03`), `2026W10`, and
 * fiscal years named by the calendar year they start in (`2026July` = July 2026 – June 2027). Dates are
 * `YYYY-MM-DD` strings in UTC.
 */

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'April',
  'May',
  'Jun',
  'July',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const FINANCIAL_KEYS = [
  'feb',
  'mar',
  'april',
  'may',
  'jun',
  'july',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
type FinancialKey = (typeof FINANCIAL_KEYS)[number];

export const PERIOD_TYPES = [
  'weekly',
  'monthly',
  'quarterly',
  'six_monthly',
  'yearly',
  ...FINANCIAL_KEYS.map((key) => `financial_${key}` as const),
] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  /** Canonical text: `2026`, `2026S1`, `2026Q1`, `202603`, `2026W10`, `2026July`. */
  id: string;
  type: PeriodType;
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

/** Coarseness, finest first; fiscal years rank as years. */
export function periodTypeRank(type: PeriodType): number {
  if (type.startsWith('financial_')) return 4;
  return ['weekly', 'monthly', 'quarterly', 'six_monthly', 'yearly'].indexOf(type);
}

export function isPeriodType(value: string): value is PeriodType {
  return (PERIOD_TYPES as readonly string[]).includes(value);
}

/** The month (1–12) a fiscal-year type starts in; 1 for calendar years. */
export function fiscalStartMonth(type: PeriodType): number {
  if (!type.startsWith('financial_')) return 1;
  return FINANCIAL_KEYS.indexOf(type.slice('financial_'.length) as FinancialKey) + 2;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Month and day may overflow (day 0 is the last of the month before), as with Date.UTC. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** First day of a month span and the day before the span after it ends. */
function monthSpan(year: number, firstMonth: number, months: number): { start: string; end: string } {
  return { start: isoDate(utc(year, firstMonth, 1)), end: isoDate(utc(year, firstMonth + months, 0)) };
}

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekOneMonday(year: number): Date {
  const january4 = utc(year, 1, 4);
  const weekday = (january4.getUTCDay() + 6) % 7;
  return utc(year, 1, 4 - weekday);
}

function isoWeeksIn(year: number): number {
  const thisYear = isoWeekOneMonday(year).getTime();
  const nextYear = isoWeekOneMonday(year + 1).getTime();
  return Math.round((nextYear - thisYear) / (7 * 86_400_000));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function financialMonth(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => {
    const full = new Date(Date.UTC(2000, MONTH_NAMES.indexOf(month), 1))
      .toLocaleString('en', { month: 'long', timeZone: 'UTC' })
      .toLowerCase();
    return lower === month.toLowerCase() || lower === full || lower === full.slice(0, 3);
  });
  return index >= 1 ? index + 1 : null;
}

/** Years a period may fall in: four digits, and room for a fiscal year or week running into the next. */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9998;

/** The period a text names, in canonical form, or null when it is not one (or outside the years above). */
export function parsePeriod(text: string): Period | null {
  const value = text.trim();
  const year = Number(value.slice(0, 4));
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) return null;
  return parseInRange(value);
}

function parseInRange(value: string): Period | null {
  let match = /^(\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return { id: value, type: 'yearly', ...monthSpan(year, 1, 12) };
  }
  match = /^(\d{4})S([12])$/i.exec(value);
  if (match) {
    const year = Number(match[1]);
    const half = Number(match[2]);
    return { id: `${year}S${half}`, type: 'six_monthly', ...monthSpan(year, half * 6 - 5, 6) };
  }
  match = /^(\d{4})Q([1-4])$/i.exec(value);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    return { id: `${year}Q${quarter}`, type: 'quarterly', ...monthSpan(year, quarter * 3 - 2, 3) };
  }
  match = /^(\d{4})-?(\d{2})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return { id: `${year}${pad(month)}`, type: 'monthly', ...monthSpan(year, month, 1) };
  }
  match = /^(\d{4})-?W(\d{1,2})$/i.exec(value);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    if (week < 1 || week > isoWeeksIn(year)) return null;
    const monday = addDays(isoWeekOneMonday(year), (week - 1) * 7);
    return {
      id: `${year}W${week}`,
      type: 'weekly',
      start: isoDate(monday),
      end: isoDate(addDays(monday, 6)),
    };
  }
  match = /^(\d{4})([A-Za-z]{3,9})$/.exec(value);
  if (match) {
    const month = financialMonth(match[2] ?? '');
    if (month === null) return null;
    const year = Number(match[1]);
    const type = `financial_${FINANCIAL_KEYS[month - 2]}` as PeriodType;
    return { id: `${year}${MONTH_NAMES[month - 1]}`, type, ...monthSpan(year, month, 12) };
  }
  return null;
}

/** The period of a type that holds a date. */
export function periodOfDate(type: PeriodType, date: string): Period {
  const [year, month] = date.split('-').map(Number) as [number, number, number];
  switch (type) {
    case 'yearly':
      return parsePeriod(String(year)) as Period;
    case 'six_monthly':
      return parsePeriod(`${year}S${month <= 6 ? 1 : 2}`) as Period;
    case 'quarterly':
      return parsePeriod(`${year}Q${Math.ceil(month / 3)}`) as Period;
    case 'monthly':
      return parsePeriod(`${year}${pad(month)}`) as Period;
    case 'weekly': {
      const day = new Date(`${date}T00:00:00Z`);
      const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
      const weekYear = thursday.getUTCFullYear();
      const week =
        Math.floor((thursday.getTime() - isoWeekOneMonday(weekYear).getTime()) / (7 * 86_400_000)) + 1;
      return parsePeriod(`${weekYear}W${week}`) as Period;
    }
    default: {
      const startMonth = fiscalStartMonth(type);
      const fiscalYear = month >= startMonth ? year : year - 1;
      return parsePeriod(`${fiscalYear}${MONTH_NAMES[startMonth - 1]}`) as Period;
    }
  }
}

/**
 * Whether data entered for `inner` counts in `outer`. A week counts where its Thursday falls (so
 * `2026W1` is in 2026 although it starts on 29 December 2025); any other period when it lies wholly inside.
 */
export function periodContains(outer: Period, inner: Period): boolean {
  if (inner.type === 'weekly' && outer.type !== 'weekly') {
    const thursday = isoDate(addDays(new Date(`${inner.start}T00:00:00Z`), 3));
    return thursday >= outer.start && thursday <= outer.end;
  }
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The period of a type that holds `inner` (by the same rule as periodContains), or null when none does. */
export function enclosingPeriod(type: PeriodType, inner: Period): Period | null {
  if (periodTypeRank(type) < periodTypeRank(inner.type)) return null;
  if (type === inner.type) return inner;
  const anchor =
    inner.type === 'weekly' ? isoDate(addDays(new Date(`${inner.start}T00:00:00Z`), 3)) : inner.start;
  const outer = periodOfDate(type, anchor);
  return periodContains(outer, inner) ? outer : null;
}

/** Every period of a type from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(type: PeriodType, from: string, to: string): Period[] {
  const periods: Period[] = [];
  let current: Period | null = periodOfDateOrNull(type, from);
  while (current && current.start <= to) {
    periods.push(current);
    current = periodOfDateOrNull(type, isoDate(addDays(new Date(`${current.end}T00:00:00Z`), 1)));
  }
  return periods;
}

/** periodOfDate, or null for a date outside FIRST_YEAR–LAST_YEAR. */
export function periodOfDateOrNull(type: PeriodType, date: string): Period | null {
  // periodOfDate names the period and parses it back, which gives null outside the years
  return (periodOfDate(type, date) as Period | null) ?? null;
}

/** Sorts period ids by start date, then the longer first. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end > b.end ? -1 : 1;
  return 0;
}
