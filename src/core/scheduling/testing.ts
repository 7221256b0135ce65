// Helpers for the engine's tests: seeded random instances and an exhaustive solver that shares no code
// with the optimiser.
import { Rng } from './random.ts';
import type { Resource, SchedulingProblem } from './types.ts';

export interface RandomOptions {
  activities: number;
  maxDuration?: number;
  timeVarying?: boolean;
  cumulative?: boolean;
  ss?: boolean;
  lags?: boolean;
  releases?: boolean;
  edgeChance?: number;
}

/** A random small problem; every activity fits alone once capacities settle. */
export function randomProblem(seed: number, o: RandomOptions): SchedulingProblem {
  const rng = new Rng(seed);
  const n = o.activities;
  const maxDuration = o.maxDuration ?? 4;
  const resources: Resource[] = [];
  const renewables = 1 + rng.int(2);
  for (let r = 0; r < renewables; r++) {
    const len = o.timeVarying ? 1 + rng.int(6) : 1;
    const capacity = Array.from({ length: len }, () => 1 + rng.int(5));
    capacity[len - 1] = Math.max(3, capacity[len - 1]);
    resources.push({ kind: 'renewable', name: `R${r + 1}`, capacity });
  }
  if (o.cumulative) {
    const bucketLength = 2 + rng.int(3);
    const capacity = Array.from({ length: 1 + rng.int(3) }, () => 2 + rng.int(8));
    capacity[capacity.length - 1] = Math.max(3 * bucketLength, capacity[capacity.length - 1]);
    resources.push({ kind: 'cumulative', name: 'Budget', bucketLength, capacity });
  }
  const activities = Array.from({ length: n }, (_, i) => ({
    label: `A${i + 1}`,
    duration: rng.int(maxDuration + 1),
    demands: resources.map(() => (rng.next() < 0.7 ? rng.int(4) : 0)),
    release: o.releases && rng.next() < 0.3 ? rng.int(4) : undefined,
  }));
  const precedences: SchedulingProblem['precedences'] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (rng.next() < (o.edgeChance ?? 0.25))
        precedences.push({
          from: i,
          to: j,
          type: o.ss && rng.next() < 0.4 ? 'SS' : 'FS',
          lag: o.lags && rng.next() < 0.4 ? 1 + rng.int(2) : 0,
        });
  return { activities, precedences, resources };
}

/** The optimal makespan by exhaustive search over start times (activities taken in index order). */
export function bruteForceMakespan(problem: SchedulingProblem, limit = 60): number {
  const acts = problem.activities;
  const n = acts.length;
  const preds = acts.map((_, j) => problem.precedences.filter((p) => p.to === j));
  for (const p of problem.precedences)
    if (p.from >= p.to) throw new Error('bruteForce needs edges i -> j with i < j');
  const starts = new Array<number>(n).fill(0);
  const usage = problem.resources.map(() => new Array<number>(limit + 1).fill(0));
  const cap = (r: number, i: number) => {
    const c = problem.resources[r].capacity;
    return c[Math.min(i, c.length - 1)];
  };
  const bucket = (r: number) => {
    const res = problem.resources[r];
    return res.kind === 'renewable' ? 1 : res.bucketLength;
  };
  const apply = (j: number, t: number, sign: number) => {
    for (let r = 0; r < problem.resources.length; r++) {
      const need = acts[j].demands[r] ?? 0;
      for (let u = t; u < t + acts[j].duration; u++) usage[r][Math.floor(u / bucket(r))] += sign * need;
    }
  };
  const fits = () => usage.every((row, r) => row.every((used, i) => used <= cap(r, i) + 1e-9));
  const place = (j: number, T: number): boolean => {
    if (j === n) return true;
    let est = acts[j].release ?? 0;
    for (const p of preds[j])
      est = Math.max(est, starts[p.from] + (p.type === 'FS' ? acts[p.from].duration : 0) + p.lag);
    for (let t = est; t + acts[j].duration <= T; t++) {
      starts[j] = t;
      apply(j, t, 1);
      const ok = fits() && place(j + 1, T);
      apply(j, t, -1);
      if (ok) return true;
    }
    return false;
  };
  for (let T = 0; T <= limit; T++) if (place(0, T)) return T;
  throw new Error('bruteForce: no schedule within the limit');
}
