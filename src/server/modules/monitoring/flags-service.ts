import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Decision, IndicatorStatus } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import { monitoringFlags, monitoringIndicators } from '../../db/schema/monitoring.ts';
import { appendAudit } from '../audit/repo.ts';
import { referencePlan } from '../plans/repo.ts';
import { createScenario } from '../plans/scenarios-service.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditedFlag, findFlag, loadFlags, type PresentedFlag, reviewItemsByResult } from './flags-repo.ts';
import { computeStatuses, statusDateOf } from './status-service.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
  language: string;
}

/** Review flags of the workspace, open or decided, optionally only those touching one plan. */
export async function listFlags({
  db,
  actor,
  language,
  status,
  planId,
}: Options & { status?: 'open' | 'decided'; planId?: string }) {
  authorize(actor, 'workspace:read');
  return loadFlags(db, actor.workspace.id, { language, status, planId });
}

async function presentOne(db: Db, workspaceId: string, flagId: string, language: string) {
  const [flag] = await loadFlags(db, workspaceId, { language, flagId });
  return flag as PresentedFlag;
}

/** Records the decision on an open flag (adjust, continue, drop) with its reason; 409 once decided. */
export async function decideFlag({
  db,
  actor,
  language,
  flagId,
  input,
  expectedVersion,
}: Options & {
  flagId: string;
  input: { decision: Decision; reason: string };
  expectedVersion?: number;
}) {
  authorize(actor, 'monitoring:decide');
  await db.transaction(async (tx) => {
    const before = await findFlag(tx, actor.workspace.id, flagId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (before.decision)
      throw new AppError('conflict', `decision: this flag was already decided (${before.decision})`, {
        field: 'decision',
      });
    const [after] = await tx
      .update(monitoringFlags)
      .set({
        decision: input.decision,
        reason: input.reason.trim(),
        decidedBy: actor.user.id,
        decidedAt: new Date(),
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringFlags.rowVersion),
      })
      .where(eq(monitoringFlags.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_flag.decide',
      entityType: 'monitoring_flag',
      entityId: before.id,
      before: auditedFlag(before),
      after: auditedFlag(after),
    });
  });
  return presentOne(db, actor.workspace.id, flagId, language);
}

/** The plan to copy: the one holding most of the flagged items, the reference plan on a tie. */
async function planToAdjust(db: Db, workspaceId: string, indicatorId: string) {
  const [indicator] = await db
    .select({ code: monitoringIndicators.code, resultId: monitoringIndicators.resultId })
    .from(monitoringIndicators)
    .where(and(eq(monitoringIndicators.id, indicatorId), eq(monitoringIndicators.workspaceId, workspaceId)));
  const items = indicator?.resultId
    ? ((await reviewItemsByResult(db, workspaceId, [indicator.resultId])).get(indicator.resultId) ?? [])
    : [];
  if (items.length === 0)
    throw new AppError(
      'conflict',
      'flagId: no plan item is linked to the results of this indicator; link plan items to its result first',
      { field: 'flagId' },
    );
  const reference = await referencePlan(db, workspaceId);
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.planId, (counts.get(item.planId) ?? 0) + 1);
  const [best] = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || Number(b[0] === reference?.id) - Number(a[0] === reference?.id),
  );
  return { planId: best[0], indicatorCode: indicator?.code ?? '' };
}

/**
 * Opens a re-planning scenario (a copy of the plan holding the flagged items) from a flag and keeps it on
 * the flag; an open flag is decided "adjust" with the note as its reason. 409 when it already has one.
 */
export async function openScenarioFromFlag({
  db,
  actor,
  language,
  flagId,
  input,
}: Options & { flagId: string; input: { name?: string; note?: string } }) {
  authorize(actor, 'monitoring:decide');
  authorize(actor, 'plan:write');
  await db.transaction(async (tx) => {
    const before = await findFlag(tx, actor.workspace.id, flagId, true);
    if (before.scenarioPlanId)
      throw new AppError('conflict', 'flagId: this flag already has a re-planning scenario', {
        field: 'flagId',
      });
    const { planId, indicatorCode } = await planToAdjust(tx, actor.workspace.id, before.indicatorId);
    const name = input.name ?? `${indicatorCode} ${before.period}`;
    const scenario = await createScenario({
      db: tx,
      actor,
      planId,
      input: { name, note: input.note ?? null },
    });
    const decided = before.decision !== null;
    const [after] = await tx
      .update(monitoringFlags)
      .set({
        scenarioPlanId: scenario.id,
        decision: decided ? before.decision : 'adjust',
        reason: decided ? before.reason : (input.note ?? name),
        decidedBy: decided ? before.decidedBy : actor.user.id,
        decidedAt: decided ? before.decidedAt : new Date(),
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringFlags.rowVersion),
      })
      .where(eq(monitoringFlags.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_flag.scenario',
      entityType: 'monitoring_flag',
      entityId: before.id,
      before: auditedFlag(before),
      after: { ...auditedFlag(after), scenarioName: scenario.name },
    });
  });
  return presentOne(db, actor.workspace.id, flagId, language);
}

/** One computed status of an indicator at an org unit, as the status service gives it. */
export interface StatusForFlags {
  indicatorId: string;
  orgUnitId: string;
  period: string | null;
  status: IndicatorStatus;
  actual: number | null;
  expected: number | null;
}

/**
 * Raises a flag for every (indicator, org unit) off track in the period of its latest actual, and
 * refreshes the status of the flags already there. Decided flags keep their decision; flags whose
 * indicator recovered stay as history with their new status. Audited as the system.
 */
export async function applyFlagStatuses(db: Db, workspaceId: string, statuses: StatusForFlags[]) {
  let raised = 0;
  await db.transaction(async (tx) => {
    const existing = await tx
      .select()
      .from(monitoringFlags)
      .where(eq(monitoringFlags.workspaceId, workspaceId));
    const current = new Map(statuses.map((s) => [`${s.indicatorId}|${s.orgUnitId}`, s]));
    for (const flag of existing) {
      const now = current.get(`${flag.indicatorId}|${flag.orgUnitId}`);
      if (!now) continue;
      const samePeriod = now.period === flag.period;
      const status = samePeriod || now.status !== 'off_track' ? now.status : flag.status;
      const actual = samePeriod ? now.actual : flag.actual;
      const expected = samePeriod ? now.expected : flag.expected;
      if (status === flag.status && actual === flag.actual && expected === flag.expected) continue;
      await tx
        .update(monitoringFlags)
        .set({ status, actual, expected, updatedAt: new Date() })
        .where(eq(monitoringFlags.id, flag.id));
    }
    const keys = new Set(existing.map((f) => `${f.indicatorId}|${f.orgUnitId}|${f.period}`));
    for (const s of statuses) {
      if (s.status !== 'off_track' || s.period === null) continue;
      if (keys.has(`${s.indicatorId}|${s.orgUnitId}|${s.period}`)) continue;
      const [created] = await tx
        .insert(monitoringFlags)
        .values({
          id: randomUUID(),
          workspaceId,
          indicatorId: s.indicatorId,
          orgUnitId: s.orgUnitId,
          period: s.period,
          status: s.status,
          actual: s.actual,
          expected: s.expected,
        })
        .returning();
      raised++;
      await appendAudit(tx, {
        workspaceId,
        actorId: null,
        action: 'monitoring_flag.raise',
        entityType: 'monitoring_flag',
        entityId: created.id,
        after: auditedFlag(created),
      });
    }
  });
  return { raised };
}

/**
 * Re-judges every indicator at the workspace's status date and raises or refreshes its review flags;
 * called after each analytics refresh.
 */
export async function syncReviewFlags({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const asOf = await statusDateOf(db, workspaceId);
  const statuses = await computeStatuses({ db, workspaceId, asOf, language: 'en' });
  return applyFlagStatuses(db, workspaceId, statuses);
}
