import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { can } from '../../../core/access/roles.ts';
import type { SwotKind } from '../../../core/assessment/swot.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { swotEntries } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { findActor } from '../sector-map/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireAssessmentsInWorkspace } from '../workspaces/references.ts';

type SwotRow = typeof swotEntries.$inferSelect;

export interface SwotInput {
  kind: SwotKind;
  text: string;
  assessmentId?: string | null;
}

export function presentSwotEntry(row: SwotRow) {
  return {
    id: row.id,
    kind: row.kind as SwotKind,
    text: row.text,
    assessmentId: row.assessmentId,
    createdAt: row.createdAt.toISOString(),
  };
}

const audited = (row: SwotRow) => ({
  actorId: row.actorId,
  kind: row.kind,
  text: row.text,
  assessmentId: row.assessmentId,
});

/** Assessment teams and sector-map editors both write SWOT analyses of the institutions they know. */
function authorizeSwotWrite(actor: WorkspaceActor) {
  if (!can(actor.role, 'assessment:manage') && !can(actor.role, 'sector-map:write')) {
    throw new AppError(
      'forbidden',
      `the ${actor.role} role cannot do this (needs assessment:manage or sector-map:write)`,
    );
  }
}

async function requireActorOfWorkspace(db: Db, actor: WorkspaceActor, actorId: string) {
  const row = await findActor(db, actor.workspace.id, actorId);
  if (!row) throw new AppError('not_found', `no actor "${actorId}" in this workspace`);
  return row;
}

export async function getSwot(options: { db: Db; actor: WorkspaceActor; actorId: string }) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const subject = await requireActorOfWorkspace(db, actor, options.actorId);
  const rows = await db
    .select()
    .from(swotEntries)
    .where(and(eq(swotEntries.workspaceId, actor.workspace.id), eq(swotEntries.actorId, subject.id)))
    .orderBy(asc(swotEntries.createdAt), asc(swotEntries.id));
  const ofKind = (kind: SwotKind) => rows.filter((row) => row.kind === kind).map(presentSwotEntry);
  return {
    strengths: ofKind('strength'),
    weaknesses: ofKind('weakness'),
    opportunities: ofKind('opportunity'),
    threats: ofKind('threat'),
  };
}

export async function addSwotEntry(options: {
  db: Db;
  actor: WorkspaceActor;
  actorId: string;
  input: SwotInput;
}) {
  const { db, actor, input } = options;
  authorizeSwotWrite(actor);
  const subject = await requireActorOfWorkspace(db, actor, options.actorId);
  const row = await db.transaction(async (tx) => {
    await requireAssessmentsInWorkspace(tx, actor.workspace.id, input.assessmentId, 'assessmentId');
    const [created] = await tx
      .insert(swotEntries)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        actorId: subject.id,
        assessmentId: input.assessmentId ?? null,
        kind: input.kind,
        text: input.text,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'swot.create',
      entityType: 'swot_entry',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return presentSwotEntry(row);
}

export async function deleteSwotEntry(options: {
  db: Db;
  actor: WorkspaceActor;
  actorId: string;
  entryId: string;
}) {
  const { db, actor } = options;
  authorizeSwotWrite(actor);
  const subject = await requireActorOfWorkspace(db, actor, options.actorId);
  const [entry] = await db
    .select()
    .from(swotEntries)
    .where(
      and(
        eq(swotEntries.id, options.entryId),
        eq(swotEntries.workspaceId, actor.workspace.id),
        eq(swotEntries.actorId, subject.id),
      ),
    );
  if (!entry) throw new AppError('not_found', `no SWOT entry "${options.entryId}" for this actor`);
  await db.transaction(async (tx) => {
    await tx.delete(swotEntries).where(eq(swotEntries.id, entry.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'swot.delete',
      entityType: 'swot_entry',
      entityId: entry.id,
      before: audited(entry),
    });
  });
}
