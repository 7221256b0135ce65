import { describe, expect, it } from 'vitest';
import {
  checkSchedule,
  criticalPath,
  criticalPathBound,
  lowerBound,
  optimiseSchedule,
  resourceBound,
  scheduleSerial,
} from './index.ts';
import { randomProblem } from './testing.ts';
import type { SchedulingProblem } from './types.ts';

const medium = randomProblem(42, {
  activities: 40,
  maxDuration: 6,
  timeVarying: true,
  releases: true,
  lags: true,
  ss: true,
  cumulative: true,
  edgeChance: 0.06,
});

describe('optimiseSchedule', () => {
  it('is deterministic for a seed and budget', () => {
    const a = optimiseSchedule(medium, { schedules: 3000, seed: 7 });
    const b = optimiseSchedule(medium, { schedules: 3000, seed: 7 });
    expect(b).toEqual(a);
    expect(checkSchedule(medium, a.starts)).toEqual([]);
    expect(a.makespan).toBeGreaterThanOrEqual(a.lowerBound);
  });

  it('puts a high-weight independent activity first under weighted completion', () => {
    const problem: SchedulingProblem = {
      activities: [
        { label: 'Routine', duration: 3, demands: [1], weight: 1 },
        { label: 'Routine 2', duration: 3, demands: [1], weight: 1 },
        { label: 'Urgent', duration: 3, demands: [1], weight: 50 },
      ],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'Team', capacity: [1] }],
    };
    const result = optimiseSchedule(problem, { objective: 'weighted-completion', schedules: 500 });
    expect(result.starts[2]).toBe(0);
    expect(result.weightedCompletion).toBe(50 * 3 + 6 + 9);
  });

  it('meets a deadline when it can and reports the misses when it cannot', () => {
    const problem: SchedulingProblem = {
      activities: [
        { label: 'Census', duration: 4, demands: [1] },
        { label: 'Voter roll', duration: 3, demands: [1], deadline: 3 },
        { label: 'Ballots', duration: 3, demands: [1], deadline: 5 },
      ],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'Commission', capacity: [1] }],
    };
    const result = optimiseSchedule(problem, { schedules: 500 });
    expect(result.starts[1]).toBe(0);
    expect(result.deadlineMisses).toEqual([{ activity: 2, label: 'Ballots', lateBy: 1 }]);
    expect(checkSchedule(problem, result.starts).map((v) => v.kind)).toEqual(['deadline']);
  });

  it('stops early on shouldStop or the time limit with a feasible schedule', () => {
    let polls = 0;
    const stopped = optimiseSchedule(medium, { schedules: 1e9, shouldStop: () => ++polls > 3 });
    expect(stopped.stoppedBy).toBe('stopped');
    expect(checkSchedule(medium, stopped.starts)).toEqual([]);
    const timed = optimiseSchedule(medium, { schedules: 1e9, timeLimitMs: 50 });
    expect(timed.stoppedBy).toBe('time');
    expect(checkSchedule(medium, timed.starts)).toEqual([]);
  });

  it('stops at the lower bound and reports progress', () => {
    const problem: SchedulingProblem = {
      activities: [
        { label: 'A', duration: 2, demands: [1] },
        { label: 'B', duration: 2, demands: [1] },
      ],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'R', capacity: [2] }],
    };
    const seen: number[] = [];
    const result = optimiseSchedule(problem, { onProgress: (p) => seen.push(p.fraction) });
    expect(result).toMatchObject({ makespan: 2, stoppedBy: 'optimal', lowerBound: 2 });
    expect(seen.at(-1)).toBe(1);
  });

  it('starts from a given plan and never returns anything worse', () => {
    const plan = optimiseSchedule(medium, { schedules: 600, seed: 3 });
    const again = optimiseSchedule(medium, { schedules: 60, seed: 4, initialStarts: plan.starts });
    expect(again.makespan).toBeLessThanOrEqual(plan.makespan);
  });
});

describe('scheduleSerial, bounds and critical path', () => {
  const problem: SchedulingProblem = {
    activities: [
      { label: 'A', duration: 3, demands: [2] },
      { label: 'B', duration: 2, demands: [2] },
      { label: 'C', duration: 4, demands: [1] },
      { label: 'D', duration: 1, demands: [1] },
    ],
    precedences: [
      { from: 0, to: 3, type: 'FS', lag: 1 },
      { from: 2, to: 3, type: 'FS', lag: 0 },
    ],
    resources: [{ kind: 'renewable', name: 'R', capacity: [3] }],
  };

  it('places a list serially, respecting resources', () => {
    expect(scheduleSerial(problem, [0, 1, 2, 3])).toEqual([0, 3, 0, 4]);
    expect(scheduleSerial(problem, [1, 0, 2, 3])).toEqual([2, 0, 0, 6]);
    expect(() => scheduleSerial(problem, [3, 0, 1, 2])).toThrow(/before its predecessor/);
  });

  it('computes the critical-path and resource bounds', () => {
    expect(criticalPathBound(problem)).toBe(5);
    expect(resourceBound(problem)).toBe(Math.ceil((6 + 4 + 4 + 1) / 3));
    expect(lowerBound(problem)).toBe(5);
  });

  it('marks the activities without float in a schedule', () => {
    // A 0-3, lag 1, D 4-5; C 0-4 ends right before D; B 3-5 ends at the makespan.
    expect(criticalPath(problem, [0, 3, 0, 4])).toEqual([0, 1, 2, 3]);
    // Same, but D waits a month: everything before it gets a month of float except B at the end.
    expect(criticalPath(problem, [0, 4, 0, 5])).toEqual([1, 3]);
  });

  it('counts resources: an activity held back by a capacity a later one needs is critical', () => {
    const shared: SchedulingProblem = {
      activities: [
        { label: 'X', duration: 2, demands: [2] },
        { label: 'Y', duration: 2, demands: [2] },
        { label: 'Z', duration: 1, demands: [0] },
      ],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'R', capacity: [2] }],
    };
    // No precedence links X and Y, but both need the whole resource: X cannot move without delaying Y.
    expect(criticalPath(shared, [0, 2, 0])).toEqual([0, 1]);
    // With capacity 4 from month 2 on, X could run beside Y, so it has float.
    const wider = { ...shared, resources: [{ kind: 'renewable' as const, name: 'R', capacity: [2, 2, 4] }] };
    expect(criticalPath(wider, [0, 2, 0])).toEqual([1]);
  });
});
