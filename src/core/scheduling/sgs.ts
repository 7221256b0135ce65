import type { Model } from './model.ts';

const EPS = 1e-9;

/** Scratch memory for the passes: remaining capacity per period and per bucket. Reused, never reallocated. */
export interface Workspace {
  avail: Float64Array;
  bucketRem: Float64Array;
  order: Int32Array;
  count: Int32Array;
  tmp: Int32Array;
}

export function workspace(m: Model): Workspace {
  return {
    avail: new Float64Array(m.avail0.length),
    bucketRem: new Float64Array(m.bucketCap0.length),
    order: new Int32Array(m.n),
    count: new Int32Array(m.horizon + 2),
    tmp: new Int32Array(m.n),
  };
}

export function resetProfile(m: Model, ws: Workspace): void {
  ws.avail.set(m.avail0);
  if (m.nC) ws.bucketRem.set(m.bucketCap0);
}

/** Adds (sign 1) or removes (sign -1) activity j, started at t, to or from the profile. */
export function occupy(m: Model, ws: Workspace, j: number, t: number, sign: number): void {
  const d = m.dur[j];
  const H = m.horizon;
  const avail = ws.avail;
  for (let e = m.resStart[j]; e < m.resStart[j + 1]; e++) {
    const k = m.resIdx[e];
    const need = sign * m.dem[j * m.nR + k];
    const end = k * H + t + d;
    for (let u = k * H + t; u < end; u++) avail[u] -= need;
  }
  for (let c = 0; c < m.nC; c++) {
    const need = sign * m.cdem[j * m.nC + c];
    if (need === 0) continue;
    const L = m.bucketLen[c];
    const off = m.bucketOffset[c];
    for (let b = Math.floor(t / L); b * L < t + d; b++)
      ws.bucketRem[off + b] -= need * (Math.min(t + d, (b + 1) * L) - Math.max(t, b * L));
  }
}

function cumulativeFits(m: Model, ws: Workspace, j: number, t: number): boolean {
  const d = m.dur[j];
  for (let c = 0; c < m.nC; c++) {
    const need = m.cdem[j * m.nC + c];
    if (need === 0) continue;
    const L = m.bucketLen[c];
    const off = m.bucketOffset[c];
    for (let b = Math.floor(t / L); b * L < t + d; b++)
      if (ws.bucketRem[off + b] + EPS < need * (Math.min(t + d, (b + 1) * L) - Math.max(t, b * L)))
        return false;
  }
  return true;
}

/** t when j fits at t; otherwise the next start worth trying (greater than t). */
export function fitForward(m: Model, ws: Workspace, j: number, t: number): number {
  const d = m.dur[j];
  const H = m.horizon;
  const avail = ws.avail;
  for (let e = m.resStart[j]; e < m.resStart[j + 1]; e++) {
    const k = m.resIdx[e];
    const need = m.dem[j * m.nR + k] - EPS;
    const base = k * H;
    for (let u = base + t + d - 1; u >= base + t; u--) if (avail[u] < need) return u - base + 1;
  }
  if (m.nC && !cumulativeFits(m, ws, j, t)) return t + 1;
  return t;
}

/** t when j fits at t; otherwise the next (smaller) start worth trying, possibly negative. */
export function fitBackward(m: Model, ws: Workspace, j: number, t: number): number {
  const d = m.dur[j];
  const H = m.horizon;
  const avail = ws.avail;
  for (let e = m.resStart[j]; e < m.resStart[j + 1]; e++) {
    const k = m.resIdx[e];
    const need = m.dem[j * m.nR + k] - EPS;
    const base = k * H;
    for (let u = base + t; u < base + t + d; u++) if (avail[u] < need) return u - base - d;
  }
  if (m.nC && !cumulativeFits(m, ws, j, t)) return t - 1;
  return t;
}

/** Earliest start of j allowed by release and already placed predecessors. */
export function earliest(m: Model, starts: Int32Array, j: number): number {
  let t = m.release[j];
  for (let e = m.predStart[j]; e < m.predStart[j + 1]; e++) {
    const s = starts[m.predIdx[e]] + m.predDelta[e];
    if (s > t) t = s;
  }
  return t;
}

/**
 * Serial schedule generation: takes the activities in list order (precedence-feasible) and starts each at
 * the earliest period where precedence, release and every resource allow; pinned activities stay put. Returns the makespan, or -1 if an
 * activity found no room within the horizon (capacities that drop for good).
 */
export function forwardSgs(m: Model, ws: Workspace, list: Int32Array, starts: Int32Array): number {
  resetProfile(m, ws);
  const H = m.horizon;
  let makespan = 0;
  const hasCum = m.nC > 0;
  for (let p = 0; p < m.n; p++) {
    const j = list[p];
    const d = m.dur[j];
    if (m.hasFixed && m.fixed[j] >= 0) {
      // already on the profile (see reservePinned in model.ts)
      starts[j] = m.fixed[j];
      if (starts[j] + d > makespan) makespan = starts[j] + d;
      continue;
    }
    let t = earliest(m, starts, j);
    if (d > 0 && (m.resStart[j] < m.resStart[j + 1] || hasCum)) {
      for (;;) {
        if (t + d > H) return -1;
        const next = fitForward(m, ws, j, t);
        if (next === t) break;
        t = next;
      }
      occupy(m, ws, j, t, 1);
    }
    starts[j] = t;
    if (t + d > makespan) makespan = t + d;
  }
  return makespan;
}

/**
 * Backward serial pass for simple models (renewable, finish-to-start, nothing pinned): takes the activities in `order`
 * (decreasing finish in a feasible schedule of makespan T) and finishes each as late as possible by T.
 * Returns false if an activity found no room (cannot happen when `order` comes from a feasible schedule).
 */
export function backwardSgs(
  m: Model,
  ws: Workspace,
  order: Int32Array,
  T: number,
  starts: Int32Array,
): boolean {
  resetProfile(m, ws);
  for (let p = 0; p < m.n; p++) {
    const j = order[p];
    const d = m.dur[j];
    let t = T - d;
    for (let e = m.succStart[j]; e < m.succStart[j + 1]; e++) {
      const s = starts[m.succIdx[e]] - m.succDelta[e];
      if (s < t) t = s;
    }
    if (d > 0 && m.resStart[j] < m.resStart[j + 1]) {
      for (;;) {
        if (t < 0) return false;
        const next = fitBackward(m, ws, j, t);
        if (next === t) break;
        t = next;
      }
      occupy(m, ws, j, t, 1);
    }
    starts[j] = t;
  }
  return true;
}
