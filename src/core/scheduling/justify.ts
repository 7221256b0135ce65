import type { Model } from './model.ts';
import {
  backwardSgs,
  earliest,
  fitBackward,
  fitForward,
  forwardSgs,
  occupy,
  resetProfile,
  type Workspace,
} from './sgs.ts';

/**
 * Orders the activities by start (ascending, ties in topological order) or by finish (descending, ties in
 * reverse topological order): a counting sort over the horizon, so both orders respect precedence.
 */
export function orderByTime(
  m: Model,
  ws: Workspace,
  starts: Int32Array,
  byFinish: boolean,
  out: Int32Array,
): void {
  const count = ws.count;
  const H = m.horizon;
  const key = ws.tmp;
  count.fill(0);
  for (let i = 0; i < m.n; i++) {
    const k = byFinish ? H - Math.min(H, starts[i] + m.dur[i]) : starts[i];
    key[i] = k;
    count[k + 1]++;
  }
  for (let k = 0; k <= H; k++) count[k + 1] += count[k];
  if (byFinish) for (let p = m.n - 1; p >= 0; p--) out[count[key[m.topo[p]]]++] = m.topo[p];
  else for (let p = 0; p < m.n; p++) out[count[key[m.topo[p]]]++] = m.topo[p];
}

export interface JustifyScratch {
  other: Int32Array;
  list: Int32Array;
}

export function justifyScratch(m: Model): JustifyScratch {
  return { other: new Int32Array(m.n), list: new Int32Array(m.n) };
}

/**
 * Shifts every activity but the pinned ones, latest finish first, as far right as it can go inside the full
 * resource profile without passing `makespan` or a successor's (already shifted) start. `starts` must be a schedule whose
 * activities all lie within the model's horizon; it is updated in place.
 */
export function shiftRight(m: Model, ws: Workspace, starts: Int32Array, makespan: number): void {
  orderByTime(m, ws, starts, true, ws.order);
  resetProfile(m, ws);
  for (let j = 0; j < m.n; j++) if (m.fixed[j] < 0) occupy(m, ws, j, starts[j], 1);
  for (let p = 0; p < m.n; p++) {
    const j = ws.order[p];
    if (m.fixed[j] >= 0) continue;
    const s = starts[j];
    let t = makespan - m.dur[j];
    for (let e = m.succStart[j]; e < m.succStart[j + 1]; e++)
      t = Math.min(t, starts[m.succIdx[e]] - m.succDelta[e]);
    if (t <= s) continue;
    occupy(m, ws, j, s, -1);
    while (t > s) {
      const next = fitBackward(m, ws, j, t);
      if (next === t) break;
      t = next;
    }
    if (t < s) t = s;
    occupy(m, ws, j, t, 1);
    starts[j] = t;
  }
}

/**
 * Double justification (forward-backward improvement): shift every activity as far right as it can go
 * without passing the makespan, then as far left as it can go. The result is feasible and its makespan is
 * never longer. Counts as two schedules. `starts` is updated in place; scratch.list receives an activity
 * list sorted by the new starts. Returns the new makespan (or the old one if a pass failed).
 *
 * Simple models use the classic serial backward pass on an empty profile followed by a serial forward pass:
 * processing in decreasing finish order, each activity always fits at or after its old position, so release
 * dates stay met. Other models (cumulative buckets, start-to-start links) shift one activity at a time inside
 * the full profile, which keeps every constraint at every step.
 */
export function doubleJustify(
  m: Model,
  ws: Workspace,
  starts: Int32Array,
  makespan: number,
  scratch: JustifyScratch,
): number {
  const { other, list } = scratch;
  if (m.simple) {
    orderByTime(m, ws, starts, true, ws.order);
    let result = -1;
    if (backwardSgs(m, ws, ws.order, makespan, other)) {
      orderByTime(m, ws, other, false, list);
      result = forwardSgs(m, ws, list, other);
    }
    if (result < 0 || result > makespan) {
      orderByTime(m, ws, starts, false, list); // cannot happen; keeps list and starts consistent anyway
      return makespan;
    }
    starts.set(other);
    return result;
  }
  shiftRight(m, ws, starts, makespan);
  orderByTime(m, ws, starts, false, list);
  let result = 0;
  for (let p = 0; p < m.n; p++) {
    const j = list[p];
    const s = starts[j];
    let t = m.fixed[j] >= 0 ? s : earliest(m, starts, j);
    if (t < s) {
      occupy(m, ws, j, s, -1);
      while (t < s) {
        const next = fitForward(m, ws, j, t);
        if (next === t) break;
        t = next;
      }
      if (t > s) t = s;
      occupy(m, ws, j, t, 1);
      starts[j] = t;
    }
    result = Math.max(result, t + m.dur[j]);
  }
  orderByTime(m, ws, starts, false, list);
  return result;
}
