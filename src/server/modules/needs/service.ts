import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type NeedStatus, parseGeneratedNeed } from '../../../core/assessment/needs.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { TextLanguage } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { needs } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';
import { type NeedText, needTextRenderer } from './render.ts';

export type NeedRow = typeof needs.$inferSelect;

export interface NeedInput {
  title: string;
  description?: string | null;
  severity: number;
  importance: number;
  status?: NeedStatus;
  actorId?: string | null;
}

export interface NeedFilter {
  status?: NeedStatus;
  actorId?: string;
  assessmentId?: string;
}

/** A need as the API returns it, its text already in the reader's language (see render.ts). */
export function presentNeed(row: NeedRow, text: NeedText) {
  return {
    id: row.id,
    title: text.title,
    description: text.description,
    generated: parseGeneratedNeed(row.generated),
    severity: row.severity,
    importance: row.importance,
    priority: row.severity * row.importance,
    status: row.status as NeedStatus,
    assessmentId: row.assessmentId,
    itemId: row.itemId,
    actorId: row.actorId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

/** Needs in the reader's language, in the order given. */
export async function presentNeeds(db: Db, actor: WorkspaceActor, language: TextLanguage, rows: NeedRow[]) {
  const render = needTextRenderer(db, actor.workspace.id, language);
  return Promise.all(rows.map(async (row) => presentNeed(row, await render(row))));
}

export const auditedNeed = (row: NeedRow) => ({
  title: row.title,
  description: row.description,
  generated: row.generated ?? null,
  severity: row.severity,
  importance: row.importance,
  status: row.status,
  actorId: row.actorId,
  assessmentId: row.assessmentId,
  itemId: row.itemId,
});

/** Highest priority (severity × importance) first, then by title. */
export function selectNeeds(db: Db, workspaceId: string, filter: NeedFilter = {}) {
  const conditions: SQL[] = [eq(needs.workspaceId, workspaceId)];
  if (filter.status) conditions.push(eq(needs.status, filter.status));
  if (filter.actorId) conditions.push(eq(needs.actorId, filter.actorId));
  if (filter.assessmentId) conditions.push(eq(needs.assessmentId, filter.assessmentId));
  return db
    .select()
    .from(needs)
    .where(and(...conditions))
    .orderBy(desc(sql`${needs.severity} * ${needs.importance}`), asc(needs.title), asc(needs.id));
}

export async function listNeeds(options: {
  db: Db;
  actor: WorkspaceActor;
  filter: NeedFilter;
  language: TextLanguage;
}) {
  authorize(options.actor, 'workspace:read');
  const rows = await selectNeeds(options.db, options.actor.workspace.id, options.filter);
  return presentNeeds(options.db, options.actor, options.language, rows);
}

export async function createNeed(options: {
  db: Db;
  actor: WorkspaceActor;
  input: NeedInput;
  language: TextLanguage;
}) {
  const { db, actor, input } = options;
  authorize(actor, 'assessment:manage');
  const row = await db.transaction(async (tx) => {
    await requireActorsInWorkspace(tx, actor.workspace.id, input.actorId, 'actorId');
    const [created] = await tx
      .insert(needs)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        title: input.title,
        description: input.description ?? null,
        severity: input.severity,
        importance: input.importance,
        status: input.status ?? 'open',
        actorId: input.actorId ?? null,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'need.create',
      entityType: 'need',
      entityId: created.id,
      after: auditedNeed(created),
    });
    return created;
  });
  const [need] = await presentNeeds(db, actor, options.language, [row]);
  return need;
}

async function loadNeed(db: Db, actor: WorkspaceActor, needId: string, lock = false) {
  const query = db
    .select()
    .from(needs)
    .where(and(eq(needs.id, needId), eq(needs.workspaceId, actor.workspace.id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no need "${needId}" in this workspace`);
  return row;
}

export async function updateNeed(options: {
  db: Db;
  actor: WorkspaceActor;
  needId: string;
  patch: Partial<NeedInput>;
  expectedVersion?: number;
  language: TextLanguage;
}) {
  const { db, actor, patch } = options;
  authorize(actor, 'assessment:manage');
  const row = await db.transaction(async (tx) => {
    const before = await loadNeed(tx, actor, options.needId, true);
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await requireActorsInWorkspace(tx, actor.workspace.id, patch.actorId, 'actorId');
    const [updated] = await tx
      .update(needs)
      .set({
        ...patch,
        ...(await asUserContent(tx, actor, before, patch, options.language)),
        updatedAt: new Date(),
        rowVersion: nextVersion(needs.rowVersion),
      })
      .where(eq(needs.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'need.update',
      entityType: 'need',
      entityId: updated.id,
      before: auditedNeed(before),
      after: auditedNeed(updated),
    });
    return updated;
  });
  const [need] = await presentNeeds(db, actor, options.language, [row]);
  return need;
}

/**
 * Editing the title or description of a generated need makes it the editor's own text: the key
 * is dropped, and the part not edited is kept as the editor read it, in their language.
 */
async function asUserContent(
  db: Db,
  actor: WorkspaceActor,
  before: NeedRow,
  patch: Partial<NeedInput>,
  language: TextLanguage,
) {
  if (!before.generated || (patch.title === undefined && patch.description === undefined)) return {};
  const shown = await needTextRenderer(db, actor.workspace.id, language)(before);
  return {
    generated: null,
    title: patch.title ?? shown.title,
    description: patch.description !== undefined ? patch.description : shown.description,
  };
}

export async function deleteNeed(options: { db: Db; actor: WorkspaceActor; needId: string }) {
  const { db, actor } = options;
  authorize(actor, 'assessment:manage');
  await db.transaction(async (tx) => {
    const need = await loadNeed(tx, actor, options.needId, true);
    await tx.delete(needs).where(eq(needs.id, need.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'need.delete',
      entityType: 'need',
      entityId: need.id,
      before: auditedNeed(need),
    });
  });
}
