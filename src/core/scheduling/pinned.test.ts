import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  criticalPath,
  explainInfeasibility,
  optimiseSchedule,
  scheduleSerial,
} from './index.ts';
import { randomProblem } from './testing.ts';
import type { SchedulingProblem } from './types.ts';

/** Two advisers' worth of work: "Done" ran at 0..2 on the one adviser; the rest is free. */
const withHistory: SchedulingProblem = {
  activities: [
    { label: 'Done', duration: 3, demands: [1, 30], fixedStart: 0 },
    { label: 'Next', duration: 2, demands: [1, 0] },
    { label: 'Parallel', duration: 2, demands: [0, 5] },
    { label: 'Late', duration: 1, demands: [1, 0], release: 6 },
  ],
  precedences: [{ from: 0, to: 1, type: 'FS', lag: 0 }],
  resources: [
    { kind: 'renewable', name: 'Adviser', capacity: [1] },
    { kind: 'cumulative', name: 'Budget', bucketLength: 12, capacity: [100] },
  ],
};

describe('pinned activities (already started)', () => {
  it.each([
    ['optimiseSchedule', () => optimiseSchedule(withHistory, { schedules: 300 }).starts],
    ['scheduleSerial', () => scheduleSerial(withHistory, [2, 3, 0, 1])],
  ])('%s keeps a pinned start and schedules the rest around it', (_name, run) => {
    const starts = run();
    expect(starts[0]).toBe(0);
    expect(starts[1]).toBeGreaterThanOrEqual(3);
    expect(starts[3]).toBeGreaterThanOrEqual(6);
    expect(checkSchedule(withHistory, starts)).toEqual([]);
  });

  it.each([
    ['a release after it', { release: 5 }, []],
    ['a predecessor that has not run', {}, [{ from: 1, to: 0, type: 'FS' as const, lag: 0 }]],
  ])('stays put despite %s', (_name, fields, precedences) => {
    const problem: SchedulingProblem = {
      activities: [
        { label: 'Started', duration: 4, demands: [1], fixedStart: 2, ...fields },
        { label: 'Other', duration: 2, demands: [1] },
      ],
      precedences,
      resources: [{ kind: 'renewable', name: 'Team', capacity: [1] }],
    };
    expect(explainInfeasibility(problem)).toBeNull();
    const result = optimiseSchedule(problem, { schedules: 200 });
    expect(result.starts[0]).toBe(2);
    expect(checkSchedule(problem, result.starts)).toEqual([]);
  });

  it('leaves the capacity a pinned activity took to nobody else, even where history overran it', () => {
    const problem: SchedulingProblem = {
      activities: [
        { label: 'Old 1', duration: 3, demands: [1], fixedStart: 0 },
        { label: 'Old 2', duration: 2, demands: [1], fixedStart: 1 },
        { label: 'New', duration: 1, demands: [1] },
      ],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'Team', capacity: [1] }],
    };
    const result = optimiseSchedule(problem, { schedules: 200 });
    expect(result.starts).toEqual([0, 1, 3]);
    // the overrun in months 1 and 2 is history: reported, but the optimiser's schedule is accepted
    expect(checkSchedule(problem, result.starts).map((v) => v.kind)).toEqual(['resource', 'resource']);
  });

  it('counts a pinned activity against its budget bucket', () => {
    const problem: SchedulingProblem = {
      activities: [
        { label: 'Spent', duration: 2, demands: [40], fixedStart: 0 },
        { label: 'Costly', duration: 1, demands: [30] },
      ],
      precedences: [],
      resources: [{ kind: 'cumulative', name: 'Budget', bucketLength: 12, capacity: [100] }],
    };
    // 80 spent in year one leaves 20: the 30 must wait for the next year
    expect(optimiseSchedule(problem, { schedules: 100 }).starts).toEqual([0, 12]);
  });

  it('check reports a pinned activity moved from its start, and no precedence into it', () => {
    const kinds = (starts: number[]) => checkSchedule(withHistory, starts).map((v) => v.kind);
    expect(kinds([1, 4, 0, 6])).toEqual(['fixed']);
    const reversed = { ...withHistory, precedences: [{ from: 1, to: 0, type: 'FS' as const, lag: 0 }] };
    expect(checkSchedule(reversed, [0, 3, 0, 6])).toEqual([]);
  });

  it('never lists a pinned activity on the critical path', () => {
    const starts = optimiseSchedule(withHistory, { schedules: 200 }).starts;
    const critical = criticalPath(withHistory, starts);
    expect(critical).not.toContain(0);
    expect(critical).toContain(3);
  });

  it('refuses a pinned start that is not a whole number >= 0, and skips capacity checks for history', () => {
    const bad = { ...withHistory, activities: [{ label: 'X', duration: 1, demands: [], fixedStart: -1 }] };
    expect(explainInfeasibility(bad)?.message).toMatch(/fixedStart = -1/);
    const overrun: SchedulingProblem = {
      activities: [{ label: 'Big', duration: 1, demands: [5], fixedStart: 0 }],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'Team', capacity: [1] }],
    };
    expect(explainInfeasibility(overrun)).toBeNull();
  });

  it.each([1, 2, 3, 4, 5])(
    'random problem %i: pinning a schedule’s prefix keeps it and stays feasible',
    (seed) => {
      const problem = randomProblem(seed, {
        activities: 14,
        timeVarying: true,
        cumulative: true,
        ss: true,
        lags: true,
        releases: true,
      });
      const first = optimiseSchedule(problem, { schedules: 500, seed });
      const cut = Math.floor(first.makespan / 3);
      const pinned: SchedulingProblem = {
        ...problem,
        activities: problem.activities.map((a, i) =>
          first.starts[i] < cut
            ? { ...a, fixedStart: first.starts[i] }
            : { ...a, release: Math.max(cut, a.release ?? 0) },
        ),
      };
      const second = optimiseSchedule(pinned, { schedules: 500, seed });
      problem.activities.forEach((_, i) => {
        if (first.starts[i] < cut) expect(second.starts[i]).toBe(first.starts[i]);
        else expect(second.starts[i]).toBeGreaterThanOrEqual(cut);
      });
      expect(checkSchedule(pinned, second.starts).filter((v) => v.kind !== 'deadline')).toEqual([]);
    },
  );
});
