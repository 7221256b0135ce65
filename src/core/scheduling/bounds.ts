import { compile, type Model } from './model.ts';
import type { SchedulingProblem } from './types.ts';

/** Longest path through the precedences (with lags and release dates): no schedule can finish earlier. */
export function criticalPathBoundOf(m: Model): number {
  let bound = 0;
  for (let i = 0; i < m.n; i++) bound = Math.max(bound, m.est[i] + m.dur[i]);
  return bound;
}

/** Smallest number of periods (or buckets) whose summed capacity covers `work`; 0 if none ever does. */
function unitsToCover(capacity: number[], work: number): number {
  let offered = 0;
  for (let u = 0; u < capacity.length; u++) {
    offered += capacity[u];
    if (offered >= work - 1e-9) return u + 1;
  }
  const last = capacity[capacity.length - 1];
  if (last <= 0) return 0; // never covered: explainInfeasibility reports it
  return capacity.length + Math.max(1, Math.ceil((work - offered - 1e-9) / last));
}

/**
 * Smallest T such that the capacity offered before T covers each resource's total work. A cumulative
 * bucket counts whole as soon as its first period is before T (its envelope may be spent in one period).
 */
export function resourceBoundOf(problem: SchedulingProblem): number {
  let bound = 0;
  problem.resources.forEach((res, r) => {
    let work = 0;
    for (const a of problem.activities) work += (a.demands[r] ?? 0) * a.duration;
    if (work <= 1e-9) return;
    const units = unitsToCover(res.capacity, work);
    if (units === 0) return;
    bound = Math.max(bound, res.kind === 'renewable' ? units : (units - 1) * res.bucketLength + 1);
  });
  return bound;
}

export function criticalPathBound(problem: SchedulingProblem): number {
  return criticalPathBoundOf(compile(problem));
}

export function resourceBound(problem: SchedulingProblem): number {
  return resourceBoundOf(problem);
}

/** max(critical-path bound, resource bound) on the makespan. */
export function lowerBound(problem: SchedulingProblem): number {
  return Math.max(criticalPathBound(problem), resourceBound(problem));
}
