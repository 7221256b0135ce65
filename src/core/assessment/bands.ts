import type { Band } from '../frameworks/types.ts';

/**
 * Rounds to `decimals` places with halves going up (82.5 → 83, 16.5 → 17).
 * The tiny nudge absorbs binary noise, so a mean that is 82.5 on paper but 82.49999999999999 in
 * floating point still rounds up.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.floor(value * factor + 0.5 + 1e-9) / factor;
}

/** Decimal places written in a number: 82 → 0, 1.5 → 1, 0.25 → 2. */
export function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/** The precision bands are written in: scores are rounded to it before they are placed in a band. */
export function bandDecimals(bands: readonly Band[]): number {
  return Math.max(0, ...bands.flatMap((band) => [decimalsOf(band.min), decimalsOf(band.max)]));
}

/**
 * The band a score falls in. Scores keep full precision everywhere else; only here are they
 * rounded half up to the bands' own precision, so with integer bands 82.5 is read as 83 (band A of
 * 83–100) and 82.4 as 82 (band B of 67–82). Null for a missing score or one outside every band.
 */
export function bandFor(bands: readonly Band[] | undefined, score: number | null): Band | null {
  if (!bands || bands.length === 0 || score === null) return null;
  const rounded = roundHalfUp(score, bandDecimals(bands));
  return bands.find((band) => rounded >= band.min && rounded <= band.max) ?? null;
}
