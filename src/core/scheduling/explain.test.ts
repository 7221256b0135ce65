import { describe, expect, it } from 'vitest';
import { explainInfeasibility, optimiseSchedule, SchedulingInfeasibleError } from './index.ts';
import type { SchedulingProblem } from './types.ts';

const act = (label: string, duration: number, demands: number[] = [], release?: number) => ({
  label,
  duration,
  demands,
  release,
});

describe('explainInfeasibility', () => {
  it('names the activities of a dependency cycle', () => {
    const problem: SchedulingProblem = {
      activities: [act('Start', 1), act('A', 1), act('B', 1), act('C', 1)],
      precedences: [
        { from: 0, to: 1, type: 'FS', lag: 0 },
        { from: 1, to: 2, type: 'FS', lag: 0 },
        { from: 2, to: 3, type: 'SS', lag: 0 },
        { from: 3, to: 1, type: 'FS', lag: 2 },
      ],
      resources: [],
    };
    const why = explainInfeasibility(problem);
    expect(why).toMatchObject({ kind: 'cycle', activities: [1, 2, 3], labels: ['A', 'B', 'C'] });
    expect(why?.message).toBe('dependency cycle: A → B → C → A');
    expect(() => optimiseSchedule(problem)).toThrow(SchedulingInfeasibleError);
    try {
      optimiseSchedule(problem);
    } catch (error) {
      expect((error as SchedulingInfeasibleError).infeasibility.kind).toBe('cycle');
    }
  });

  it('names the activity, resource, period, need and capacity when capacity never suffices', () => {
    const problem: SchedulingProblem = {
      activities: [act('Train police', 3, [5], 2)],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'Trainers', capacity: [6, 6, 4, 6, 4] }],
    };
    const why = explainInfeasibility(problem);
    expect(why).toMatchObject({
      kind: 'capacity',
      activity: 0,
      resource: 0,
      resourceName: 'Trainers',
      period: 2,
      need: 5,
      capacity: 4,
    });
    expect(why?.message).toContain('Trainers');
    expect(why?.message).toContain('Train police');
    // Once capacity settles at 6 (from period 3 on) it fits.
    expect(
      explainInfeasibility({
        ...problem,
        resources: [{ kind: 'renewable', name: 'T', capacity: [6, 6, 4, 6] }],
      }),
    ).toBeNull();
  });

  it('names the bucket when a cumulative envelope is below what the activity must spend in it', () => {
    const problem: SchedulingProblem = {
      activities: [act('Build courthouse', 2, [50])],
      precedences: [],
      resources: [{ kind: 'cumulative', name: 'Budget', bucketLength: 12, capacity: [120, 80] }],
    };
    // 2 periods x 50 = 100 must be spent in one bucket (or 50 + 50 across a boundary, which bucket 1 allows).
    expect(explainInfeasibility(problem)).toBeNull();
    const tight = {
      ...problem,
      resources: [{ kind: 'cumulative' as const, name: 'Budget', bucketLength: 12, capacity: [40] }],
    };
    const why = explainInfeasibility(tight);
    expect(why).toMatchObject({
      kind: 'capacity',
      resource: 0,
      resourceName: 'Budget',
      period: 0,
      need: 100,
      capacity: 40,
    });
    expect(why?.message).toContain('bucket 0');
  });

  it('reports activities that fit alone but not together once capacity drops for good', () => {
    const problem: SchedulingProblem = {
      activities: [act('A', 1, [5]), act('B', 1, [5])],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'R', capacity: [5, 0] }],
    };
    expect(explainInfeasibility(problem)).toBeNull();
    expect(() => optimiseSchedule(problem, { schedules: 200 })).toThrow(SchedulingInfeasibleError);
  });

  it('names invalid input', () => {
    const base: SchedulingProblem = {
      activities: [act('A', 1, [1])],
      precedences: [],
      resources: [{ kind: 'renewable', name: 'R', capacity: [1] }],
    };
    expect(explainInfeasibility({ ...base, activities: [act('A', -1)] })?.message).toMatch(
      /A.*duration = -1/,
    );
    expect(explainInfeasibility({ ...base, activities: [act('A', 1, [Number.NaN])] })?.message).toMatch(
      /demands\[0\] = NaN/,
    );
    expect(
      explainInfeasibility({ ...base, precedences: [{ from: 0, to: 3, type: 'FS', lag: 0 }] })?.message,
    ).toMatch(/to = 3 is not an activity index/);
    expect(
      explainInfeasibility({ ...base, precedences: [{ from: 0, to: 0, type: 'FS', lag: 0 }] })?.kind,
    ).toBe('cycle');
    expect(explainInfeasibility(base)).toBeNull();
  });
});
