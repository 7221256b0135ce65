import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  type RiskCategory,
  type RiskStatus,
  riskRating,
  riskScore,
} from '../../../core/planning/portfolio.ts';
import type { Db } from '../../db/client.ts';
import { planItems, planRisks } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireItemsInPlan } from '../workspaces/references.ts';
import { checkActors } from './item-checks.ts';
import { findPlan } from './repo.ts';

export interface RiskInput {
  title: string;
  description?: string | null;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  ownerActorId?: string | null;
  ownerName?: string | null;
  mitigation?: string | null;
  status?: RiskStatus;
  itemIds?: string[];
}

type RiskRow = typeof planRisks.$inferSelect;

interface Options {
  db: Db;
  actor: WorkspaceActor;
  planId: string;
}

export function presentRisk(row: RiskRow, liveItems?: Set<string>) {
  const score = riskScore(row.likelihood, row.impact);
  return {
    id: row.id,
    planId: row.planId,
    title: row.title,
    description: row.description,
    category: row.category as RiskCategory,
    likelihood: row.likelihood,
    impact: row.impact,
    score,
    rating: riskRating(score),
    ownerActorId: row.ownerActorId,
    ownerName: row.ownerName,
    mitigation: row.mitigation,
    status: row.status as RiskStatus,
    // Items deleted since the risk was linked drop out of the list.
    itemIds: liveItems ? row.itemIds.filter((id) => liveItems.has(id)) : row.itemIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

const audited = (row: RiskRow) => ({
  ...presentRisk(row),
  id: undefined,
  createdAt: undefined,
  updatedAt: undefined,
});

function checkItems(db: Db, planId: string, itemIds: string[] | undefined) {
  return requireItemsInPlan(db, planId, itemIds, 'itemIds');
}

/** Highest score first, open before closed. */
export async function listRisks({ db, actor, planId }: Options) {
  authorize(actor, 'workspace:read');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const rows = await db
    .select()
    .from(planRisks)
    .where(eq(planRisks.planId, plan.id))
    .orderBy(
      sql`${planRisks.status} = 'closed'`,
      desc(sql`${planRisks.likelihood} * ${planRisks.impact}`),
      asc(planRisks.title),
    );
  const items = await db.select({ id: planItems.id }).from(planItems).where(eq(planItems.planId, plan.id));
  const live = new Set(items.map((row) => row.id));
  return rows.map((row) => presentRisk(row, live));
}

async function findRisk(db: Db, planId: string, riskId: string, lock = false) {
  const query = db
    .select()
    .from(planRisks)
    .where(and(eq(planRisks.id, riskId), eq(planRisks.planId, planId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no risk "${riskId}" in this plan`);
  return row;
}

export async function createRisk({ db, actor, planId, input }: Options & { input: RiskInput }) {
  authorize(actor, 'risk:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const row = await db.transaction(async (tx) => {
    await checkActors(tx, actor.workspace.id, 'ownerActorId', input.ownerActorId);
    await checkItems(tx, plan.id, input.itemIds);
    const [created] = await tx
      .insert(planRisks)
      .values({
        ...input,
        itemIds: [...new Set(input.itemIds ?? [])],
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        planId: plan.id,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'risk.create',
      entityType: 'risk',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return presentRisk(row);
}

export async function updateRisk({
  db,
  actor,
  planId,
  riskId,
  patch,
  expectedVersion,
}: Options & { riskId: string; patch: Partial<RiskInput>; expectedVersion?: number }) {
  authorize(actor, 'risk:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const row = await db.transaction(async (tx) => {
    const before = await findRisk(tx, plan.id, riskId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await checkActors(tx, actor.workspace.id, 'ownerActorId', patch.ownerActorId);
    await checkItems(tx, plan.id, patch.itemIds);
    const [updated] = await tx
      .update(planRisks)
      .set({
        ...patch,
        ...(patch.itemIds ? { itemIds: [...new Set(patch.itemIds)] } : {}),
        updatedAt: new Date(),
        rowVersion: nextVersion(planRisks.rowVersion),
      })
      .where(eq(planRisks.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'risk.update',
      entityType: 'risk',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
  return presentRisk(row);
}

export async function deleteRisk({ db, actor, planId, riskId }: Options & { riskId: string }) {
  authorize(actor, 'risk:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const risk = await findRisk(db, plan.id, riskId);
  await db.transaction(async (tx) => {
    await tx.delete(planRisks).where(eq(planRisks.id, risk.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'risk.delete',
      entityType: 'risk',
      entityId: risk.id,
      before: audited(risk),
    });
  });
}
