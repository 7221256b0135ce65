import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { enforce, oversightNoteRefusal } from '../../../core/access/policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { oversightNotes, users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

export interface NoteInput {
  title: string;
  subject?: string | null;
  body: string;
}

type NoteRow = typeof oversightNotes.$inferSelect;

function presentNote(row: NoteRow, authorName: string) {
  return {
    id: row.id,
    title: row.title,
    subject: row.subject,
    body: row.body,
    author: { id: row.authorId, name: authorName },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

const audited = (row: NoteRow) => ({ title: row.title, subject: row.subject, body: row.body });

export async function listNotes(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'oversight-note:read');
  const rows = await options.db
    .select({ note: oversightNotes, authorName: users.name })
    .from(oversightNotes)
    .innerJoin(users, eq(users.id, oversightNotes.authorId))
    .where(eq(oversightNotes.workspaceId, options.actor.workspace.id))
    .orderBy(desc(oversightNotes.createdAt));
  return rows.map((row) => presentNote(row.note, row.authorName));
}

export async function createNote(options: { db: Db; actor: WorkspaceActor; input: NoteInput }) {
  const { db, actor, input } = options;
  authorize(actor, 'oversight-note:write');
  const note = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(oversightNotes)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        authorId: actor.user.id,
        title: input.title,
        subject: input.subject ?? null,
        body: input.body,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'oversight_note.create',
      entityType: 'oversight_note',
      entityId: row.id,
      after: audited(row),
    });
    return row;
  });
  return presentNote(note, actor.user.name);
}

/** The note, once the object policy lets this user edit (or delete) it. */
async function loadEditableNote(db: Db, actor: WorkspaceActor, noteId: string, action: 'edit' | 'delete') {
  authorize(actor, 'oversight-note:write');
  // called inside the write's transaction: the row stays locked until it commits
  const [row] = await db
    .select()
    .from(oversightNotes)
    .where(and(eq(oversightNotes.id, noteId), eq(oversightNotes.workspaceId, actor.workspace.id)))
    .for('update');
  if (!row) throw new AppError('not_found', `no oversight note "${noteId}" in this workspace`);
  enforce(oversightNoteRefusal(action, { userId: actor.user.id, role: actor.role }, row));
  return row;
}

export async function updateNote(options: {
  db: Db;
  actor: WorkspaceActor;
  noteId: string;
  patch: Partial<NoteInput>;
  expectedVersion?: number;
}) {
  const { db, actor } = options;
  const updated = await db.transaction(async (tx) => {
    const before = await loadEditableNote(tx, actor, options.noteId, 'edit');
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(options.patch)) return before;
    const [row] = await tx
      .update(oversightNotes)
      .set({ ...options.patch, updatedAt: new Date(), rowVersion: nextVersion(oversightNotes.rowVersion) })
      .where(eq(oversightNotes.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'oversight_note.update',
      entityType: 'oversight_note',
      entityId: row.id,
      before: audited(before),
      after: audited(row),
    });
    return row;
  });
  const [author] = await db.select({ name: users.name }).from(users).where(eq(users.id, updated.authorId));
  return presentNote(updated, author?.name ?? '');
}

export async function deleteNote(options: { db: Db; actor: WorkspaceActor; noteId: string }) {
  const { db, actor } = options;
  await db.transaction(async (tx) => {
    const note = await loadEditableNote(tx, actor, options.noteId, 'delete');
    await tx.delete(oversightNotes).where(eq(oversightNotes.id, note.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'oversight_note.delete',
      entityType: 'oversight_note',
      entityId: note.id,
      before: audited(note),
    });
  });
}
