import type { Individual } from './evaluate.ts';
import type { Model } from './model.ts';
import type { Rng } from './random.ts';

/** The genetic operators on activity lists; every list they produce respects the precedences. */
export class Operators {
  private readonly taken: Uint8Array;
  private readonly load: Float64Array;
  private readonly pending: Int32Array;
  private readonly eligible: Int32Array;

  constructor(
    private readonly m: Model,
    private readonly rng: Rng,
  ) {
    this.taken = new Uint8Array(m.n);
    this.load = new Float64Array(m.horizon + 1);
    this.pending = new Int32Array(m.n);
    this.eligible = new Int32Array(m.n);
  }

  /** Appends j to the child at position p and marks it taken. */
  private put(child: Int32Array, p: number, j: number): number {
    this.taken[j] = 1;
    child[p] = j;
    return p + 1;
  }

  /** Two-point crossover (Hartmann): the child keeps the mother's head and tail, the middle in the father's order. */
  twoPoint(mother: Int32Array, father: Int32Array, child: Int32Array): void {
    const n = this.m.n;
    let q1 = this.rng.int(n + 1);
    let q2 = this.rng.int(n + 1);
    if (q1 > q2) [q1, q2] = [q2, q1];
    const taken = this.taken;
    taken.fill(0);
    let p = 0;
    for (let i = 0; i < q1; i++) p = this.put(child, p, mother[i]);
    for (let i = 0; p < q2 && i < n; i++) if (!taken[father[i]]) p = this.put(child, p, father[i]);
    for (let i = 0; p < n; i++) if (!taken[mother[i]]) p = this.put(child, p, mother[i]);
  }

  /**
   * Peak crossover (Valls, Ballestín and Quintanilla): the child keeps the mother's activities that start in
   * the interval of her schedule with the highest resource utilisation (10-40 % of her makespan long), in her
   * order; the activities starting before that interval and the rest come in the father's order.
   */
  peak(mother: Individual, father: Int32Array, child: Int32Array): void {
    const m = this.m;
    const load = this.load;
    const T = mother.makespan;
    load.fill(0, 0, T + 1);
    for (let j = 0; j < m.n; j++) {
      if (m.fixed[j] >= 0) continue; // pinned work is not the mother's choice
      for (let e = m.resStart[j]; e < m.resStart[j + 1]; e++) {
        const k = m.resIdx[e];
        const s = mother.starts[j];
        for (let t = s; t < s + m.dur[j]; t++)
          load[t] += m.dem[j * m.nR + k] / Math.max(1e-9, m.avail0[k * m.horizon + t]);
      }
    }
    const len = Math.max(1, Math.round(T * (0.1 + 0.3 * this.rng.next())));
    let window = 0;
    for (let t = 0; t < Math.min(len, T); t++) window += load[t];
    let bestSum = window;
    let a = 0;
    for (let t = len; t < T; t++) {
      window += load[t] - load[t - len];
      if (window > bestSum + 1e-9 || (window > bestSum - 1e-9 && this.rng.next() < 0.5)) {
        bestSum = window;
        a = t - len + 1;
      }
    }
    const b = a + len;
    const taken = this.taken;
    taken.fill(0);
    let p = 0;
    for (let i = 0; i < m.n; i++) if (mother.starts[father[i]] < a) p = this.put(child, p, father[i]);
    for (let i = 0; i < m.n; i++) {
      const j = mother.list[i];
      if (!taken[j] && mother.starts[j] < b) p = this.put(child, p, j);
    }
    for (let i = 0; i < m.n; i++) if (!taken[father[i]]) p = this.put(child, p, father[i]);
  }

  /**
   * Window re-sampling (a large-neighbourhood move): copies the parent's list and reorders a random window
   * of 10-30 % of it, choosing uniformly among the window's activities whose in-window predecessors are placed.
   */
  resampleWindow(parent: Int32Array, child: Int32Array): void {
    const m = this.m;
    const n = m.n;
    child.set(parent);
    const k = Math.min(n, Math.max(2, Math.round(n * (0.1 + 0.2 * this.rng.next()))));
    const a = this.rng.int(n - k + 1);
    const { pending, eligible } = this;
    const inWindow = this.taken;
    inWindow.fill(0);
    for (let p = a; p < a + k; p++) inWindow[parent[p]] = 1;
    let count = 0;
    for (let p = a; p < a + k; p++) {
      const j = parent[p];
      let c = 0;
      for (let e = m.predStart[j]; e < m.predStart[j + 1]; e++) if (inWindow[m.predIdx[e]]) c++;
      pending[j] = c;
      if (c === 0) eligible[count++] = j;
    }
    for (let p = a; p < a + k; p++) {
      const pick = this.rng.int(count);
      const j = eligible[pick];
      eligible[pick] = eligible[--count];
      child[p] = j;
      for (let e = m.succStart[j]; e < m.succStart[j + 1]; e++) {
        const s = m.succIdx[e];
        if (inWindow[s] && --pending[s] === 0) eligible[count++] = s;
      }
    }
  }

  private isPredecessor(a: number, b: number): boolean {
    const m = this.m;
    for (let e = m.predStart[b]; e < m.predStart[b + 1]; e++) if (m.predIdx[e] === a) return true;
    return false;
  }

  /** Swaps neighbours with probability `rate` each, unless the first is a predecessor of the second. */
  mutate(list: Int32Array, rate: number): void {
    for (let p = 0; p + 1 < list.length; p++)
      if (this.rng.next() < rate && !this.isPredecessor(list[p], list[p + 1])) {
        const t = list[p];
        list[p] = list[p + 1];
        list[p + 1] = t;
      }
  }
}
