import { describe, expect, it } from 'vitest';
import { checkSchedule } from './index.ts';
import type { SchedulingProblem } from './types.ts';

const problem: SchedulingProblem = {
  activities: [
    { label: 'A', duration: 2, demands: [2, 3] },
    { label: 'B', duration: 3, demands: [2, 0], release: 1 },
    { label: 'C', duration: 1, demands: [1, 3], deadline: 4 },
  ],
  precedences: [
    { from: 0, to: 1, type: 'FS', lag: 1 },
    { from: 0, to: 2, type: 'SS', lag: 1 },
  ],
  resources: [
    { kind: 'renewable', name: 'Staff', capacity: [3, 3, 3, 3, 2] },
    { kind: 'cumulative', name: 'Budget', bucketLength: 2, capacity: [6, 3] },
  ],
};

describe('checkSchedule', () => {
  it('accepts a feasible schedule', () => {
    expect(checkSchedule(problem, [0, 3, 2])).toEqual([]);
  });

  it('catches a finish-to-start lag', () => {
    const v = checkSchedule(problem, [0, 2, 1]);
    expect(v.map((x) => x.kind)).toContain('precedence');
    expect(v.find((x) => x.kind === 'precedence')).toMatchObject({ from: 0, to: 1 });
  });

  it('catches a start-to-start lag', () => {
    const v = checkSchedule(problem, [1, 4, 1]);
    expect(v).toContainEqual(expect.objectContaining({ kind: 'precedence', from: 0, to: 2 }));
  });

  it('catches renewable overload, including time-varying capacity', () => {
    // B at 3..5 and C at 4: period 4 uses 2 + 1 = 3 > capacity 2 from period 4 on.
    const v = checkSchedule(problem, [0, 3, 4]);
    expect(v).toContainEqual(
      expect.objectContaining({ kind: 'resource', resource: 0, period: 4, usage: 3, capacity: 2 }),
    );
  });

  it('catches a cumulative bucket overrun', () => {
    // A (3 per period) over periods 0-1 = 6 in bucket 0, C at 1 adds 3: 9 > 6.
    const p: SchedulingProblem = { ...problem, precedences: [] };
    const v = checkSchedule(p, [0, 3, 1]);
    expect(v).toContainEqual(
      expect.objectContaining({ kind: 'resource', resource: 1, period: 0, usage: 9, capacity: 6 }),
    );
  });

  it('catches release dates and deadlines', () => {
    const p: SchedulingProblem = { ...problem, precedences: [] };
    const v = checkSchedule(p, [4, 0, 7]);
    expect(v).toContainEqual(expect.objectContaining({ kind: 'release', activity: 1 }));
    expect(v).toContainEqual(expect.objectContaining({ kind: 'deadline', activity: 2 }));
  });

  it('catches negative, fractional and missing starts', () => {
    const v = checkSchedule(problem, [-1, 2.5]);
    expect(v.filter((x) => x.kind === 'start').map((x) => (x as { activity: number }).activity)).toEqual([
      0, 1, 2, 2,
    ]);
  });
});

describe('checkSchedule with budgets that do not divide evenly', () => {
  it('accepts spending exactly the envelope despite rounding in the monthly sums, and still catches real overspending', () => {
    const budget = (envelope: number): SchedulingProblem => ({
      activities: Array.from({ length: 4 }, (_, i) => ({
        label: `A${i}`,
        duration: 9,
        demands: [700_000 / 9],
      })),
      precedences: [],
      resources: [{ kind: 'cumulative', name: 'Budget', bucketLength: 12, capacity: [envelope] }],
    });
    expect(checkSchedule(budget(2_800_000), [0, 0, 0, 0])).toEqual([]);
    expect(checkSchedule(budget(2_799_990), [0, 0, 0, 0]).map((v) => v.kind)).toEqual(['resource']);
  });
});
