import { randomUUID } from 'node:crypto';
import { and, eq, inArray, or } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  type ActorCategory,
  type ActorLevel,
  defaultStatutory,
  type NameTranslations,
} from '../../../core/sector-map/categories.ts';
import { actorKey } from '../../../core/sector-map/import-cells.ts';
import { headcountProblem } from '../../../core/sector-map/limits.ts';
import type { Db } from '../../db/client.ts';
import { actorRelations, actors } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { type ActorRow, auditedActor, auditedRelation, presentActor } from './presenters.ts';
import { type ActorFilter, findActor, selectActors, takenActorKeys } from './repo.ts';

export interface ActorInput {
  name: string;
  nameTranslations?: NameTranslations;
  acronym?: string | null;
  category: ActorCategory;
  statutory?: boolean;
  level?: ActorLevel;
  region?: string | null;
  legalBasis?: string | null;
  mandate?: string | null;
  headcountTotal?: number | null;
  headcountWomen?: number | null;
  parentId?: string | null;
}

const blankToNull = (value: string | null | undefined) => (value ? value : null);

function withoutBlankTranslations(translations: NameTranslations): NameTranslations {
  return Object.fromEntries(Object.entries(translations).filter(([, name]) => name)) as NameTranslations;
}

export async function listActors(options: { db: Db; actor: WorkspaceActor; filter: ActorFilter }) {
  authorize(options.actor, 'workspace:read');
  const rows = await selectActors(options.db, options.actor.workspace.id, options.filter);
  return rows.map(presentActor);
}

export async function requireActor(
  db: Db,
  actor: WorkspaceActor,
  actorId: string,
  lock = false,
): Promise<ActorRow> {
  const row = await findActor(db, actor.workspace.id, actorId, lock);
  if (!row) throw new AppError('not_found', `no actor "${actorId}" in this workspace`);
  return row;
}

/** The checks a whole actor must pass, whether created or changed. */
async function checkActor(db: Db, actor: WorkspaceActor, values: typeof actors.$inferInsert) {
  const taken = await takenActorKeys(db, actor.workspace.id, values.id);
  for (const field of ['name', 'acronym'] as const) {
    const value = values[field];
    const owner = value ? taken.get(actorKey(value)) : undefined;
    if (value && owner) {
      throw new AppError('conflict', `${field}: "${value}" is already used by the actor "${owner}"`);
    }
  }
  const headcount = headcountProblem(values.headcountTotal ?? null, values.headcountWomen ?? null);
  if (headcount) throw new AppError('bad_request', `headcountWomen: ${headcount}`);
  if (!values.parentId) return;
  if (values.parentId === values.id)
    throw new AppError('bad_request', 'parentId: an actor cannot be its own parent');
  // Walk up from the proposed parent: meeting the actor itself would make a loop.
  for (let id: string | null = values.parentId, steps = 0; id; steps += 1) {
    const ancestor = await findActor(db, actor.workspace.id, id);
    if (!ancestor) throw new AppError('bad_request', 'parentId: no actor with this id in this workspace');
    if (ancestor.parentId === values.id || steps > 1000) {
      throw new AppError('bad_request', `parentId: "${ancestor.name}" is already under this actor`);
    }
    id = ancestor.parentId;
  }
}

function columnsFrom(input: Partial<ActorInput>) {
  const columns: Partial<typeof actors.$inferInsert> = {};
  if (input.name !== undefined) columns.name = input.name;
  if (input.nameTranslations !== undefined)
    columns.nameTranslations = withoutBlankTranslations(input.nameTranslations);
  if (input.category !== undefined) columns.category = input.category;
  if (input.statutory !== undefined) columns.statutory = input.statutory;
  if (input.level !== undefined) columns.level = input.level;
  for (const field of ['acronym', 'region', 'legalBasis', 'mandate'] as const) {
    if (input[field] !== undefined) columns[field] = blankToNull(input[field]);
  }
  for (const field of ['headcountTotal', 'headcountWomen'] as const) {
    if (input[field] !== undefined) columns[field] = input[field] ?? null;
  }
  if (input.parentId !== undefined) columns.parentId = input.parentId || null;
  return columns;
}

export async function createActor(options: { db: Db; actor: WorkspaceActor; input: ActorInput }) {
  const { db, actor, input } = options;
  authorize(actor, 'sector-map:write');
  const values = {
    ...columnsFrom(input),
    id: randomUUID(),
    workspaceId: actor.workspace.id,
    name: input.name,
    category: input.category,
    statutory: input.statutory ?? defaultStatutory(input.category),
  };
  const row = await db.transaction(async (tx) => {
    await checkActor(tx, actor, values);
    const [created] = await tx.insert(actors).values(values).returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'actor.create',
      entityType: 'actor',
      entityId: created.id,
      after: auditedActor(created),
    });
    return created;
  });
  return presentActor(row);
}

export async function updateActor(options: {
  db: Db;
  actor: WorkspaceActor;
  actorId: string;
  patch: Partial<ActorInput>;
  expectedVersion?: number;
}) {
  const { db, actor } = options;
  authorize(actor, 'sector-map:write');
  const changes = columnsFrom(options.patch);
  const row = await db.transaction(async (tx) => {
    const before = await requireActor(tx, actor, options.actorId, true);
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(options.patch)) return before;
    await checkActor(tx, actor, { ...before, ...changes });
    const [updated] = await tx
      .update(actors)
      .set({ ...changes, updatedAt: new Date(), rowVersion: nextVersion(actors.rowVersion) })
      .where(eq(actors.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'actor.update',
      entityType: 'actor',
      entityId: updated.id,
      before: auditedActor(before),
      after: auditedActor(updated),
    });
    return updated;
  });
  return presentActor(row);
}

/**
 * Deletes an actor. While relations or sub-units depend on it the answer is 409 naming them;
 * with `cascade` its relations are deleted and its sub-units detached, each change audited.
 */
export async function deleteActor(options: {
  db: Db;
  actor: WorkspaceActor;
  actorId: string;
  cascade: boolean;
}) {
  const { db, actor } = options;
  authorize(actor, 'sector-map:write');
  await db.transaction(async (tx) => {
    const target = await requireActor(tx, actor, options.actorId, true);
    const relations = await tx
      .select()
      .from(actorRelations)
      .where(or(eq(actorRelations.sourceActorId, target.id), eq(actorRelations.targetActorId, target.id)));
    const children = await tx.select().from(actors).where(eq(actors.parentId, target.id));
    if (!options.cascade && (relations.length > 0 || children.length > 0)) {
      const names = await relatedNames(tx, target.id, relations);
      const parts = [
        relations.length > 0 ? `${relations.length} relation(s) (with ${names.join(', ')})` : null,
        children.length > 0
          ? `${children.length} sub-unit(s) (${children.map((c) => c.name).join(', ')})`
          : null,
      ].filter(Boolean);
      throw new AppError(
        'conflict',
        `"${target.name}" still has ${parts.join(' and ')}: remove them first, or delete with cascade=true`,
        {
          relations: relations.map((r) => ({ id: r.id, type: r.type })),
          children: children.map((c) => ({ id: c.id, name: c.name })),
        },
      );
    }
    const base = { workspaceId: actor.workspace.id, actorId: actor.user.id };
    for (const relation of relations) {
      await appendAudit(tx, {
        ...base,
        action: 'actor_relation.delete',
        entityType: 'actor_relation',
        entityId: relation.id,
        before: auditedRelation(relation),
      });
    }
    if (relations.length > 0) {
      await tx.delete(actorRelations).where(
        inArray(
          actorRelations.id,
          relations.map((r) => r.id),
        ),
      );
    }
    for (const child of children) {
      await tx
        .update(actors)
        .set({ parentId: null, updatedAt: new Date(), rowVersion: nextVersion(actors.rowVersion) })
        .where(eq(actors.id, child.id));
      await appendAudit(tx, {
        ...base,
        action: 'actor.update',
        entityType: 'actor',
        entityId: child.id,
        before: { parentId: child.parentId },
        after: { parentId: null },
      });
    }
    await tx.delete(actors).where(and(eq(actors.id, target.id), eq(actors.workspaceId, actor.workspace.id)));
    await appendAudit(tx, {
      ...base,
      action: 'actor.delete',
      entityType: 'actor',
      entityId: target.id,
      before: auditedActor(target),
    });
  });
}

async function relatedNames(db: Db, actorId: string, relations: Array<typeof actorRelations.$inferSelect>) {
  const otherIds = [
    ...new Set(relations.map((r) => (r.sourceActorId === actorId ? r.targetActorId : r.sourceActorId))),
  ];
  if (otherIds.length === 0) return [];
  const rows = await db.select({ name: actors.name }).from(actors).where(inArray(actors.id, otherIds));
  return rows.map((row) => row.name).sort();
}
