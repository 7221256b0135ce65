import { copyInto, Evaluator, type Individual, individual } from './evaluate.ts';
import { orderByTime } from './justify.ts';
import type { Model } from './model.ts';
import { Rng } from './random.ts';
import { lftPriority, Sampler } from './sampling.ts';
import type { Objective, OptimiseProgress } from './types.ts';

export interface SearchOptions {
  objective: Objective;
  schedules: number;
  timeLimitMs: number;
  seed: number;
  /** Stop as soon as a schedule without lateness reaches this objective value (a lower bound). */
  target: number;
  initialStarts?: number[];
  onProgress?: (progress: OptimiseProgress) => void;
  shouldStop?: () => boolean;
}

export interface SearchOutcome {
  best: Individual;
  schedules: number;
  stoppedBy: 'schedules' | 'time' | 'stopped' | 'optimal';
}

/**
 * Genetic algorithm over activity lists (Hartmann's two-point crossover, adjacent-swap mutation) where
 * every child is decoded by the serial forward pass and double-justified (Lamarckian: the child keeps the
 * justified list). Elitist replacement without duplicates; restarts from the best when the search stalls.
 */
export class GeneticSearch {
  private readonly rng: Rng;
  private readonly ev: Evaluator;
  private readonly sampler: Sampler;
  private readonly size: number;
  private pop: Individual[];
  private kids: Individual[];
  private readonly pool: Individual[];
  private readonly taken: Uint8Array;
  private readonly load: Float64Array;
  private readonly params = {
    size: Number(globalThis.process?.env?.GA_SIZE ?? 0),
    mut: Number(globalThis.process?.env?.GA_MUT ?? 0.05),
    px: Number(globalThis.process?.env?.GA_PX ?? 0),
    stall: Number(globalThis.process?.env?.GA_STALL ?? 30),
    lmin: Number(globalThis.process?.env?.GA_LMIN ?? 0.1),
    lmax: Number(globalThis.process?.env?.GA_LMAX ?? 0.4),
  };
  readonly best: Individual;
  private readonly started = Date.now();

  constructor(
    private readonly m: Model,
    private readonly opts: SearchOptions,
  ) {
    this.rng = new Rng(opts.seed);
    this.ev = new Evaluator(m, opts.objective);
    this.sampler = new Sampler(m, lftPriority(m));
    this.size = this.params.size || (m.n <= 40 ? 40 : 60);
    this.load = new Float64Array(m.horizon + 1);
    this.pop = Array.from({ length: this.size }, () => individual(m.n));
    this.kids = Array.from({ length: this.size }, () => individual(m.n));
    this.pool = new Array(2 * this.size);
    this.taken = new Uint8Array(m.n);
    this.best = individual(m.n);
  }

  private done(): SearchOutcome['stoppedBy'] | null {
    const b = this.best;
    if (b.late === 0 && this.opts.objective === 'makespan' && b.makespan <= this.opts.target)
      return 'optimal';
    if (this.ev.schedules >= this.opts.schedules) return 'schedules';
    return null;
  }

  private consider(ind: Individual): void {
    if (ind.fitness < this.best.fitness) copyInto(ind, this.best);
  }

  private select(): Individual {
    const a = this.pop[this.rng.int(this.size)];
    const b = this.pop[this.rng.int(this.size)];
    return a.fitness <= b.fitness ? a : b;
  }

  /** Appends j to the child at position p and marks it taken. */
  private put(child: Int32Array, p: number, j: number): number {
    this.taken[j] = 1;
    child[p] = j;
    return p + 1;
  }

  /** Two-point crossover: the child keeps the mother's head and tail, the middle in the father's order. */
  private crossover(mother: Int32Array, father: Int32Array, child: Int32Array): void {
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
   * Peak crossover (Valls, Ballestín and Quintanilla): the child keeps the mother's activities running in a
   * high-utilisation interval of her schedule, in her order; the activities before that interval and those
   * after it come in the father's order.
   */
  private peakCrossover(mother: Individual, father: Int32Array, child: Int32Array): void {
    const m = this.m;
    const load = this.load;
    const T = mother.makespan;
    load.fill(0, 0, T + 1);
    for (let j = 0; j < m.n; j++)
      for (let e = m.resStart[j]; e < m.resStart[j + 1]; e++) {
        const k = m.resIdx[e];
        const s = mother.starts[j];
        for (let t = s; t < s + m.dur[j]; t++)
          load[t] += m.dem[j * m.nR + k] / Math.max(1e-9, m.avail0[k * m.horizon + t]);
      }
    const { lmin, lmax } = this.params;
    const len = Math.max(1, Math.round(T * (lmin + (lmax - lmin) * this.rng.next())));
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

  private isPredecessor(a: number, b: number): boolean {
    const m = this.m;
    for (let e = m.predStart[b]; e < m.predStart[b + 1]; e++) if (m.predIdx[e] === a) return true;
    return false;
  }

  private mutate(list: Int32Array, rate: number): void {
    for (let p = 0; p + 1 < list.length; p++)
      if (this.rng.next() < rate && !this.isPredecessor(list[p], list[p + 1])) {
        const t = list[p];
        list[p] = list[p + 1];
        list[p + 1] = t;
      }
  }

  /** Keeps the best `size` distinct schedules of population and children. */
  private merge(): void {
    const pool = this.pool;
    const size = this.size;
    for (let i = 0; i < size; i++) {
      pool[i] = this.pop[i];
      pool[size + i] = this.kids[i];
    }
    pool.sort((a, b) => (a.fitness < b.fitness ? -1 : a.fitness > b.fitness ? 1 : a.hash - b.hash));
    const next: Individual[] = [];
    const rest: Individual[] = [];
    for (let i = 0; i < pool.length; i++) {
      const dup = i > 0 && pool[i].fitness === pool[i - 1].fitness && pool[i].hash === pool[i - 1].hash;
      if (!dup && next.length < size) next.push(pool[i]);
      else rest.push(pool[i]);
    }
    while (next.length < size) next.push(rest.shift() as Individual);
    this.pop = next;
    this.kids = rest.slice(0, size);
  }

  private seedPopulation(from: number): SearchOutcome['stoppedBy'] | null {
    for (let i = from; i < this.size; i++) {
      const ind = this.pop[i];
      this.sampler.sample(this.rng, 1, ind.list);
      this.ev.evaluate(ind);
      this.consider(ind);
      const stop = this.done();
      if (stop) return stop;
    }
    return null;
  }

  run(): SearchOutcome {
    const m = this.m;
    const opts = this.opts;
    let from = 0;
    if (opts.initialStarts) {
      const starts = Int32Array.from(opts.initialStarts, (s) => Math.max(0, Math.round(s)));
      orderByTime(m, this.ev.ws, starts, false, this.pop[0].list);
      this.ev.evaluate(this.pop[0]);
      this.consider(this.pop[0]);
      from = 1;
    }
    const finish = (stoppedBy: SearchOutcome['stoppedBy']): SearchOutcome => {
      opts.onProgress?.({
        fraction: 1,
        schedules: this.ev.schedules,
        bestMakespan: this.best.makespan,
        bestObjective: this.best.objective,
      });
      return { best: this.best, schedules: this.ev.schedules, stoppedBy };
    };
    let stop = this.seedPopulation(from);
    if (stop) return finish(stop);
    let stall = 0;
    let generation = 0;
    for (;;) {
      if (opts.shouldStop?.()) return finish('stopped');
      if (Date.now() - this.started >= opts.timeLimitMs) return finish('time');
      const before = this.best.fitness;
      for (let c = 0; c < this.size; c++) {
        const kid = this.kids[c];
        const mother = this.select();
        const father = this.select();
        if (this.rng.next() < this.params.px) this.peakCrossover(mother, father.list, kid.list);
        else this.crossover(mother.list, father.list, kid.list);
        this.mutate(kid.list, this.params.mut);
        this.ev.evaluate(kid);
        this.consider(kid);
        stop = this.done();
        if (stop) return finish(stop);
      }
      this.merge();
      generation++;
      stall = this.best.fitness < before ? 0 : stall + 1;
      if (stall > this.params.stall) {
        stall = 0;
        stop = this.seedPopulation(Math.ceil(this.size / 10));
        if (stop) return finish(stop);
      }
      if (opts.onProgress && generation % 10 === 0)
        opts.onProgress({
          fraction: Math.min(1, this.ev.schedules / opts.schedules),
          schedules: this.ev.schedules,
          bestMakespan: this.best.makespan,
          bestObjective: this.best.objective,
        });
    }
  }
}
