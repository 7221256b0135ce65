import { describe, expect, it } from 'vitest';
import { checkSchedule, explainInfeasibility, optimiseSchedule } from './index.ts';
import { bruteForceMakespan, type RandomOptions, randomProblem } from './testing.ts';

const cases: [string, RandomOptions][] = [
  ['renewable', { activities: 7 }],
  ['time-varying capacity and releases', { activities: 7, timeVarying: true, releases: true }],
  ['lags and start-to-start links', { activities: 7, ss: true, lags: true, timeVarying: true }],
  ['cumulative buckets', { activities: 6, cumulative: true, releases: true }],
  [
    'everything',
    { activities: 6, cumulative: true, ss: true, lags: true, timeVarying: true, releases: true },
  ],
];

describe('optimiseSchedule against exhaustive search', () => {
  for (const [name, options] of cases)
    it(`finds the optimal makespan of small random instances: ${name}`, () => {
      for (let seed = 1; seed <= 12; seed++) {
        const problem = randomProblem(seed * 7919 + options.activities, options);
        expect(explainInfeasibility(problem)).toBeNull();
        const optimum = bruteForceMakespan(problem);
        const result = optimiseSchedule(problem, { schedules: 4000, seed });
        expect(checkSchedule(problem, result.starts)).toEqual([]);
        expect(result.lowerBound).toBeLessThanOrEqual(optimum);
        expect({ seed, makespan: result.makespan }).toEqual({ seed, makespan: optimum });
      }
    });
});
