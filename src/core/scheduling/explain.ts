import type { Infeasibility, SchedulingProblem } from './types.ts';

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function invalid(message: string): Infeasibility {
  return { kind: 'invalid', message };
}

/** Bad input (negative duration, bad index, NaN, ...), named; null when the input is well formed. */
export function findInvalidInput(problem: SchedulingProblem): Infeasibility | null {
  if (!problem || !Array.isArray(problem.activities)) return invalid('activities must be an array');
  if (!Array.isArray(problem.precedences)) return invalid('precedences must be an array');
  if (!Array.isArray(problem.resources)) return invalid('resources must be an array');
  const n = problem.activities.length;
  for (const [r, res] of problem.resources.entries()) {
    const name = `resource ${r} (${res?.name})`;
    if (res?.kind !== 'renewable' && res?.kind !== 'cumulative')
      return invalid(`${name}: kind must be "renewable" or "cumulative"`);
    if (!Array.isArray(res.capacity) || res.capacity.length === 0)
      return invalid(`${name}: capacity must be a non-empty array`);
    const bad = res.capacity.findIndex((c) => !isNum(c) || c < 0);
    if (bad >= 0) return invalid(`${name}: capacity[${bad}] = ${res.capacity[bad]} is not a number >= 0`);
    if (res.kind === 'cumulative' && (!isInt(res.bucketLength) || res.bucketLength < 1))
      return invalid(`${name}: bucketLength = ${res.bucketLength} is not a whole number >= 1`);
  }
  for (const [i, a] of problem.activities.entries()) {
    const name = `activity ${i} (${a?.label})`;
    if (!a || typeof a !== 'object') return invalid(`activity ${i} is not an object`);
    if (!isInt(a.duration) || a.duration < 0)
      return invalid(`${name}: duration = ${a.duration} is not a whole number >= 0`);
    if (!Array.isArray(a.demands)) return invalid(`${name}: demands must be an array`);
    if (a.demands.length > problem.resources.length)
      return invalid(`${name}: ${a.demands.length} demands for ${problem.resources.length} resources`);
    const bad = a.demands.findIndex((d) => !isNum(d) || d < 0);
    if (bad >= 0) return invalid(`${name}: demands[${bad}] = ${a.demands[bad]} is not a number >= 0`);
    if (a.release !== undefined && (!isInt(a.release) || a.release < 0))
      return invalid(`${name}: release = ${a.release} is not a whole number >= 0`);
    if (a.deadline !== undefined && (!isInt(a.deadline) || a.deadline < 0))
      return invalid(`${name}: deadline = ${a.deadline} is not a whole number >= 0`);
    if (a.weight !== undefined && (!isNum(a.weight) || a.weight < 0))
      return invalid(`${name}: weight = ${a.weight} is not a number >= 0`);
    if (a.fixedStart !== undefined && (!isInt(a.fixedStart) || a.fixedStart < 0))
      return invalid(`${name}: fixedStart = ${a.fixedStart} is not a whole number >= 0`);
  }
  for (const [e, p] of problem.precedences.entries()) {
    const name = `precedence ${e}`;
    if (!p || typeof p !== 'object') return invalid(`${name} is not an object`);
    if (!isInt(p.from) || p.from < 0 || p.from >= n)
      return invalid(`${name}: from = ${p.from} is not an activity index`);
    if (!isInt(p.to) || p.to < 0 || p.to >= n)
      return invalid(`${name}: to = ${p.to} is not an activity index`);
    if (p.type !== 'FS' && p.type !== 'SS') return invalid(`${name}: type must be "FS" or "SS"`);
    if (!isInt(p.lag) || p.lag < 0) return invalid(`${name}: lag = ${p.lag} is not a whole number >= 0`);
  }
  return null;
}

/** Activities on one dependency cycle, in order, or null when the precedences form no cycle. */
export function findCycle(n: number, edges: { from: number; to: number }[]): number[] | null {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) out[e.from].push(e.to);
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const parent = new Int32Array(n).fill(-1);
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [v, k] = top;
      if (k >= out[v].length) {
        state[v] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const w = out[v][k];
      if (state[w] === 1) {
        const back: number[] = [];
        for (let x = v; x !== w; x = parent[x]) back.push(x);
        return [w, ...back.reverse()];
      }
      if (state[w] === 0) {
        state[w] = 1;
        parent[w] = v;
        stack.push([w, 0]);
      }
    }
  }
  return null;
}

/** The capacity a resource offers at a period or bucket (arrays extend with their last value). */
const capAt = (capacity: number[], i: number) => capacity[Math.min(i, capacity.length - 1)];

/** Whether activity i, alone, can run on resource r at some start >= its release. */
function firstCapacityConflict(problem: SchedulingProblem, i: number, r: number): Infeasibility | null {
  const a = problem.activities[i];
  const res = problem.resources[r];
  const need = a.demands[r] ?? 0;
  // a pinned activity has run (or runs) whatever the capacity: history is not infeasible
  if (a.duration === 0 || need === 0 || a.fixedStart !== undefined) return null;
  const release = a.release ?? 0;
  const base = {
    kind: 'capacity' as const,
    activity: i,
    label: a.label,
    resource: r,
    resourceName: res.name,
  };
  if (res.kind === 'renewable') {
    const end = Math.max(res.capacity.length, release + 1);
    let run = 0;
    for (let t = release; t < end; t++) {
      run = need <= capAt(res.capacity, t) + 1e-9 ? run + 1 : 0;
      if (run >= a.duration) return null;
    }
    if (need <= capAt(res.capacity, end) + 1e-9) return null;
    let period = release;
    while (need <= capAt(res.capacity, period) + 1e-9) period++;
    const capacity = capAt(res.capacity, period);
    return {
      ...base,
      period,
      need,
      capacity,
      message: `${a.label} needs ${need} of ${res.name} per period for ${a.duration} periods, but from period ${release} on no run of ${a.duration} periods has that capacity (period ${period}: ${capacity})`,
    };
  }
  const L = res.bucketLength;
  const end = Math.max(res.capacity.length * L, release) + L;
  for (let t = release; t <= end; t++) {
    let fits = true;
    for (let b = Math.floor(t / L); b * L < t + a.duration && fits; b++) {
      const overlap = Math.min(t + a.duration, (b + 1) * L) - Math.max(t, b * L);
      fits = need * overlap <= capAt(res.capacity, b) + 1e-9;
    }
    if (fits) return null;
  }
  const must = need * Math.min(a.duration, L);
  let bucket = Math.floor(release / L);
  while (must <= capAt(res.capacity, bucket) + 1e-9) bucket++;
  const capacity = capAt(res.capacity, bucket);
  return {
    ...base,
    period: bucket,
    need: must,
    capacity,
    message: `${a.label} must spend ${must} of ${res.name} in a bucket of ${L} periods, but bucket ${bucket} (and no earlier usable one from its release) allows only ${capacity}`,
  };
}

/** Why the problem has no schedule: bad input, a dependency cycle, or an activity no capacity can hold. */
export function explainInfeasibility(problem: SchedulingProblem): Infeasibility | null {
  const bad = findInvalidInput(problem);
  if (bad) return bad;
  const enforced = problem.precedences.filter((p) => problem.activities[p.to].fixedStart === undefined);
  const cycle = findCycle(problem.activities.length, enforced);
  if (cycle) {
    const labels = cycle.map((i) => problem.activities[i].label);
    return {
      kind: 'cycle',
      activities: cycle,
      labels,
      message: `dependency cycle: ${[...labels, labels[0]].join(' → ')}`,
    };
  }
  for (let i = 0; i < problem.activities.length; i++)
    for (let r = 0; r < problem.resources.length; r++) {
      const conflict = firstCapacityConflict(problem, i, r);
      if (conflict) return conflict;
    }
  return null;
}
