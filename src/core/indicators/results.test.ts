import { describe, expect, it } from 'vitest';
import { measuresOnlyInputs } from './results.ts';
import type { IndicatorLevel } from './types.ts';

describe('measuresOnlyInputs', () => {
  it.each<[IndicatorLevel[], boolean]>([
    [[], false],
    [['input'], true],
    [['input', 'output', 'output'], true],
    [['input', 'outcome'], false],
    [['impact'], false],
    [['output', 'impact', 'input'], false],
  ])('%j → %s', (levels, expected) => {
    expect(measuresOnlyInputs(levels)).toBe(expected);
  });
});
