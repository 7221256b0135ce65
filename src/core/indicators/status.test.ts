import { describe, expect, it } from 'vitest';
import { elapsedFraction, indicatorStatus, latestActual, type StatusInput } from './status.ts';

const base: StatusInput = {
  direction: 'higher',
  baseline: { period: '2024', value: 10 },
  target: { period: '2028', value: 50 },
  actual: { period: '2026', value: 30 },
  asOf: '2026-12-31',
  onTrackFrom: 0.9,
  atRiskFrom: 0.6,
};

describe('elapsedFraction', () => {
  it.each<[string, string, string, number]>([
    ['2024', '2028', '2026', (365 + 365) / (365 + 365 + 365 + 366)],
    ['2024', '2028', '2024', 0],
    ['2024', '2028', '2023', 0],
    ['2024', '2028', '2030', 1],
    ['2026Q1', '2026Q3', '2026Q2', 91 / 183],
    ['2026', '2026', '2026', 1],
    ['2026', '2026', '2025', 0],
  ])('baseline %s, target %s, actual %s → %s', (baseline, target, actual, expected) => {
    expect(elapsedFraction(baseline, target, actual)).toBeCloseTo(expected, 12);
  });
});

describe('indicatorStatus', () => {
  const fraction = elapsedFraction('2024', '2028', '2026');
  it.each<[string, Partial<StatusInput>, ReturnType<typeof indicatorStatus>]>([
    [
      'no actual',
      { actual: null },
      { status: 'no_data', progress: null, expected: null, reason: 'no_actual' },
    ],
    [
      'an actual after the status date',
      { asOf: '2025-12-31' },
      { status: 'no_data', progress: null, expected: null, reason: 'no_actual' },
    ],
    [
      'no target',
      { target: null },
      { status: 'no_data', progress: null, expected: null, reason: 'no_target' },
    ],
    [
      'no baseline',
      { baseline: null },
      { status: 'no_data', progress: null, expected: null, reason: 'no_baseline' },
    ],
    [
      'progress ahead of time',
      { actual: { period: '2026', value: 40 } },
      { status: 'on_track', progress: 0.75, expected: 10 + fraction * 40 },
    ],
    [
      'progress at 0.9 of the time elapsed',
      { actual: { period: '2026', value: 10 + 0.9 * fraction * 40 } },
      { status: 'on_track', progress: 0.9 * fraction, expected: 10 + fraction * 40 },
    ],
    [
      'progress at 0.7 of the time elapsed',
      { actual: { period: '2026', value: 10 + 0.7 * fraction * 40 } },
      { status: 'at_risk', progress: 0.7 * fraction, expected: 10 + fraction * 40 },
    ],
    [
      'progress below 0.6 of the time elapsed',
      { actual: { period: '2026', value: 15 } },
      { status: 'off_track', progress: 0.125, expected: 10 + fraction * 40 },
    ],
    [
      'going backwards',
      { actual: { period: '2026', value: 5 } },
      { status: 'off_track', progress: -0.125, expected: 10 + fraction * 40 },
    ],
    [
      'lower is better, on track',
      {
        direction: 'lower',
        baseline: { period: '2024', value: 50 },
        target: { period: '2028', value: 10 },
        actual: { period: '2026', value: 20 },
      },
      { status: 'on_track', progress: 0.75, expected: 50 - fraction * 40 },
    ],
    [
      'lower is better, rising instead',
      {
        direction: 'lower',
        baseline: { period: '2024', value: 50 },
        target: { period: '2028', value: 10 },
        actual: { period: '2026', value: 55 },
      },
      { status: 'off_track', progress: -0.125, expected: 50 - fraction * 40 },
    ],
    [
      'no time elapsed, no loss',
      { actual: { period: '2024', value: 10 } },
      { status: 'on_track', progress: 0, expected: 10 },
    ],
    [
      'no time elapsed, a loss',
      { actual: { period: '2024', value: 8 } },
      { status: 'at_risk', progress: -0.05, expected: 10 },
    ],
    [
      'past the target date, short of it',
      { actual: { period: '2029', value: 40 }, asOf: '2029-06-30' },
      { status: 'at_risk', progress: 0.75, expected: 50 },
    ],
    [
      'target equal to baseline, held (higher)',
      { target: { period: '2028', value: 10 }, actual: { period: '2026', value: 12 } },
      { status: 'on_track', progress: null, expected: 10 },
    ],
    [
      'target equal to baseline, lost (higher)',
      { target: { period: '2028', value: 10 }, actual: { period: '2026', value: 9 } },
      { status: 'off_track', progress: null, expected: 10 },
    ],
    [
      'target equal to baseline, held (lower)',
      { direction: 'lower', target: { period: '2028', value: 10 }, actual: { period: '2026', value: 9 } },
      { status: 'on_track', progress: null, expected: 10 },
    ],
    [
      'target equal to baseline, lost (lower)',
      { direction: 'lower', target: { period: '2028', value: 10 }, actual: { period: '2026', value: 11 } },
      { status: 'off_track', progress: null, expected: 10 },
    ],
  ])('%s', (_, change, expected) => {
    const result = indicatorStatus({ ...base, ...change });
    expect(result.status).toBe(expected.status);
    expect(result.reason).toBe(expected.reason);
    for (const key of ['progress', 'expected'] as const) {
      if (expected[key] === null) expect(result[key]).toBeNull();
      else expect(result[key]).toBeCloseTo(expected[key] as number, 12);
    }
  });

  it('uses the per-indicator thresholds', () => {
    const actual = { period: '2026', value: 10 + 0.7 * fraction * 40 };
    expect(indicatorStatus({ ...base, actual, onTrackFrom: 0.7, atRiskFrom: 0.5 }).status).toBe('on_track');
    expect(indicatorStatus({ ...base, actual, onTrackFrom: 0.95, atRiskFrom: 0.8 }).status).toBe('off_track');
  });
});

describe('latestActual', () => {
  const series = [
    { period: '2025', value: 1 },
    { period: '2026Q1', value: 2 },
    { period: '2026Q2', value: null },
    { period: '202601', value: 3 },
    { period: '2027', value: 4 },
  ];
  it.each<[string, { period: string; value: number } | null]>([
    ['2024-12-31', null],
    ['2025-06-30', { period: '2025', value: 1 }],
    ['2026-05-15', { period: '202601', value: 3 }],
    ['2026-12-31', { period: '202601', value: 3 }],
    ['2027-01-01', { period: '2027', value: 4 }],
  ])('as of %s → %j', (asOf, expected) => {
    expect(latestActual(series, asOf)).toEqual(expected);
  });
});
