import { parsePeriod } from './periods.ts';
import type { Direction, IndicatorStatus } from './types.ts';

/**
 * Progress and status of an indicator against its baseline and target. The expected value grows linearly
 * from the baseline (at the end of its period) to the target (at the end of its period); the actual value
 * is judged by the share of the expected progress it reached.
 */

export interface PeriodValue {
  period: string;
  value: number;
}

export interface StatusInput {
  direction: Direction;
  baseline: PeriodValue | null;
  target: PeriodValue | null;
  actual: PeriodValue | null;
  /** `YYYY-MM-DD`: an actual whose period starts later does not count. */
  asOf: string;
  /** Minimum progress ratio (progress / time elapsed) for on track, e.g. 0.9. */
  onTrackFrom: number;
  /** Minimum progress ratio for at risk, e.g. 0.6; below it the indicator is off track. */
  atRiskFrom: number;
}

export interface StatusResult {
  status: IndicatorStatus;
  /** Share of the way from baseline to target: (actual − baseline) / (target − baseline). */
  progress: number | null;
  /** The value expected by the end of the actual's period on a straight line from baseline to target. */
  expected: number | null;
  reason?: 'no_actual' | 'no_target' | 'no_baseline';
}

const DAY = 86_400_000;

function endDay(period: string): number {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`unknown period ${period}`);
  return Date.parse(`${parsed.end}T00:00:00Z`) / DAY;
}

function startDate(period: string): string | null {
  return parsePeriod(period)?.start ?? null;
}

/** The share of the time from baseline to target elapsed at the end of the actual's period, in [0, 1]. */
export function elapsedFraction(baseline: string, target: string, actual: string): number {
  const from = endDay(baseline);
  const span = endDay(target) - from;
  const elapsed = endDay(actual) - from;
  if (span <= 0) return elapsed >= span ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / span));
}

export function indicatorStatus(input: StatusInput): StatusResult {
  const { actual, baseline, target } = input;
  const actualStart = actual ? startDate(actual.period) : null;
  if (!actual || actualStart === null || actualStart > input.asOf)
    return { status: 'no_data', progress: null, expected: null, reason: 'no_actual' };
  if (!target) return { status: 'no_data', progress: null, expected: null, reason: 'no_target' };
  if (!baseline) return { status: 'no_data', progress: null, expected: null, reason: 'no_baseline' };
  const fraction = elapsedFraction(baseline.period, target.period, actual.period);
  const change = target.value - baseline.value;
  const expected = baseline.value + fraction * change;
  if (change === 0) {
    const good = input.direction === 'higher' ? actual.value >= target.value : actual.value <= target.value;
    return { status: good ? 'on_track' : 'off_track', progress: null, expected };
  }
  const progress = (actual.value - baseline.value) / change;
  if (fraction === 0) return { status: progress >= 0 ? 'on_track' : 'at_risk', progress, expected };
  // A hair of tolerance, so that a ratio of exactly a threshold is not lost to rounding.
  const ratio = progress / fraction + 1e-9;
  const status =
    ratio >= input.onTrackFrom ? 'on_track' : ratio >= input.atRiskFrom ? 'at_risk' : 'off_track';
  return { status, progress, expected };
}

/** The latest non-null value whose period started on or before `asOf` (latest = greatest start). */
export function latestActual<T extends { period: string; value: number | null }>(
  series: readonly T[],
  asOf: string,
): PeriodValue | null {
  let best: { period: string; value: number; start: string; end: string } | null = null;
  for (const point of series) {
    if (point.value === null) continue;
    const period = parsePeriod(point.period);
    if (!period || period.start > asOf) continue;
    const later =
      !best || period.start > best.start || (period.start === best.start && period.end < best.end);
    if (later) best = { period: period.id, value: point.value, start: period.start, end: period.end };
  }
  return best ? { period: best.period, value: best.value } : null;
}
