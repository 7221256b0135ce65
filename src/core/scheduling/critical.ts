import { shiftRight } from './justify.ts';
import { compile, type Model } from './model.ts';
import { workspace } from './sgs.ts';
import type { SchedulingProblem } from './types.ts';

/** Latest starts through the precedences alone, backwards from the makespan. */
function latestByPrecedence(m: Model, makespan: number): Int32Array {
  const latest = new Int32Array(m.n);
  for (let p = m.n - 1; p >= 0; p--) {
    const j = m.topo[p];
    let t = makespan - m.dur[j];
    for (let e = m.succStart[j]; e < m.succStart[j + 1]; e++)
      t = Math.min(t, latest[m.succIdx[e]] - m.succDelta[e]);
    latest[j] = t;
  }
  return latest;
}

/**
 * Activities without float in the given schedule: those that cannot start later, with every other activity
 * as free to move right as it is, without pushing the finish. Resources count, not only precedences: each
 * activity, latest finish first, is shifted right inside the full resource profile (time-varying capacities
 * and budget envelopes included), so an activity held back by a capacity that a later one needs is critical
 * too and the critical chain runs unbroken through resource conflicts. A schedule that reaches past the
 * model's horizon (or starts before 0) falls back to the precedences alone. Pinned activities have started
 * already: they are never listed, the chain runs through what can still move.
 */
export function criticalPath(problem: SchedulingProblem, starts: number[]): number[] {
  const m = compile(problem);
  let makespan = 0;
  let inside = true;
  for (let i = 0; i < m.n; i++) {
    makespan = Math.max(makespan, starts[i] + m.dur[i]);
    if (!Number.isInteger(starts[i]) || starts[i] < 0) inside = false;
  }
  let latest: Int32Array;
  if (inside && makespan <= m.horizon) {
    latest = Int32Array.from(starts);
    shiftRight(m, workspace(m), latest, makespan);
  } else latest = latestByPrecedence(m, makespan);
  const critical: number[] = [];
  for (let i = 0; i < m.n; i++) if (m.fixed[i] < 0 && latest[i] - starts[i] <= 0) critical.push(i);
  return critical;
}
