import { checkSchedule } from '../scheduling/index.ts';
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
