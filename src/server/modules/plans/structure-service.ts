import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { dependencyCycle } from '../../../core/planning/model.ts';
import type {
  CapacityPeriod,
  DependencyType,
  LimitKind,
  ResourceKind,
} from '../../../core/planning/portfolio.ts';
import type { Db } from '../../db/client.ts';
import { planDependencies, planItems, planResources, plans } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { checkActors, findItem } from './item-checks.ts';
import {
  findPlan,
  loadPlanContents,
  lockPlan,
  presentDependency,
  presentResource,
  type ResourceRow,
} from './repo.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
  planId: string;
}

const touchPlan = (tx: Db, planId: string) =>
  tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, planId));

async function isAncestor(db: Db, ancestorId: string, itemId: string): Promise<boolean> {
  let current: string | null = itemId;
  while (current) {
    const [row] = await db
      .select({ parentId: planItems.parentId })
      .from(planItems)
      .where(eq(planItems.id, current));
    current = row?.parentId ?? null;
    if (current === ancestorId) return true;
  }
  return false;
}

export async function createDependency({
  db,
  actor,
  planId,
  input,
}: Options & { input: { predecessorId: string; successorId: string; type?: DependencyType; lag?: number } }) {
  authorize(actor, 'plan:write');
  const dependency = await db.transaction(async (tx) => {
    // the plan stays locked until commit: the cycle check below sees every dependency committed before it
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const predecessor = await findItem(tx, plan.id, input.predecessorId, 'predecessorId');
    const successor = await findItem(tx, plan.id, input.successorId, 'successorId');
    if (predecessor.id === successor.id)
      throw new AppError('bad_request', 'successorId: an item cannot depend on itself');
    if (
      (await isAncestor(tx, predecessor.id, successor.id)) ||
      (await isAncestor(tx, successor.id, predecessor.id))
    )
      throw new AppError(
        'bad_request',
        `successorId: ${predecessor.code} and ${successor.code} are nested; a dependency links separate items`,
      );
    const [existing] = await tx
      .select({ id: planDependencies.id })
      .from(planDependencies)
      .where(
        and(
          eq(planDependencies.predecessorId, predecessor.id),
          eq(planDependencies.successorId, successor.id),
        ),
      );
    if (existing) throw new AppError('conflict', `${successor.code} already depends on ${predecessor.code}`);
    const dependency = {
      id: randomUUID(),
      planId: plan.id,
      predecessorId: predecessor.id,
      successorId: successor.id,
      type: input.type ?? 'FS',
      lag: input.lag ?? 0,
    };
    const { data } = await loadPlanContents(tx, plan);
    const cycle = dependencyCycle({ ...data, dependencies: [...data.dependencies, dependency] });
    if (cycle) throw new AppError('conflict', `this dependency would close a ${cycle.message}`);
    await tx.insert(planDependencies).values(dependency);
    await touchPlan(tx, plan.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_dependency.create',
      entityType: 'plan_dependency',
      entityId: dependency.id,
      after: {
        predecessor: predecessor.code,
        successor: successor.code,
        type: dependency.type,
        lag: dependency.lag,
      },
    });
    return dependency;
  });
  return presentDependency(dependency);
}

export async function deleteDependency({
  db,
  actor,
  planId,
  dependencyId,
}: Options & { dependencyId: string }) {
  authorize(actor, 'plan:write');
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const [row] = await tx
      .select()
      .from(planDependencies)
      .where(and(eq(planDependencies.id, dependencyId), eq(planDependencies.planId, plan.id)));
    if (!row) throw new AppError('not_found', `no dependency "${dependencyId}" in this plan`);
    await tx.delete(planDependencies).where(eq(planDependencies.id, row.id));
    await touchPlan(tx, plan.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_dependency.delete',
      entityType: 'plan_dependency',
      entityId: row.id,
      before: presentDependency(row),
    });
  });
}

export interface ResourceInput {
  name: string;
  kind: ResourceKind;
  unit: string;
  funderActorId?: string | null;
  currency?: string | null;
  limitKind: LimitKind;
  capacityPeriod: CapacityPeriod;
  capacities: number[];
}

async function findResource(db: Db, planId: string, resourceId: string, lock = false): Promise<ResourceRow> {
  const query = db
    .select()
    .from(planResources)
    .where(and(eq(planResources.id, resourceId), eq(planResources.planId, planId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no resource "${resourceId}" in this plan`);
  return row;
}

async function checkNameFree(db: Db, planId: string, name: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: planResources.id })
    .from(planResources)
    .where(and(eq(planResources.planId, planId), eq(planResources.name, name)));
  if (clash && clash.id !== exceptId)
    throw new AppError('conflict', `name: a resource "${name}" already exists in this plan`);
}

export async function createResource({ db, actor, planId, input }: Options & { input: ResourceInput }) {
  authorize(actor, 'plan:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const row = await db.transaction(async (tx) => {
    await checkActors(tx, actor.workspace.id, 'funderActorId', input.funderActorId);
    await checkNameFree(tx, plan.id, input.name);
    const [created] = await tx
      .insert(planResources)
      .values({ ...input, id: randomUUID(), planId: plan.id })
      .returning();
    await touchPlan(tx, plan.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_resource.create',
      entityType: 'plan_resource',
      entityId: created.id,
      after: { ...presentResource(created), id: undefined },
    });
    return created;
  });
  return presentResource(row);
}

export async function updateResource({
  db,
  actor,
  planId,
  resourceId,
  patch,
  expectedVersion,
}: Options & { resourceId: string; patch: Partial<ResourceInput>; expectedVersion?: number }) {
  authorize(actor, 'plan:write');
  const row = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.workspace.id, planId);
    const before = await findResource(tx, plan.id, resourceId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await checkActors(tx, actor.workspace.id, 'funderActorId', patch.funderActorId);
    if (patch.name) await checkNameFree(tx, plan.id, patch.name, before.id);
    const [updated] = await tx
      .update(planResources)
      .set({ ...patch, updatedAt: new Date(), rowVersion: nextVersion(planResources.rowVersion) })
      .where(eq(planResources.id, before.id))
      .returning();
    await touchPlan(tx, plan.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_resource.update',
      entityType: 'plan_resource',
      entityId: before.id,
      before: { ...presentResource(before), id: undefined },
      after: { ...presentResource(updated), id: undefined },
    });
    return updated;
  });
  return presentResource(row);
}

export async function deleteResource({ db, actor, planId, resourceId }: Options & { resourceId: string }) {
  authorize(actor, 'plan:write');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const resource = await findResource(db, plan.id, resourceId);
  await db.transaction(async (tx) => {
    await tx.delete(planResources).where(eq(planResources.id, resource.id));
    await touchPlan(tx, plan.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan_resource.delete',
      entityType: 'plan_resource',
      entityId: resource.id,
      before: { ...presentResource(resource), id: undefined },
    });
  });
}
