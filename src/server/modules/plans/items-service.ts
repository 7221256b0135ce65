import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { ActivityStatus, ItemKind, Phase } from '../../../core/planning/portfolio.ts';
import type { Db } from '../../db/client.ts';
import { planDemands, planItemNeeds, planItems, plans } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import {
  checkActors,
  checkActualDates,
  checkDemands,
  checkNeeds,
  checkPrinciples,
  checkRecurrentCost,
  checkShape,
  checkTreeCycle,
  checkWindow,
  findItem,
} from './item-checks.ts';
import { type ItemRow, lockPlan, presentItem } from './repo.ts';

export interface ItemInput {
  parentId?: string | null;
  kind: ItemKind;
  code: string;
  name: string;
  description?: string | null;
  phase?: Phase;
  quickImpact?: boolean;
  leadActorId?: string | null;
  partnerActorIds?: string[];
  needIds?: string[];
  principles?: string[];
  benchmarks?: string[];
  duration?: number | null;
  releaseMonth?: number | null;
  deadlineMonth?: number | null;
  weight?: number;
  startMonth?: number | null;
  status?: ActivityStatus;
  percentComplete?: number;
  actualStart?: string | null;
  actualFinish?: string | null;
  demands?: Record<string, number>;
  purposeCode?: string | null;
  recurrentCost?: number | null;
  recurrentCurrency?: string | null;
  recurrentFromMonth?: number | null;
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
  planId: string;
}

const audited = (row: ItemRow, needIds: string[], demands: Record<string, number>) => ({
  ...presentItem(row, needIds, demands),
  id: undefined,
});

async function checkCodeFree(db: Db, planId: string, code: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.code, code)));
  if (clash && clash.id !== exceptId)
    throw new AppError('conflict', `code: "${code}" is already used in this plan`);
}

async function validate(db: Db, actor: WorkspaceActor, planId: string, item: ItemInput & { id?: string }) {
  await checkShape(db, planId, {
    id: item.id,
    kind: item.kind,
    parentId: item.parentId ?? null,
    duration: item.duration ?? null,
  });
  checkWindow({
    releaseMonth: item.releaseMonth ?? null,
    deadlineMonth: item.deadlineMonth ?? null,
    duration: item.duration ?? null,
  });
  checkActualDates({ actualStart: item.actualStart ?? null, actualFinish: item.actualFinish ?? null });
  checkRecurrentCost({
    kind: item.kind,
    recurrentCost: item.recurrentCost ?? null,
    recurrentCurrency: item.recurrentCurrency ?? null,
    recurrentFromMonth: item.recurrentFromMonth ?? null,
  });
  if (item.kind !== 'activity' && item.demands && Object.keys(item.demands).length > 0)
    throw new AppError(
      'bad_request',
      `demands: only activities use resources; a ${item.kind} spans its activities`,
    );
  checkPrinciples(item.principles);
  await checkActors(db, actor.workspace.id, 'leadActorId', item.leadActorId);
  await checkActors(db, actor.workspace.id, 'partnerActorIds', item.partnerActorIds ?? []);
  await checkNeeds(db, actor.workspace.id, item.needIds);
  await checkDemands(db, planId, item.demands);
}

async function writeLinks(tx: Db, itemId: string, input: Partial<ItemInput>) {
  if (input.needIds) {
    await tx.delete(planItemNeeds).where(eq(planItemNeeds.itemId, itemId));
    const unique = [...new Set(input.needIds)];
    if (unique.length > 0)
      await tx.insert(planItemNeeds).values(unique.map((needId) => ({ itemId, needId })));
  }
  if (input.demands) {
    await tx.delete(planDemands).where(eq(planDemands.itemId, itemId));
    const entries = Object.entries(input.demands).filter(([, amount]) => amount > 0);
    if (entries.length > 0)
      await tx
        .insert(planDemands)
        .values(entries.map(([resourceId, amount]) => ({ itemId, resourceId, amount })));
  }
}

async function linksOf(db: Db, itemId: string) {
  const needRows = await db.select().from(planItemNeeds).where(eq(planItemNeeds.itemId, itemId));
  const demandRows = await db.select().from(planDemands).where(eq(planDemands.itemId, itemId));
  return {
    needIds: needRows.map((row) => row.needId).sort(),
    demands: Object.fromEntries(demandRows.map((row) => [row.resourceId, row.amount])),
  };
}

/** Clearing the recurrent cost clears its currency and start month with it, unless the patch sets them. */
function withRecurrentCleared(patch: Partial<ItemInput>): Partial<ItemInput> {
  if (patch.recurrentCost !== null) return patch;
  return {
    ...patch,
    recurrentCurrency: patch.recurrentCurrency ?? null,
    recurrentFromMonth: patch.recurrentFromMonth ?? null,
  };
}

/** Columns of an item row from an input; a status of done without a percentage means 100 %. */
function columns<T extends Partial<ItemInput>>(input: T) {
  const { needIds: _n, demands: _d, ...fields } = input;
  if (input.status === 'done' && input.percentComplete === undefined)
    return { ...fields, percentComplete: 100 };
  return fields;
}

export async function createItem({ db, actor, planId, input }: Options & { input: ItemInput }) {
  authorize(actor, 'plan:write');
  const id = randomUUID();
  const row = await db.transaction(async (tx) => {
    // checked with the plan locked, so concurrent changes to the tree are seen committed
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    await validate(tx, actor, plan.id, input);
    await checkCodeFree(tx, plan.id, input.code);
    // a new activity takes on the dependencies of the project and programme above it
    if (input.kind === 'activity')
      await checkTreeCycle(
        tx,
        plan,
        { ...input, id, parentId: input.parentId ?? null, duration: input.duration ?? null },
        'parentId',
      );
    const [created] = await tx
      .insert(planItems)
      .values({ ...columns(input), id, workspaceId: actor.workspace.id, planId: plan.id })
      .returning();
    await writeLinks(tx, id, input);
    await tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, plan.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_item.create',
      entityType: 'plan_item',
      entityId: id,
      after: audited(created, input.needIds ?? [], input.demands ?? {}),
    });
    return created;
  });
  const links = await linksOf(db, row.id);
  return presentItem(row, links.needIds, links.demands);
}

export async function updateItem({
  db,
  actor,
  planId,
  itemId,
  patch,
  expectedVersion,
}: Options & { itemId: string; patch: Partial<ItemInput>; expectedVersion?: number }) {
  authorize(actor, 'plan:write');
  const changes = withRecurrentCleared(patch);
  const row = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const before = await findItem(tx, plan.id, itemId, 'itemId', true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(changes)) return before;
    const beforeLinks = await linksOf(tx, before.id);
    const merged = { ...before, ...changes } as ItemInput & { id: string };
    if (changes.parentId === before.id)
      throw new AppError('bad_request', 'parentId: an item cannot be its own parent');
    await validate(tx, actor, plan.id, {
      ...merged,
      needIds: changes.needIds,
      demands: changes.demands ?? beforeLinks.demands,
    });
    if (changes.code) await checkCodeFree(tx, plan.id, changes.code, before.id);
    const moved = changes.parentId !== undefined && changes.parentId !== before.parentId;
    if (moved || (changes.kind !== undefined && changes.kind !== before.kind))
      await checkTreeCycle(
        tx,
        plan,
        { ...merged, parentId: merged.parentId ?? null, duration: merged.duration ?? null },
        moved ? 'parentId' : 'kind',
      );
    const [updated] = await tx
      .update(planItems)
      .set({ ...columns(changes), updatedAt: new Date(), rowVersion: nextVersion(planItems.rowVersion) })
      .where(eq(planItems.id, before.id))
      .returning();
    await writeLinks(tx, before.id, changes);
    await tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, plan.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_item.update',
      entityType: 'plan_item',
      entityId: before.id,
      before: audited(before, beforeLinks.needIds, beforeLinks.demands),
      after: audited(updated, changes.needIds ?? beforeLinks.needIds, changes.demands ?? beforeLinks.demands),
    });
    return updated;
  });
  const links = await linksOf(db, row.id);
  return presentItem(row, links.needIds, links.demands);
}

/** Deletes an item with everything beneath it (its dependencies and amounts go with it). */
export async function deleteItem({ db, actor, planId, itemId }: Options & { itemId: string }) {
  authorize(actor, 'plan:write');
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const item = await findItem(tx, plan.id, itemId, 'itemId', true);
    const links = await linksOf(tx, item.id);
    await tx.delete(planItems).where(eq(planItems.id, item.id));
    await tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, plan.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_item.delete',
      entityType: 'plan_item',
      entityId: item.id,
      before: audited(item, links.needIds, links.demands),
    });
  });
}
