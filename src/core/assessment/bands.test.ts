import { describe, expect, it } from 'vitest';
import { DEFENCE_INTEGRITY_RISK } from '../frameworks/defence-integrity-risk.ts';
import { bandDecimals, bandFor, roundHalfUp } from './bands.ts';

const bands = DEFENCE_INTEGRITY_RISK.bands;

describe('bandFor on the defence-integrity bands (A 83–100 … F 0–16)', () => {
  it.each([
    [0, 'F'],
    [16, 'F'],
    [16.4, 'F'],
    [16.5, 'E'],
    [17, 'E'],
    [32, 'E'],
    [32.5, 'D'],
    [33, 'D'],
    [49, 'D'],
    [49.49, 'D'],
    [50, 'C'],
    [66, 'C'],
    [66.5, 'B'],
    [67, 'B'],
    [82, 'B'],
    [82.4, 'B'],
    [82.5, 'A'],
    [83, 'A'],
    [100, 'A'],
  ])('%s → %s', (score, label) => {
    expect(bandFor(bands, score)?.label).toBe(label);
  });

  it('rounds a mean that is 82.5 on paper but not in floating point up to A', () => {
    const mean = 51 * 0.3 + 96 * 0.7;
    expect(mean).toBeLessThan(82.5);
    expect(bandFor(bands, mean)?.label).toBe('A');
  });

  it('has no band without a score, without bands, or outside them', () => {
    expect(bandFor(bands, null)).toBeNull();
    expect(bandFor(undefined, 50)).toBeNull();
    expect(bandFor(bands, 101)).toBeNull();
  });
});

describe('band precision', () => {
  const halves = [
    { label: 'low', min: 0, max: 1.5 },
    { label: 'high', min: 1.6, max: 4 },
  ];

  it('rounds to the decimals the bands are written in', () => {
    expect(bandDecimals(halves)).toBe(1);
    expect(bandFor(halves, 1.54)?.label).toBe('low');
    expect(bandFor(halves, 1.55)?.label).toBe('high');
  });

  it.each([
    [82.5, 0, 83],
    [82.49, 0, 82],
    [16.5, 0, 17],
    [1.25, 1, 1.3],
    [0, 0, 0],
  ])('roundHalfUp(%s, %s) = %s', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });
});
