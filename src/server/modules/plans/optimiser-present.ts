import type { HeldActivity } from '../../../core/planning/model.ts';
import type { ScheduleSnapshot } from '../../../core/planning/snapshot.ts';
import type { Objective } from '../../../core/scheduling/types.ts';
import type { planOptimisations } from '../../db/schema/index.ts';

export type OptimisationRow = typeof planOptimisations.$inferSelect;

/** What a run starts from, kept in its `before` column: the schedule, the bound, and what it held fixed. */
export type BeforeSnapshot = ScheduleSnapshot & {
  lowerBound: number;
  /** Absent in runs made before plans had a status date. */
  statusDate?: string;
  held?: HeldActivity[];
};

const snapshot = (value: BeforeSnapshot | ScheduleSnapshot | null): ScheduleSnapshot | null =>
  value
    ? {
        starts: value.starts,
        finishMonth: value.finishMonth,
        weightedCompletion: value.weightedCompletion,
        deadlineMisses: value.deadlineMisses,
        violations: value.violations,
      }
    : null;

/**
 * A run as the API shows it. `live` is its progress while a worker searches in this process; a row still
 * 'running' without one was cut short when the server stopped.
 */
export function presentOptimisation(row: OptimisationRow, live?: { progress: number; schedules: number }) {
  const interrupted = row.status === 'running' && !live;
  const before = row.before as BeforeSnapshot | null;
  return {
    id: row.id,
    planId: row.planId,
    status: (interrupted ? 'failed' : row.status) as 'running' | 'done' | 'failed' | 'cancelled' | 'applied',
    objective: row.objective as Objective,
    scheduleBudget: row.scheduleBudget,
    timeLimitSeconds: row.timeLimitSeconds,
    seed: row.seed,
    progress: live ? live.progress : row.progress,
    schedules: live ? live.schedules : row.schedules,
    lowerBound: before?.lowerBound ?? null,
    before: snapshot(before),
    after: snapshot(row.after as ScheduleSnapshot | null),
    statusDate: before?.statusDate ?? null,
    held: before?.held ?? [],
    error: interrupted ? 'the server stopped before the optimisation finished' : row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
