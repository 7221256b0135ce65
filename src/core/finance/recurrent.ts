import { activityDuration } from '../planning/model.ts';
import { monthLabel } from '../planning/portfolio.ts';
import { progressOf, statusMonthOf } from '../planning/status.ts';
import type { PlanData, PlanItemData } from '../planning/types.ts';
import type { Converter } from './conversion.ts';
import { fiscalYearOf, fiscalYearStartDate, monthsLeftInFiscalYear } from './fiscal-year.ts';

/** The recurrent cost an activity leaves behind, as stored on the plan item. */
export interface RecurrentFields {
  /** Per year, in `recurrentCurrency`. */
  recurrentCost: number | null;
  recurrentCurrency: string | null;
  /** Plan month the cost starts; null: the month after the activity finishes. */
  recurrentFromMonth: number | null;
}

export type RecurrentItem = PlanItemData & RecurrentFields;

export interface RecurrentStart {
  itemId: string;
  /** 'YYYY-MM' of the first month that costs. */
  fromMonth: string;
  firstFiscalYear: number;
  /** Months paid in the first fiscal year (1–12). */
  firstYearMonths: number;
  annualCost: number;
  currency: string;
}

/**
 * When each activity's recurrent cost begins: at `recurrentFromMonth` when set, otherwise the month after
 * the activity ends — its actual finish when it is finished on the plan's status date, else its scheduled
 * start plus duration (for work under way, its actual start plus the months it still needs). Activities
 * without a recurrent cost and currency, or neither scheduled nor given a start month, are left out.
 */
export function recurrentStarts(
  plan: Pick<PlanData, 'startMonth' | 'statusDate'>,
  items: readonly RecurrentItem[],
  fiscalYearStartMonth: number,
): RecurrentStart[] {
  const statusMonth = statusMonthOf(plan);
  const starts: RecurrentStart[] = [];
  for (const item of items) {
    if (item.kind !== 'activity' || !item.recurrentCost || item.recurrentCost <= 0) continue;
    if (!item.recurrentCurrency) continue;
    let offset = item.recurrentFromMonth;
    if (offset === null) {
      const progress = progressOf(item, plan.startMonth, statusMonth);
      if (progress.state !== 'not_started') offset = progress.start + progress.duration;
      else if (item.startMonth !== null) offset = item.startMonth + activityDuration(item);
      else continue;
    }
    const fromMonth = monthLabel(plan.startMonth, offset);
    starts.push({
      itemId: item.id,
      fromMonth,
      firstFiscalYear: fiscalYearOf(fromMonth, fiscalYearStartMonth),
      firstYearMonths: monthsLeftInFiscalYear(fromMonth, fiscalYearStartMonth),
      annualCost: item.recurrentCost,
      currency: item.recurrentCurrency,
    });
  }
  return starts;
}

/**
 * The reform's recurrent bill per fiscal year in the converter's currency: prorated by months in the
 * first fiscal year, the full yearly cost after, converted at each year's first-day rate. An item whose
 * currency has no rate is left out (the converter lists the currency as missing).
 */
export function recurrentCostByYear(
  starts: readonly RecurrentStart[],
  fiscalYears: readonly number[],
  fiscalYearStartMonth: number,
  converter: Converter,
): Map<number, number> {
  const byYear = new Map<number, number>(fiscalYears.map((year) => [year, 0]));
  for (const year of fiscalYears) {
    const date = fiscalYearStartDate(year, fiscalYearStartMonth);
    for (const start of starts) {
      if (year < start.firstFiscalYear) continue;
      const share = year === start.firstFiscalYear ? start.firstYearMonths / 12 : 1;
      const amount = converter.convert(start.annualCost * share, start.currency, date);
      if (amount !== null) byYear.set(year, (byYear.get(year) ?? 0) + amount);
    }
  }
  return byYear;
}
