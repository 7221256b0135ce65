import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  type OversightKind,
  type RelationStatus,
  type RelationType,
  relationIdentity,
  relationShapeProblem,
} from '../../../core/sector-map/relations.ts';
import type { Db } from '../../db/client.ts';
import { actorRelations, actors } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';
import {
  type ActorRow,
  auditedRelation,
  presentRelation,
  type RelationRow,
  relationShapeOf,
} from './presenters.ts';
import { type RelationFilter, selectRelations } from './repo.ts';

export interface RelationInput {
  sourceActorId: string;
  targetActorId: string;
  type: RelationType;
  oversightKind?: OversightKind | null;
  status?: RelationStatus;
  evidence?: string | null;
}

async function actorsByIds(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, ActorRow>();
  const rows = await db
    .select()
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.id, [...new Set(ids)])));
  return new Map(rows.map((row) => [row.id, row]));
}

async function present(db: Db, workspaceId: string, rows: RelationRow[]) {
  const ends = await actorsByIds(
    db,
    workspaceId,
    rows.flatMap((row) => [row.sourceActorId, row.targetActorId]),
  );
  return rows.map((row) =>
    presentRelation(row, ends.get(row.sourceActorId) as ActorRow, ends.get(row.targetActorId) as ActorRow),
  );
}

export async function listRelations(options: { db: Db; actor: WorkspaceActor; filter: RelationFilter }) {
  authorize(options.actor, 'workspace:read');
  const rows = await selectRelations(options.db, options.actor.workspace.id, options.filter);
  return present(options.db, options.actor.workspace.id, rows);
}

async function requireRelation(db: Db, actor: WorkspaceActor, relationId: string, lock = false) {
  const query = db
    .select()
    .from(actorRelations)
    .where(and(eq(actorRelations.id, relationId), eq(actorRelations.workspaceId, actor.workspace.id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no relation "${relationId}" in this workspace`);
  return row;
}

/** Both ends in this workspace, a consistent oversight kind, and not a copy of an existing relation. */
async function checkRelation(db: Db, actor: WorkspaceActor, relation: RelationRow) {
  for (const field of ['sourceActorId', 'targetActorId'] as const)
    await requireActorsInWorkspace(db, actor.workspace.id, relation[field], field);
  const shape = relationShapeOf(relation);
  const problem = relationShapeProblem(shape);
  if (problem) throw new AppError('bad_request', `${problem[0]}: ${problem[1]}`);
  const twins = await db
    .select()
    .from(actorRelations)
    .where(
      and(
        eq(actorRelations.sourceActorId, relation.sourceActorId),
        eq(actorRelations.targetActorId, relation.targetActorId),
        eq(actorRelations.type, relation.type),
      ),
    );
  const identity = relationIdentity(shape);
  const twin = twins.find(
    (row) => row.id !== relation.id && relationIdentity(relationShapeOf(row)) === identity,
  );
  if (twin) throw new AppError('conflict', 'this relation already exists between these two actors');
}

export async function createRelation(options: { db: Db; actor: WorkspaceActor; input: RelationInput }) {
  const { db, actor, input } = options;
  authorize(actor, 'sector-map:write');
  const now = new Date();
  const values: RelationRow = {
    id: randomUUID(),
    workspaceId: actor.workspace.id,
    sourceActorId: input.sourceActorId,
    targetActorId: input.targetActorId,
    type: input.type,
    oversightKind: input.oversightKind ?? null,
    status: input.status ?? 'active',
    evidence: input.evidence || null,
    createdAt: now,
    updatedAt: now,
    rowVersion: 1,
  };
  const row = await db.transaction(async (tx) => {
    await checkRelation(tx, actor, values);
    const [created] = await tx.insert(actorRelations).values(values).returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'actor_relation.create',
      entityType: 'actor_relation',
      entityId: created.id,
      after: auditedRelation(created),
    });
    return created;
  });
  const [presented] = await present(db, actor.workspace.id, [row]);
  return presented;
}

export async function updateRelation(options: {
  db: Db;
  actor: WorkspaceActor;
  relationId: string;
  patch: Partial<RelationInput>;
  expectedVersion?: number;
}) {
  const { db, actor, patch } = options;
  authorize(actor, 'sector-map:write');
  const changes: Partial<RelationRow> = {};
  for (const field of ['sourceActorId', 'targetActorId', 'type', 'status'] as const) {
    if (patch[field] !== undefined) changes[field] = patch[field];
  }
  if (patch.oversightKind !== undefined) changes.oversightKind = patch.oversightKind;
  // Changing an oversight relation into another type drops its kind unless a new one is given.
  else if (patch.type && patch.type !== 'oversight') changes.oversightKind = null;
  if (patch.evidence !== undefined) changes.evidence = patch.evidence || null;
  const row = await db.transaction(async (tx) => {
    const before = await requireRelation(tx, actor, options.relationId, true);
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await checkRelation(tx, actor, { ...before, ...changes });
    const [updated] = await tx
      .update(actorRelations)
      .set({ ...changes, updatedAt: new Date(), rowVersion: nextVersion(actorRelations.rowVersion) })
      .where(eq(actorRelations.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'actor_relation.update',
      entityType: 'actor_relation',
      entityId: updated.id,
      before: auditedRelation(before),
      after: auditedRelation(updated),
    });
    return updated;
  });
  const [presented] = await present(db, actor.workspace.id, [row]);
  return presented;
}

export async function deleteRelation(options: { db: Db; actor: WorkspaceActor; relationId: string }) {
  const { db, actor } = options;
  authorize(actor, 'sector-map:write');
  await db.transaction(async (tx) => {
    const relation = await requireRelation(tx, actor, options.relationId, true);
    await tx.delete(actorRelations).where(eq(actorRelations.id, relation.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'actor_relation.delete',
      entityType: 'actor_relation',
      entityId: relation.id,
      before: auditedRelation(relation),
    });
  });
}
