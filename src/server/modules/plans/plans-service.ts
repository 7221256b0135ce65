import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { analysePlan } from '../../../core/planning/analyse.ts';
import { itemSpans } from '../../../core/planning/analysis.ts';
import type { Db } from '../../db/client.ts';
import { planItems, plans } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { findPlan, loadPlanContents, lockPlan, type PlanRow, presentPlan } from './repo.ts';

export interface PlanInput {
  name: string;
  description?: string | null;
  startMonth: string;
  horizonMonths: number;
}

/** What PATCH may change besides the plan's own fields: the status date (null: today) and quick-impact window. */
export interface PlanPatch extends Partial<PlanInput> {
  statusDate?: string | null;
  quickImpactMonths?: number;
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

const auditedPlan = (row: PlanRow) => ({
  name: row.name,
  description: row.description,
  startMonth: row.startMonth,
  horizonMonths: row.horizonMonths,
  statusDate: row.statusDate,
  quickImpactMonths: row.quickImpactMonths,
  status: row.status,
  scenarioOf: row.scenarioOf,
});

export async function listPlans({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const rows = await db
    .select({
      plan: plans,
      activityCount: sql<number>`count(${planItems.id}) filter (where ${planItems.kind} = 'activity')`,
      finishMonth: sql<number>`coalesce(max(${planItems.startMonth} + ${planItems.duration}) filter (where ${planItems.kind} = 'activity'), 0)`,
    })
    .from(plans)
    .leftJoin(planItems, eq(planItems.planId, plans.id))
    .where(eq(plans.workspaceId, actor.workspace.id))
    .groupBy(plans.id)
    .orderBy(asc(plans.createdAt), asc(plans.name));
  return rows.map((row) => ({
    ...presentPlan(row.plan),
    activityCount: Number(row.activityCount),
    finishMonth: Number(row.finishMonth),
  }));
}

export async function createPlan({ db, actor, input }: Options & { input: PlanInput }) {
  authorize(actor, 'plan:write');
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(plans)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        name: input.name,
        description: input.description ?? null,
        startMonth: input.startMonth,
        horizonMonths: input.horizonMonths,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan.create',
      entityType: 'plan',
      entityId: created.id,
      after: auditedPlan(created),
    });
    return created;
  });
  return presentPlan(row);
}

export async function getPlanDetail({ db, actor, planId }: Options & { planId: string }) {
  authorize(actor, 'workspace:read');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const contents = await loadPlanContents(db, plan);
  return {
    plan: presentPlan(plan),
    items: contents.items,
    dependencies: contents.dependencies,
    resources: contents.resources,
    analysis: analysePlan(contents.data),
  };
}

export async function updatePlan({
  db,
  actor,
  planId,
  patch,
  expectedVersion,
}: Options & { planId: string; patch: PlanPatch; expectedVersion?: number }) {
  authorize(actor, 'plan:write');
  const row = await db.transaction(async (tx) => {
    const before = await lockPlan(tx, actor.workspace.id, planId);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    const [updated] = await tx
      .update(plans)
      .set({ ...patch, updatedAt: new Date(), rowVersion: nextVersion(plans.rowVersion) })
      .where(eq(plans.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan.update',
      entityType: 'plan',
      entityId: updated.id,
      before: auditedPlan(before),
      after: auditedPlan(updated),
    });
    return updated;
  });
  return presentPlan(row);
}

export async function deletePlan({ db, actor, planId }: Options & { planId: string }) {
  authorize(actor, 'plan:approve');
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    await tx.delete(plans).where(eq(plans.id, plan.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan.delete',
      entityType: 'plan',
      entityId: plan.id,
      before: auditedPlan(plan),
    });
  });
}

/** Records the current schedule as the approved baseline that tracking measures slippage against. */
export async function approvePlan({ db, actor, planId }: Options & { planId: string }) {
  authorize(actor, 'plan:approve');
  const row = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const { data } = await loadPlanContents(tx, plan);
    const unscheduled = data.items.filter((item) => item.kind === 'activity' && item.startMonth === null);
    if (unscheduled.length > 0)
      throw new AppError(
        'conflict',
        `schedule every activity before approving: ${unscheduled.map((item) => item.code).join(', ')} ha${unscheduled.length === 1 ? 's' : 've'} no start`,
      );
    if (!data.items.some((item) => item.kind === 'activity'))
      throw new AppError('conflict', 'the plan has no activities to approve');
    const spans = itemSpans(data);
    for (const item of data.items) {
      const span = spans.get(item.id);
      await tx
        .update(planItems)
        .set({
          baselineStart: span?.start ?? null,
          baselineFinish: span?.finish ?? null,
          rowVersion: nextVersion(planItems.rowVersion),
        })
        .where(eq(planItems.id, item.id));
    }
    const [approved] = await tx
      .update(plans)
      .set({
        status: 'approved',
        approvedAt: new Date(),
        approvedBy: actor.user.id,
        updatedAt: new Date(),
        rowVersion: nextVersion(plans.rowVersion),
      })
      .where(eq(plans.id, plan.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan.approve',
      entityType: 'plan',
      entityId: plan.id,
      before: { status: plan.status, approvedAt: plan.approvedAt?.toISOString() ?? null },
      after: {
        status: 'approved',
        approvedAt: approved.approvedAt?.toISOString() ?? null,
        activities: data.items.length,
      },
    });
    return approved;
  });
  return presentPlan(row);
}

/** Saves start months of activities (a dragged Gantt, an applied optimisation) and returns the new analysis. */
export async function setSchedule({
  db,
  actor,
  planId,
  starts,
  action = 'plan.schedule',
}: Options & { planId: string; starts: Record<string, number>; action?: string }) {
  authorize(actor, 'plan:write');
  const { data, changed } = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const { data } = await loadPlanContents(tx, plan);
    const byId = new Map(data.items.map((item) => [item.id, item]));
    for (const itemId of Object.keys(starts)) {
      const item = byId.get(itemId);
      if (!item) throw new AppError('bad_request', `starts.${itemId}: no item "${itemId}" in this plan`);
      if (item.kind !== 'activity')
        throw new AppError(
          'bad_request',
          `starts.${itemId}: ${item.code} is a ${item.kind}; only activities are scheduled`,
        );
    }
    const changed = Object.entries(starts).filter(
      ([itemId, start]) => byId.get(itemId)?.startMonth !== start,
    );
    for (const [itemId, start] of changed)
      await tx
        .update(planItems)
        .set({ startMonth: start, updatedAt: new Date(), rowVersion: nextVersion(planItems.rowVersion) })
        .where(and(eq(planItems.id, itemId), eq(planItems.planId, plan.id)));
    await tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, plan.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action,
      entityType: 'plan',
      entityId: plan.id,
      before: {
        starts: Object.fromEntries(
          changed.map(([id]) => [byId.get(id)?.code, byId.get(id)?.startMonth ?? null]),
        ),
      },
      after: { starts: Object.fromEntries(changed.map(([id, start]) => [byId.get(id)?.code, start])) },
    });
    for (const [itemId, start] of changed) {
      const item = byId.get(itemId);
      if (item) item.startMonth = start;
    }
    return { data, changed: changed.length };
  });
  return { analysis: analysePlan(data), changed };
}
