import { checkSchedule } from '../scheduling/index.ts';
import type { Objective } from '../scheduling/types.ts';
import type { PlanProblem } from './model.ts';

export interface ScheduleSnapshot {
  starts: Record<string, number>;
  finishMonth: number;
  weightedCompletion: number;
  deadlineMisses: { itemId: string; lateBy: number }[];
  violations: number;
}

/** The figures an optimisation compares before and after, for start months in engine order. */
export function scheduleSnapshot(model: PlanProblem, starts: number[]): ScheduleSnapshot {
  const { activities } = model.problem;
  let finishMonth = 0;
  let weightedCompletion = 0;
  const deadlineMisses: ScheduleSnapshot['deadlineMisses'] = [];
  activities.forEach((activity, index) => {
    const finish = starts[index] + activity.duration;
    finishMonth = Math.max(finishMonth, finish);
    weightedCompletion += (activity.weight ?? 1) * finish;
    if (activity.deadline !== undefined && finish > activity.deadline)
      deadlineMisses.push({ itemId: model.activityIds[index], lateBy: finish - activity.deadline });
  });
  return {
    starts: Object.fromEntries(model.activityIds.map((id, index) => [id, starts[index]])),
    finishMonth,
    weightedCompletion,
    deadlineMisses,
    violations: checkSchedule(model.problem, starts).length,
  };
}

const lateness = (snapshot: ScheduleSnapshot) =>
  snapshot.deadlineMisses.reduce((sum, miss) => sum + miss.lateBy, 0);

/**
 * Whether `candidate` is at least as good as `incumbent`: feasible, then less lateness beyond deadlines,
 * then the objective. The optimiser rebuilds schedules from activity orders, so it can return something
 * worse than a good schedule it was seeded with; the server keeps the current one then.
 */
export function isNoWorse(
  candidate: ScheduleSnapshot,
  incumbent: ScheduleSnapshot,
  objective: Objective,
): boolean {
  if (candidate.violations !== 0) return incumbent.violations !== 0;
  if (incumbent.violations !== 0) return true;
  const lateDiff = lateness(candidate) - lateness(incumbent);
  if (lateDiff !== 0) return lateDiff < 0;
  return objective === 'makespan'
    ? candidate.finishMonth < incumbent.finishMonth ||
        (candidate.finishMonth === incumbent.finishMonth &&
          candidate.weightedCompletion <= incumbent.weightedCompletion)
    : candidate.weightedCompletion <= incumbent.weightedCompletion;
}
