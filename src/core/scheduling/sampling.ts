import type { Model } from './model.ts';
import type { Rng } from './random.ts';

/**
 * Regret-based biased random sampling: builds a precedence-feasible activity list, choosing among the
 * eligible activities with probability proportional to (regret + 1)^alpha, where an activity's regret is how
 * much better its priority is than the worst eligible one. `priority`: lower is more urgent (e.g. latest
 * finish time). Allocation-free given the scratch arrays.
 */
export class Sampler {
  private readonly remaining: Int32Array;
  private readonly eligible: Int32Array;
  private readonly weights: Float64Array;

  constructor(
    private readonly m: Model,
    private readonly priority: Float64Array,
  ) {
    this.remaining = new Int32Array(m.n);
    this.eligible = new Int32Array(m.n);
    this.weights = new Float64Array(m.n);
  }

  sample(rng: Rng, alpha: number, out: Int32Array): void {
    const m = this.m;
    const { remaining, eligible, weights, priority } = this;
    let count = 0;
    for (let i = 0; i < m.n; i++) {
      remaining[i] = m.predStart[i + 1] - m.predStart[i];
      if (remaining[i] === 0) eligible[count++] = i;
    }
    for (let p = 0; p < m.n; p++) {
      let worst = Number.NEGATIVE_INFINITY;
      for (let e = 0; e < count; e++) worst = Math.max(worst, priority[eligible[e]]);
      let total = 0;
      for (let e = 0; e < count; e++) {
        const w = alpha === 0 ? 1 : (worst - priority[eligible[e]] + 1) ** alpha;
        weights[e] = w;
        total += w;
      }
      let pick = rng.next() * total;
      let chosen = count - 1;
      for (let e = 0; e < count; e++) {
        pick -= weights[e];
        if (pick < 0) {
          chosen = e;
          break;
        }
      }
      const j = eligible[chosen];
      eligible[chosen] = eligible[--count];
      out[p] = j;
      for (let e = m.succStart[j]; e < m.succStart[j + 1]; e++)
        if (--remaining[m.succIdx[e]] === 0) eligible[count++] = m.succIdx[e];
    }
  }
}

/** Latest finish time priority: the longest path from an activity's start to the project's end, negated. */
export function lftPriority(m: Model): Float64Array {
  const p = new Float64Array(m.n);
  for (let i = 0; i < m.n; i++) p[i] = -m.tail[i] + m.dur[i];
  return p;
}
