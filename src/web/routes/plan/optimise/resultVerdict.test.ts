import { describe, expect, it } from 'vitest';
import { resultVerdict } from './resultVerdict';

describe('resultVerdict', () => {
  it.each([
    ['ends sooner', { finishMonth: 40, violations: 0 }, { finishMonth: 36, violations: 0 }, 'shorter'],
    ['ends the same month', { finishMonth: 40, violations: 0 }, { finishMonth: 40, violations: 0 }, 'same'],
    [
      'ends later than a feasible plan',
      { finishMonth: 40, violations: 0 },
      { finishMonth: 44, violations: 0 },
      'longer',
    ],
    [
      'ends later but repairs broken constraints',
      { finishMonth: 55, violations: 35 },
      { finishMonth: 63, violations: 0 },
      'repairs',
    ],
    [
      'ends later and still breaks constraints',
      { finishMonth: 55, violations: 3 },
      { finishMonth: 63, violations: 1 },
      'longer',
    ],
  ] as const)('%s', (_label, before, after, verdict) => {
    expect(resultVerdict(before, after)).toBe(verdict);
  });
});
