import { copyInto, Evaluator, type Individual, individual } from './evaluate.ts';
import { orderByTime } from './justify.ts';
import type { Model } from './model.ts';
import { Operators } from './operators.ts';
import { Rng } from './random.ts';
import { lftPriority, Sampler } from './sampling.ts';
import type { Objective, OptimiseProgress } from './types.ts';

export interface SearchOptions {
  objective: Objective;
  schedules: number;
  timeLimitMs: number;
  seed: number;
  /** Stop as soon as a schedule without lateness reaches this makespan (a lower bound). */
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

type Stop = SearchOutcome['stoppedBy'] | null;

/**
 * Tuned on PSPLIB j30/j60 at 50,000 schedules (see bench/README.md). Population: one individual per 80
 * schedules of budget, 30 to 600 (a large population mattered most). Children: 30 % by window re-sampling of
 * one parent, the rest by crossover (half peak, half two-point) plus mutation. For the last 55 % of the
 * budget the population shrinks to its 150 best schedules (intensification).
 */
const PARAMS = {
  perIndividual: 80,
  minSize: 30,
  maxSize: 600,
  windowShare: 0.3,
  peakShare: 0.5,
  mutation: 0.05,
  stallGenerations: 30,
  keepOnRestart: 0.1,
  focusShare: 0.55,
  focusSize: 150,
};

/**
 * Genetic algorithm over activity lists where every child is decoded by the serial forward pass and
 * double-justified (Lamarckian: the child keeps the justified list); elitist replacement without duplicate
 * schedules; random restarts when the search stalls; a large population first, then a small one.
 */
export class GeneticSearch {
  private readonly rng: Rng;
  private readonly ev: Evaluator;
  private readonly ops: Operators;
  private readonly sampler: Sampler;
  private size: number;
  private pop: Individual[];
  private kids: Individual[];
  private pool: Individual[];
  readonly best: Individual;
  private readonly started = Date.now();

  constructor(
    private readonly m: Model,
    private readonly opts: SearchOptions,
  ) {
    this.rng = new Rng(opts.seed);
    this.ev = new Evaluator(m, opts.objective);
    this.ops = new Operators(m, this.rng);
    this.sampler = new Sampler(m, lftPriority(m));
    const wanted = Math.round(opts.schedules / PARAMS.perIndividual);
    this.size = Math.max(PARAMS.minSize, Math.min(PARAMS.maxSize, wanted));
    this.pop = Array.from({ length: this.size }, () => individual(m.n));
    this.kids = Array.from({ length: this.size }, () => individual(m.n));
    this.pool = new Array(2 * this.size);
    this.best = individual(m.n);
  }

  private done(): Stop {
    const b = this.best;
    if (b.late === 0 && this.opts.objective === 'makespan' && b.makespan <= this.opts.target)
      return 'optimal';
    if (this.ev.schedules >= this.opts.schedules) return 'schedules';
    return null;
  }

  private interrupted(): Stop {
    if (this.opts.shouldStop?.()) return 'stopped';
    if (Date.now() - this.started >= this.opts.timeLimitMs) return 'time';
    return null;
  }

  private evaluate(ind: Individual): Stop {
    this.ev.evaluate(ind);
    if (ind.fitness < this.best.fitness) copyInto(ind, this.best);
    return this.done();
  }

  private select(): Individual {
    const a = this.pop[this.rng.int(this.size)];
    const b = this.pop[this.rng.int(this.size)];
    return a.fitness <= b.fitness ? a : b;
  }

  /** Keeps the best `size` distinct schedules of population and children (sorted, best first). */
  private merge(): void {
    const { pool, size } = this;
    for (let i = 0; i < size; i++) {
      pool[i] = this.pop[i];
      pool[size + i] = this.kids[i];
    }
    pool.sort((a, b) => (a.fitness < b.fitness ? -1 : a.fitness > b.fitness ? 1 : a.hash - b.hash));
    const next: Individual[] = [];
    const rest: Individual[] = [];
    for (let i = 0; i < pool.length; i++) {
      const dup =
        !Number.isFinite(pool[i].fitness) ||
        (i > 0 && pool[i].fitness === pool[i - 1].fitness && pool[i].hash === pool[i - 1].hash);
      if (!dup && next.length < size) next.push(pool[i]);
      else rest.push(pool[i]);
    }
    while (next.length < size) next.push(rest.shift() as Individual);
    this.pop = next;
    this.kids = rest.slice(0, size);
  }

  /** Fills the population from index `from` on by regret-biased random sampling on latest finish times. */
  private seed(from: number): Stop {
    for (let i = from; i < this.size; i++) {
      this.sampler.sample(this.rng, 1, this.pop[i].list);
      const stop = this.evaluate(this.pop[i]);
      if (stop) return stop;
    }
    return null;
  }

  /** One generation: `size` children, then elitist replacement. */
  private generation(): Stop {
    for (let c = 0; c < this.size; c++) {
      if (c % 16 === 15) {
        const stop = this.interrupted();
        if (stop) return stop;
      }
      const kid = this.kids[c];
      const mother = this.select();
      if (this.rng.next() < PARAMS.windowShare) this.ops.resampleWindow(mother.list, kid.list);
      else {
        const father = this.select();
        if (this.rng.next() < PARAMS.peakShare) this.ops.peak(mother, father.list, kid.list);
        else this.ops.twoPoint(mother.list, father.list, kid.list);
        this.ops.mutate(kid.list, PARAMS.mutation);
      }
      const stop = this.evaluate(kid);
      if (stop) return stop;
    }
    this.merge();
    return null;
  }

  /** Keeps only the best `size` schedules of the (sorted) population. */
  private shrink(size: number): void {
    this.size = size;
    this.pop = this.pop.slice(0, size);
    this.kids = this.kids.slice(0, size);
    this.pool = new Array(2 * size);
  }

  private progress(fraction: number): void {
    this.opts.onProgress?.({
      fraction,
      schedules: this.ev.schedules,
      bestMakespan: this.best.makespan,
      bestObjective: this.best.objective,
    });
  }

  private search(): SearchOutcome['stoppedBy'] {
    const { m, opts } = this;
    let from = 0;
    if (opts.initialStarts) {
      const starts = Int32Array.from(opts.initialStarts, (s) => Math.max(0, Math.round(s)));
      orderByTime(m, this.ev.ws, starts, false, this.pop[0].list);
      const stop = this.evaluate(this.pop[0]);
      if (stop) return stop;
      from = 1;
    }
    let stop = this.seed(from);
    if (stop) return stop;
    this.merge();
    const focusFrom = opts.schedules * (1 - PARAMS.focusShare);
    let stall = 0;
    for (let generation = 1; ; generation++) {
      stop = this.interrupted();
      if (stop) return stop;
      if (this.ev.schedules >= focusFrom && this.size > PARAMS.focusSize) {
        this.shrink(PARAMS.focusSize);
        stall = 0;
      }
      const before = this.best.fitness;
      stop = this.generation();
      if (stop) return stop;
      stall = this.best.fitness < before ? 0 : stall + 1;
      if (stall > PARAMS.stallGenerations) {
        stall = 0;
        stop = this.seed(Math.ceil(this.size * PARAMS.keepOnRestart));
        if (stop) return stop;
        this.merge();
      }
      if (generation % 5 === 0) this.progress(Math.min(1, this.ev.schedules / opts.schedules));
    }
  }

  run(): SearchOutcome {
    const stoppedBy = this.search();
    this.progress(1);
    return { best: this.best, schedules: this.ev.schedules, stoppedBy };
  }
}
