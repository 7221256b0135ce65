import { doubleJustify, type JustifyScratch, justifyScratch } from './justify.ts';
import { type Model, NO_DEADLINE } from './model.ts';
import { forwardSgs, type Workspace, workspace } from './sgs.ts';
import type { Objective } from './types.ts';

/** One candidate: an activity list and the schedule it stands for, with its fitness (lower is better). */
export interface Individual {
  list: Int32Array;
  starts: Int32Array;
  makespan: number;
  late: number;
  objective: number;
  fitness: number;
  hash: number;
}

export function individual(n: number): Individual {
  return {
    list: new Int32Array(n),
    starts: new Int32Array(n),
    makespan: 0,
    late: 0,
    objective: 0,
    fitness: Number.POSITIVE_INFINITY,
    hash: 0,
  };
}

export function copyInto(from: Individual, to: Individual): void {
  to.list.set(from.list);
  to.starts.set(from.starts);
  to.makespan = from.makespan;
  to.late = from.late;
  to.objective = from.objective;
  to.fitness = from.fitness;
  to.hash = from.hash;
}

/**
 * Decodes activity lists into schedules and scores them. Fitness is lexicographic: total lateness beyond
 * deadlines first, then the objective (makespan or weighted completion), folded into one number.
 */
export class Evaluator {
  schedules = 0;
  readonly ws: Workspace;
  private readonly scratch: JustifyScratch;
  private readonly tmp: Individual;
  private readonly scale: number;
  private readonly justifyOnly: boolean;

  constructor(
    readonly m: Model,
    readonly objective: Objective,
  ) {
    this.ws = workspace(m);
    this.scratch = justifyScratch(m);
    this.tmp = individual(m.n);
    let weights = 0;
    for (let i = 0; i < m.n; i++) weights += m.weight[i];
    this.scale = (objective === 'makespan' ? 1 : weights + 1) * (m.horizon + 1) + 1;
    this.justifyOnly = objective === 'makespan' && !m.hasDeadlines;
  }

  score(ind: Individual, makespan: number): void {
    const m = this.m;
    let late = 0;
    let weighted = 0;
    let hash = 2166136261;
    for (let i = 0; i < m.n; i++) {
      const finish = ind.starts[i] + m.dur[i];
      if (m.deadline[i] !== NO_DEADLINE && finish > m.deadline[i]) late += finish - m.deadline[i];
      weighted += m.weight[i] * finish;
      hash = Math.imul(hash ^ ind.starts[i], 16777619);
    }
    ind.makespan = makespan;
    ind.late = late;
    ind.objective = this.objective === 'makespan' ? makespan : weighted;
    ind.fitness = late * this.scale + ind.objective;
    ind.hash = hash >>> 0;
  }

  /**
   * Decodes ind.list (forward pass), then double-justifies it; ind holds the better of the two (under a
   * pure makespan objective, always the justified one).
   */
  evaluate(ind: Individual, justify = true): void {
    const makespan = forwardSgs(this.m, this.ws, ind.list, ind.starts);
    this.schedules++;
    if (makespan < 0) {
      ind.fitness = Number.POSITIVE_INFINITY;
      ind.makespan = -1;
      return;
    }
    if (!justify) {
      this.score(ind, makespan);
      return;
    }
    if (this.justifyOnly) {
      const result = doubleJustify(this.m, this.ws, ind.starts, makespan, this.scratch);
      this.schedules += 2;
      ind.list.set(this.scratch.list);
      this.score(ind, result);
      return;
    }
    this.score(ind, makespan);
    const tmp = this.tmp;
    tmp.starts.set(ind.starts);
    const result = doubleJustify(this.m, this.ws, tmp.starts, makespan, this.scratch);
    this.schedules += 2;
    tmp.list.set(this.scratch.list);
    this.score(tmp, result);
    if (tmp.fitness < ind.fitness) copyInto(tmp, ind);
  }
}
