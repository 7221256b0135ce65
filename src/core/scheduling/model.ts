import type { SchedulingProblem } from './types.ts';

/** No deadline. */
export const NO_DEADLINE = 0x3fffffff;

/**
 * A problem compiled into typed arrays for the hot loops. Precedences become minimum distances between
 * starts: start[to] >= start[from] + delta (FS: delta = duration + lag; SS: delta = lag).
 * Renewable capacity is expanded over the whole horizon: avail0[k * horizon + t].
 */
export interface Model {
  n: number;
  dur: Int32Array;
  release: Int32Array;
  deadline: Int32Array;
  weight: Float64Array;
  hasDeadlines: boolean;
  /** Pinned start of each activity, or -1 when it is free (see Activity.fixedStart). */
  fixed: Int32Array;
  hasFixed: boolean;
  predStart: Int32Array;
  predIdx: Int32Array;
  predDelta: Int32Array;
  succStart: Int32Array;
  succIdx: Int32Array;
  succDelta: Int32Array;
  /** A topological order and each activity's position in it. */
  topo: Int32Array;
  topoPos: Int32Array;
  /** Earliest starts (precedence and release only) and the longest path from an activity's start to the end. */
  est: Int32Array;
  tail: Int32Array;
  horizon: number;
  /** Renewable resources: original indices, capacity over the horizon, demands n x nR, per-activity lists. */
  nR: number;
  renewable: Int32Array;
  avail0: Float64Array;
  dem: Float64Array;
  resStart: Int32Array;
  resIdx: Int32Array;
  /** Cumulative resources: original indices, bucket lengths, capacity per bucket (offset per resource). */
  nC: number;
  cumulative: Int32Array;
  bucketLen: Int32Array;
  bucketOffset: Int32Array;
  bucketCap0: Float64Array;
  cdem: Float64Array;
  /** Renewable only, finish-to-start only, nothing pinned: the backward serial pass is exact (see justify.ts). */
  simple: boolean;
}

function csr(n: number, edges: [number, number, number][]): [Int32Array, Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const [a] of edges) start[a + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const idx = new Int32Array(edges.length);
  const delta = new Int32Array(edges.length);
  for (const [a, b, d] of edges) {
    idx[fill[a]] = b;
    delta[fill[a]++] = d;
  }
  return [start, idx, delta];
}

/** Compiles a valid, acyclic problem (see explainInfeasibility). */
export function compile(problem: SchedulingProblem): Model {
  const acts = problem.activities;
  const n = acts.length;
  const dur = Int32Array.from(acts, (a) => a.duration);
  const fixed = Int32Array.from(acts, (a) => a.fixedStart ?? -1);
  const hasFixed = fixed.some((start) => start >= 0);
  // A pinned activity's release is its start, so earliest starts and bounds see it where it is.
  const release = Int32Array.from(acts, (a) => a.fixedStart ?? a.release ?? 0);
  const deadline = Int32Array.from(acts, (a) => a.deadline ?? NO_DEADLINE);
  const weight = Float64Array.from(acts, (a) => a.weight ?? 1);
  const fwd: [number, number, number][] = problem.precedences
    .filter((p) => fixed[p.to] < 0)
    .map((p) => [p.from, p.to, (p.type === 'FS' ? dur[p.from] : 0) + p.lag]);
  const [succStart, succIdx, succDelta] = csr(n, fwd);
  const [predStart, predIdx, predDelta] = csr(
    n,
    fwd.map(([a, b, d]) => [b, a, d]),
  );
  // Kahn's algorithm, smallest index first among the ready ones, for a stable order.
  const indeg = new Int32Array(n);
  for (const [, b] of fwd) indeg[b]++;
  const topo = new Int32Array(n);
  let head = 0;
  let tailPtr = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) topo[tailPtr++] = i;
  while (head < tailPtr) {
    const v = topo[head++];
    for (let e = succStart[v]; e < succStart[v + 1]; e++)
      if (--indeg[succIdx[e]] === 0) topo[tailPtr++] = succIdx[e];
  }
  if (tailPtr !== n) throw new Error('compile: precedences have a cycle');
  const topoPos = new Int32Array(n);
  for (let i = 0; i < n; i++) topoPos[topo[i]] = i;
  const est = Int32Array.from(release);
  for (const v of topo)
    for (let e = succStart[v]; e < succStart[v + 1]; e++)
      est[succIdx[e]] = Math.max(est[succIdx[e]], est[v] + succDelta[e]);
  const tail = Int32Array.from(dur);
  for (let k = n - 1; k >= 0; k--) {
    const v = topo[k];
    for (let e = succStart[v]; e < succStart[v + 1]; e++)
      tail[v] = Math.max(tail[v], succDelta[e] + tail[succIdx[e]]);
  }

  const renewable: number[] = [];
  const cumulative: number[] = [];
  problem.resources.forEach((r, i) => {
    (r.kind === 'renewable' ? renewable : cumulative).push(i);
  });
  // A horizon no serial pass can exceed: past every release and every capacity change, each activity
  // waits at most for its predecessors' lags and one bucket before it fits.
  let t0 = 0;
  for (let i = 0; i < n; i++) t0 = Math.max(t0, release[i] + (fixed[i] >= 0 ? dur[i] : 0));
  let maxBucket = 0;
  for (const r of problem.resources) {
    if (r.kind === 'renewable') t0 = Math.max(t0, r.capacity.length);
    else {
      t0 = Math.max(t0, r.capacity.length * r.bucketLength);
      maxBucket = Math.max(maxBucket, r.bucketLength);
    }
  }
  let horizon = t0 + 1;
  for (let i = 0; i < n; i++) {
    let lag = 0;
    for (let e = succStart[i]; e < succStart[i + 1]; e++) lag = Math.max(lag, succDelta[e] - dur[i]);
    horizon += dur[i] + lag + maxBucket;
  }
  for (let i = 0; i < n; i++) horizon = Math.max(horizon, est[i] + tail[i] + 1);

  const nR = renewable.length;
  const avail0 = new Float64Array(nR * horizon);
  const dem = new Float64Array(n * nR);
  const resStart = new Int32Array(n + 1);
  const resList: number[] = [];
  renewable.forEach((orig, k) => {
    const cap = problem.resources[orig].capacity;
    for (let t = 0; t < horizon; t++) avail0[k * horizon + t] = cap[Math.min(t, cap.length - 1)];
  });
  for (let i = 0; i < n; i++) {
    renewable.forEach((orig, k) => {
      const d = acts[i].demands[orig] ?? 0;
      dem[i * nR + k] = d;
      if (d > 0 && dur[i] > 0) resList.push(k);
    });
    resStart[i + 1] = resList.length;
  }

  const nC = cumulative.length;
  const bucketLen = Int32Array.from(cumulative, (orig) => {
    const r = problem.resources[orig];
    return r.kind === 'cumulative' ? r.bucketLength : 1;
  });
  const bucketOffset = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) bucketOffset[c + 1] = bucketOffset[c] + Math.ceil(horizon / bucketLen[c]) + 1;
  const bucketCap0 = new Float64Array(bucketOffset[nC]);
  const cdem = new Float64Array(n * nC);
  cumulative.forEach((orig, c) => {
    const cap = problem.resources[orig].capacity;
    for (let b = 0; b < bucketOffset[c + 1] - bucketOffset[c]; b++)
      bucketCap0[bucketOffset[c] + b] = cap[Math.min(b, cap.length - 1)];
    for (let i = 0; i < n; i++) cdem[i * nC + c] = dur[i] > 0 ? (acts[i].demands[orig] ?? 0) : 0;
  });
  if (hasFixed)
    reservePinned(n, fixed, dur, { nR, horizon, avail0, dem, nC, bucketLen, bucketOffset, bucketCap0, cdem });

  return {
    n,
    dur,
    release,
    deadline,
    weight,
    hasDeadlines: acts.some((a) => a.deadline !== undefined),
    fixed,
    hasFixed,
    predStart,
    predIdx,
    predDelta,
    succStart,
    succIdx,
    succDelta,
    topo,
    topoPos,
    est,
    tail,
    horizon,
    nR,
    renewable: Int32Array.from(renewable),
    avail0,
    dem,
    resStart,
    resIdx: Int32Array.from(resList),
    nC,
    cumulative: Int32Array.from(cumulative),
    bucketLen,
    bucketOffset,
    bucketCap0,
    cdem,
    simple: nC === 0 && !hasFixed && problem.precedences.every((p) => p.type === 'FS'),
  };
}

type Capacities = Pick<
  Model,
  'nR' | 'horizon' | 'avail0' | 'dem' | 'nC' | 'bucketLen' | 'bucketOffset' | 'bucketCap0' | 'cdem'
>;

/**
 * Takes pinned activities' demands out of the capacities once, so the passes never place or move them and
 * free activities only get what is left (possibly less than nothing where history overran a capacity).
 */
function reservePinned(n: number, fixed: Int32Array, dur: Int32Array, c: Capacities): void {
  for (let j = 0; j < n; j++) {
    const s = fixed[j];
    if (s < 0) continue;
    for (let k = 0; k < c.nR; k++) {
      const need = c.dem[j * c.nR + k];
      if (need !== 0) for (let t = s; t < s + dur[j]; t++) c.avail0[k * c.horizon + t] -= need;
    }
    for (let r = 0; r < c.nC; r++) {
      const need = c.cdem[j * c.nC + r];
      const L = c.bucketLen[r];
      if (need !== 0)
        for (let b = Math.floor(s / L); b * L < s + dur[j]; b++)
          c.bucketCap0[c.bucketOffset[r] + b] -=
            need * (Math.min(s + dur[j], (b + 1) * L) - Math.max(s, b * L));
    }
  }
}
