import { criticalPathBoundOf, resourceBoundOf } from './bounds.ts';
import { checkSchedule } from './check.ts';
import { explainInfeasibility } from './explain.ts';
import { GeneticSearch } from './genetic.ts';
import { compile, NO_DEADLINE } from './model.ts';
import { forwardSgs, workspace } from './sgs.ts';
import type {
  Infeasibility,
  OptimiseOptions,
  ScheduleResult,
  SchedulingProblem,
  Violation,
} from './types.ts';

export { criticalPathBound, lowerBound, resourceBound } from './bounds.ts';
export { checkSchedule } from './check.ts';
export { criticalPath } from './critical.ts';
export { explainInfeasibility } from './explain.ts';
export {
  naturalCompare,
  type PsplibInstance,
  PsplibParseError,
  parsePsplib,
  psplibToProblem,
} from './psplib.ts';
export * from './types.ts';

/** Thrown when no schedule exists; `infeasibility` says why. */
export class SchedulingInfeasibleError extends Error {
  constructor(readonly infeasibility: Infeasibility) {
    super(infeasibility.message);
    this.name = 'SchedulingInfeasibleError';
  }
}

function assertFeasible(problem: SchedulingProblem): void {
  const why = explainInfeasibility(problem);
  if (why) throw new SchedulingInfeasibleError(why);
}

function noRoom(): SchedulingInfeasibleError {
  return new SchedulingInfeasibleError({
    kind: 'invalid',
    message:
      'no schedule found: each activity fits on its own, but not all together before the capacities drop for good (see the last capacity values)',
  });
}

/**
 * Serial schedule generation for a given activity order (which must respect the precedences): each
 * activity starts at the earliest period its predecessors, release date and resources allow.
 */
export function scheduleSerial(problem: SchedulingProblem, activityOrder: number[]): number[] {
  assertFeasible(problem);
  const m = compile(problem);
  const seen = new Uint8Array(m.n);
  if (activityOrder.length !== m.n)
    throw new RangeError(`activityOrder has ${activityOrder.length} entries for ${m.n} activities`);
  for (const j of activityOrder) {
    if (!Number.isInteger(j) || j < 0 || j >= m.n || seen[j])
      throw new RangeError(`activityOrder: bad or repeated index ${j}`);
    for (let e = m.predStart[j]; e < m.predStart[j + 1]; e++)
      if (!seen[m.predIdx[e]])
        throw new RangeError(
          `activityOrder: ${problem.activities[j].label} comes before its predecessor ${problem.activities[m.predIdx[e]].label}`,
        );
    seen[j] = 1;
  }
  const starts = new Int32Array(m.n);
  if (forwardSgs(m, workspace(m), Int32Array.from(activityOrder), starts) < 0) throw noRoom();
  return Array.from(starts);
}

/**
 * The violations left once those that pinned activities cause on their own are taken out: where history
 * already overran a capacity, no schedule of the free activities can repair it.
 */
function withoutHistoryOverruns(problem: SchedulingProblem, violations: Violation[]): Violation[] {
  const pinned = problem.activities.flatMap((a, i) => (a.fixedStart === undefined ? [] : [i]));
  if (pinned.length === 0) return violations;
  const history = checkSchedule(
    { ...problem, precedences: [], activities: pinned.map((i) => problem.activities[i]) },
    pinned.map((i) => problem.activities[i].fixedStart as number),
  );
  const overrun = new Set(
    history.flatMap((v) => (v.kind === 'resource' ? [`${v.resource}:${v.period}`] : [])),
  );
  return violations.filter((v) => v.kind !== 'resource' || !overrun.has(`${v.resource}:${v.period}`));
}

/**
 * Searches for a schedule minimising the makespan (or the weighted completion), deadline lateness first.
 * Throws SchedulingInfeasibleError when no schedule exists.
 */
export function optimiseSchedule(problem: SchedulingProblem, options: OptimiseOptions = {}): ScheduleResult {
  assertFeasible(problem);
  const m = compile(problem);
  const cpBound = criticalPathBoundOf(m);
  const bound = Math.max(cpBound, resourceBoundOf(problem));
  const objective = options.objective ?? 'makespan';
  const search = new GeneticSearch(m, {
    objective,
    schedules: Math.max(1, options.schedules ?? 50_000),
    timeLimitMs: options.timeLimitMs ?? Number.POSITIVE_INFINITY,
    seed: options.seed ?? 1,
    target: bound,
    initialStarts: options.initialStarts?.length === m.n ? options.initialStarts : undefined,
    onProgress: options.onProgress,
    shouldStop: options.shouldStop,
  });
  const outcome = search.run();
  const best = outcome.best;
  if (!Number.isFinite(best.fitness)) throw noRoom();
  const starts = Array.from(best.starts);
  let weightedCompletion = 0;
  const deadlineMisses: ScheduleResult['deadlineMisses'] = [];
  for (let i = 0; i < m.n; i++) {
    const finish = starts[i] + m.dur[i];
    weightedCompletion += m.weight[i] * finish;
    if (m.deadline[i] !== NO_DEADLINE && finish > m.deadline[i])
      deadlineMisses.push({
        activity: i,
        label: problem.activities[i].label,
        lateBy: finish - m.deadline[i],
      });
  }
  const broken = withoutHistoryOverruns(problem, checkSchedule(problem, starts)).filter(
    (v) => v.kind !== 'deadline',
  );
  if (broken.length)
    throw new Error(`optimiseSchedule produced an infeasible schedule: ${broken[0].message}`);
  return {
    starts,
    makespan: best.makespan,
    weightedCompletion,
    deadlineMisses,
    lowerBound: bound,
    criticalPathBound: cpBound,
    schedules: outcome.schedules,
    stoppedBy: outcome.stoppedBy,
  };
}
