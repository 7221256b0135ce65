import { type PeriodType, periodOfDate, periodsBetween } from './periods.ts';

/** The most periods a status series shows: ten years of months, about two years of weeks. */
export const MAX_STATUS_PERIODS = 120;

/**
 * The periods of a status series at `frequency`: from the one holding `from` (the baseline's start) to the
 * one holding `asOf`, keeping only the last `max` so an early baseline on a weekly indicator does not
 * compute thousands of periods. The status itself needs only the baseline and target values (stored
 * apart) and the latest actual, which is in the kept tail whenever data is current.
 */
export function statusSeriesPeriods(
  frequency: PeriodType,
  from: string,
  asOf: string,
  max = MAX_STATUS_PERIODS,
): string[] {
  if (from > asOf) return [periodOfDate(frequency, asOf).id];
  return periodsBetween(frequency, from, asOf)
    .slice(-max)
    .map((p) => p.id);
}
