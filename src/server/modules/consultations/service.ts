import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import {
  type ConsultationFormat,
  type ParticipantGroup,
  participantTotals,
  womenShare,
} from '../../../core/consultation/participants.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { consultations } from '../../db/schema/index.ts';
import { findAssessment } from '../assessments/repo.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

export interface LinkedItem {
  assessmentId: string;
  itemId: string;
}

export interface ConsultationInput {
  heldOn: string;
  place: string;
  format: ConsultationFormat;
  participants: ParticipantGroup[];
  topics: string[];
  findings: string;
  linkedItems?: LinkedItem[];
}

export interface ConsultationFilter {
  from?: string;
  to?: string;
  format?: ConsultationFormat;
}

type ConsultationRow = typeof consultations.$inferSelect;

export function presentConsultation(row: ConsultationRow) {
  const participants = row.participants as ParticipantGroup[];
  const totals = participantTotals(participants);
  return {
    id: row.id,
    heldOn: row.heldOn,
    place: row.place,
    format: row.format as ConsultationFormat,
    participants,
    topics: row.topics as string[],
    findings: row.findings,
    linkedItems: row.linkedItems as LinkedItem[],
    totals,
    womenShare: womenShare(totals),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

const audited = (row: ConsultationRow) => ({
  heldOn: row.heldOn,
  place: row.place,
  format: row.format,
  participants: row.participants,
  topics: row.topics,
  findings: row.findings,
  linkedItems: row.linkedItems,
});

/** Each link must name an assessment of this workspace and an item of the framework it was scored on. */
async function checkLinkedItems(db: Db, actor: WorkspaceActor, links: readonly LinkedItem[]) {
  const itemsByAssessment = new Map<string, Set<string> | null>();
  for (const [index, link] of links.entries()) {
    if (!itemsByAssessment.has(link.assessmentId)) {
      const row = await findAssessment(db, actor.workspace.id, link.assessmentId);
      const items = row ? listItems(row.framework as Framework).map(({ item }) => item.id) : null;
      itemsByAssessment.set(link.assessmentId, items && new Set(items));
    }
    const items = itemsByAssessment.get(link.assessmentId);
    if (!items)
      throw new AppError(
        'bad_request',
        `linkedItems.${index}.assessmentId: no assessment with this id in this workspace`,
      );
    if (!items.has(link.itemId))
      throw new AppError(
        'bad_request',
        `linkedItems.${index}.itemId: "${link.itemId}" is not an item of that assessment's framework`,
      );
  }
}

export async function listConsultations(options: {
  db: Db;
  actor: WorkspaceActor;
  filter: ConsultationFilter;
}) {
  const { db, actor, filter } = options;
  authorize(actor, 'workspace:read');
  const conditions: SQL[] = [eq(consultations.workspaceId, actor.workspace.id)];
  if (filter.from) conditions.push(gte(consultations.heldOn, filter.from));
  if (filter.to) conditions.push(lte(consultations.heldOn, filter.to));
  if (filter.format) conditions.push(eq(consultations.format, filter.format));
  const rows = await db
    .select()
    .from(consultations)
    .where(and(...conditions))
    .orderBy(desc(consultations.heldOn), desc(consultations.createdAt), desc(consultations.id));
  return rows.map(presentConsultation);
}

async function loadConsultation(db: Db, actor: WorkspaceActor, consultationId: string, lock = false) {
  const query = db
    .select()
    .from(consultations)
    .where(and(eq(consultations.id, consultationId), eq(consultations.workspaceId, actor.workspace.id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no consultation "${consultationId}" in this workspace`);
  return row;
}

export async function getConsultation(options: { db: Db; actor: WorkspaceActor; consultationId: string }) {
  authorize(options.actor, 'workspace:read');
  return presentConsultation(await loadConsultation(options.db, options.actor, options.consultationId));
}

export async function createConsultation(options: {
  db: Db;
  actor: WorkspaceActor;
  input: ConsultationInput;
}) {
  const { db, actor, input } = options;
  authorize(actor, 'consultation:write');
  const row = await db.transaction(async (tx) => {
    await checkLinkedItems(tx, actor, input.linkedItems ?? []);
    const [created] = await tx
      .insert(consultations)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        ...input,
        linkedItems: input.linkedItems ?? [],
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return presentConsultation(row);
}

export async function updateConsultation(options: {
  db: Db;
  actor: WorkspaceActor;
  consultationId: string;
  patch: Partial<ConsultationInput>;
  expectedVersion?: number;
}) {
  const { db, actor, patch } = options;
  authorize(actor, 'consultation:write');
  const row = await db.transaction(async (tx) => {
    const before = await loadConsultation(tx, actor, options.consultationId, true);
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(patch)) return before;
    if (patch.linkedItems) await checkLinkedItems(tx, actor, patch.linkedItems);
    const [updated] = await tx
      .update(consultations)
      .set({ ...patch, updatedAt: new Date(), rowVersion: nextVersion(consultations.rowVersion) })
      .where(eq(consultations.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: updated.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
  return presentConsultation(row);
}

export async function deleteConsultation(options: { db: Db; actor: WorkspaceActor; consultationId: string }) {
  const { db, actor } = options;
  authorize(actor, 'consultation:write');
  await db.transaction(async (tx) => {
    const consultation = await loadConsultation(tx, actor, options.consultationId, true);
    await tx.delete(consultations).where(eq(consultations.id, consultation.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'consultation.delete',
      entityType: 'consultation',
      entityId: consultation.id,
      before: audited(consultation),
    });
  });
}
