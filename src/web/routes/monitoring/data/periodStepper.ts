import { type Period, type PeriodType, periodOfDate } from '../../../../core/indicators/periods';

/** Period navigation for the entry form: the period before or after one, of the same type. */

function dayAfter(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

export function stepPeriod(period: Period, step: -1 | 1): Period {
  return periodOfDate(period.type, step < 0 ? dayAfter(period.start, -1) : dayAfter(period.end, 1));
}

/** The period of a type holding a date (today by default). */
export function currentPeriod(type: PeriodType, today = new Date().toISOString().slice(0, 10)): Period {
  return periodOfDate(type, today);
}
