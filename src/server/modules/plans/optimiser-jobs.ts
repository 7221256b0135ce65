import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { currentStarts, planToProblem } from '../../../core/planning/model.ts';
import { isNoWorse, type ScheduleSnapshot, scheduleSnapshot } from '../../../core/planning/snapshot.ts';
import { explainInfeasibility, lowerBound } from '../../../core/scheduling/index.ts';
import type { Objective } from '../../../core/scheduling/types.ts';
import type { Db } from '../../db/client.ts';
import { planOptimisations } from '../../db/schema/index.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { type BeforeSnapshot, type OptimisationRow, presentOptimisation } from './optimiser-present.ts';
import type { OptimiserMessage, OptimiserTask } from './optimiser-task.ts';
import { setSchedule } from './plans-service.ts';
import { findPlan, loadPlanContents } from './repo.ts';

/** Runs in this process: progress lives here while a worker searches; the database keeps the outcome. */
interface RunningJob {
  planId: string;
  worker: Worker;
  stop: Int32Array;
  gate: Int32Array;
  progress: number;
  schedules: number;
  finished: Promise<void>;
}
const running = new Map<string, RunningJob>();

/**
 * Tests set this so that runs started meanwhile wait at their start gate until they are cancelled: "cancel
 * right after start" then never races a search that finishes first.
 */
let holdAtStart = false;
export function holdOptimisersAtStart(hold: boolean): void {
  holdAtStart = hold;
}

function openGate(gate: Int32Array): void {
  Atomics.store(gate, 0, 1);
  Atomics.notify(gate, 0);
}

/** How many searches may run at once on this server: each takes a CPU core while it runs. */
function optimiserLimit(): number {
  const configured = Number(process.env.CUSTODES_OPTIMISER_WORKERS);
  return Number.isInteger(configured) && configured > 0 ? configured : availableParallelism();
}

export interface OptimisationInput {
  objective?: Objective;
  schedules?: number;
  timeLimitSeconds?: number;
  seed?: number;
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
  planId: string;
}

/** A run as the API shows it, with its live progress while it runs here. */
function presentRun(row: OptimisationRow) {
  return presentOptimisation(row, running.get(row.id));
}

async function findOptimisation(db: Db, planId: string, optimisationId: string) {
  const [row] = await db
    .select()
    .from(planOptimisations)
    .where(and(eq(planOptimisations.id, optimisationId), eq(planOptimisations.planId, planId)));
  if (!row) throw new AppError('not_found', `no optimisation "${optimisationId}" for this plan`);
  return row;
}

export async function listOptimisations({ db, actor, planId }: Options) {
  authorize(actor, 'workspace:read');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const rows = await db
    .select()
    .from(planOptimisations)
    .where(eq(planOptimisations.planId, plan.id))
    .orderBy(desc(planOptimisations.createdAt))
    .limit(20);
  return rows.map(presentRun);
}

export async function getOptimisation({
  db,
  actor,
  planId,
  optimisationId,
}: Options & { optimisationId: string }) {
  authorize(actor, 'workspace:read');
  const plan = await findPlan(db, actor.workspace.id, planId);
  return presentRun(await findOptimisation(db, plan.id, optimisationId));
}

/** Starts the optimiser in a worker thread; refuses (409, saying why) when no schedule can exist. */
export async function startOptimisation({
  db,
  actor,
  planId,
  input,
}: Options & { input: OptimisationInput }) {
  authorize(actor, 'plan:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const { data } = await loadPlanContents(db, plan);
  const model = planToProblem(data);
  if (model.activityIds.length === 0)
    throw new AppError('conflict', 'the plan has no activities to schedule');
  const infeasibility = explainInfeasibility(model.problem);
  if (infeasibility)
    throw new AppError('conflict', `no schedule exists: ${infeasibility.message}`, infeasibility);
  if ([...running.values()].some((job) => job.planId === plan.id))
    throw new AppError('conflict', 'an optimisation of this plan is already running; cancel it or wait');
  const limit = optimiserLimit();
  if (running.size >= limit)
    throw new AppError(
      'rate_limited',
      `the server is already running ${running.size} optimisation(s), its limit (CUSTODES_OPTIMISER_WORKERS=${limit}); try again when one finishes`,
    );
  const starts = currentStarts(data, model);
  const before: BeforeSnapshot = {
    ...scheduleSnapshot(model, starts),
    lowerBound: lowerBound(model.problem),
    statusDate: data.statusDate,
    held: model.held,
  };
  const settings = {
    objective: input.objective ?? 'makespan',
    scheduleBudget: input.schedules ?? 20_000,
    timeLimitSeconds: input.timeLimitSeconds ?? 60,
    seed: input.seed ?? 1,
  };
  const [row] = await db
    .insert(planOptimisations)
    .values({
      id: randomUUID(),
      workspaceId: actor.workspace.id,
      planId: plan.id,
      status: 'running',
      ...settings,
      before,
      createdBy: actor.user.id,
    })
    .returning();
  const task: OptimiserTask = {
    problem: model.problem,
    options: {
      objective: settings.objective,
      schedules: settings.scheduleBudget,
      timeLimitMs: settings.timeLimitSeconds * 1000,
      seed: settings.seed,
      initialStarts: before.violations === 0 ? starts : undefined,
    },
    stopFlag: new SharedArrayBuffer(4),
    startGate: new SharedArrayBuffer(4),
  };
  const worker = new Worker(new URL('./optimiser-worker.js', import.meta.url), { workerData: task });
  let settle: () => void = () => {};
  const job: RunningJob = {
    planId: plan.id,
    worker,
    stop: new Int32Array(task.stopFlag),
    gate: new Int32Array(task.startGate),
    progress: 0,
    schedules: 0,
    finished: new Promise((resolve) => {
      settle = resolve;
    }),
  };
  running.set(row.id, job);
  if (!holdAtStart) openGate(job.gate);
  const finish = async (values: Partial<OptimisationRow>) => {
    const cancelled = Atomics.load(job.stop, 0) === 1;
    try {
      await db
        .update(planOptimisations)
        .set({
          status: values.status === 'done' && cancelled ? 'cancelled' : values.status,
          progress: values.status === 'done' ? 1 : job.progress,
          schedules: job.schedules,
          after: values.after ?? null,
          error: values.error ?? null,
          finishedAt: new Date(),
        })
        .where(eq(planOptimisations.id, row.id));
    } finally {
      running.delete(row.id);
      settle();
    }
  };
  worker.on('message', (message: OptimiserMessage) => {
    if (message.type === 'progress') {
      job.progress = message.fraction;
      job.schedules = message.schedules;
    } else if (message.type === 'done') {
      job.schedules = message.result.schedules;
      const found = scheduleSnapshot(model, message.result.starts);
      const current = scheduleSnapshot(model, starts);
      void finish({ status: 'done', after: isNoWorse(found, current, settings.objective) ? found : current });
    } else void finish({ status: 'failed', error: message.message });
  });
  worker.on('error', (error) => void finish({ status: 'failed', error: error.message }));
  worker.on('exit', (code) => {
    if (running.has(row.id) && code !== 0)
      void finish({ status: 'failed', error: `the optimiser stopped (exit ${code})` });
  });
  return presentRun(row);
}

/** Stops the search; the best schedule found so far is kept and can still be applied. */
export async function cancelOptimisation({
  db,
  actor,
  planId,
  optimisationId,
}: Options & { optimisationId: string }) {
  authorize(actor, 'plan:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const row = await findOptimisation(db, plan.id, optimisationId);
  const job = running.get(row.id);
  if (!job)
    throw new AppError('conflict', `the optimisation is not running (it is ${presentRun(row).status})`);
  Atomics.store(job.stop, 0, 1);
  openGate(job.gate);
  await job.finished;
  return presentRun(await findOptimisation(db, plan.id, row.id));
}

/** Waits for a running optimisation to end (tests and the demo seed). */
export async function waitForOptimisation(optimisationId: string): Promise<void> {
  await running.get(optimisationId)?.finished;
}

export async function applyOptimisation({
  db,
  actor,
  planId,
  optimisationId,
}: Options & { optimisationId: string }) {
  authorize(actor, 'plan:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const row = await findOptimisation(db, plan.id, optimisationId);
  const after = row.after as ScheduleSnapshot | null;
  if (!after || (row.status !== 'done' && row.status !== 'cancelled'))
    throw new AppError(
      'conflict',
      `only a finished optimisation can be applied (this one is ${presentRun(row).status})`,
    );
  const { data } = await loadPlanContents(db, plan);
  const activities = new Set(data.items.filter((item) => item.kind === 'activity').map((item) => item.id));
  const planned = Object.keys(after.starts);
  if (planned.length !== activities.size || planned.some((id) => !activities.has(id)))
    throw new AppError(
      'conflict',
      'activities were added or removed since this optimisation ran; run it again',
    );
  // Durations, dependencies, demands or capacities may have changed since the run: never write a
  // schedule that now breaks the plan when it respected it then.
  const model = planToProblem(data);
  const now = scheduleSnapshot(
    model,
    model.activityIds.map((id) => after.starts[id]),
  );
  if (after.violations === 0 && now.violations > 0)
    throw new AppError(
      'conflict',
      `the plan changed since this optimisation ran: its schedule would now break ${now.violations} constraint(s); run it again`,
    );
  await setSchedule({ db, actor, planId: plan.id, starts: after.starts, action: 'plan.optimisation.apply' });
  await db.update(planOptimisations).set({ status: 'applied' }).where(eq(planOptimisations.id, row.id));
  return presentRun({ ...row, status: 'applied' });
}
