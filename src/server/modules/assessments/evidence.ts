import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { enforce, evidenceChangeRefusal } from '../../../core/access/policy.ts';
import type { AssessmentStatus, TeamRole } from '../../../core/assessment/workflow.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { assessmentEvidence } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { requireFrameworkItem } from '../workspaces/references.ts';
import * as repo from './repo.ts';
import { loadAssessment } from './service.ts';

export const EVIDENCE_SOURCES = [
  'desk_research',
  'interview',
  'consultation',
  'data_analysis',
  'survey',
  'comparative_analysis',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface EvidenceInput {
  itemId: string;
  sourceType: EvidenceSource;
  description: string;
  file?: { name: string; type: string; bytes: Buffer } | null;
}

/** Evidence is added by the assessment team while the assessment is a draft or under review. */
export async function teamMemberAssessment(db: Db, actor: WorkspaceActor, assessmentId: string) {
  const row = await loadAssessment(db, actor, assessmentId);
  const team = await repo.listTeam(db, row.id);
  const teamRole = (team.find((member) => member.userId === actor.user.id)?.teamRole ??
    null) as TeamRole | null;
  enforce(evidenceChangeRefusal({ teamRole, status: row.status as AssessmentStatus }));
  return row;
}

export async function addEvidence(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  input: EvidenceInput;
}) {
  const { db, actor, input } = options;
  const row = await teamMemberAssessment(db, actor, options.assessmentId);
  requireFrameworkItem(row.framework as Framework, input.itemId, 'itemId');
  if (input.file && input.file.bytes.length > MAX_EVIDENCE_BYTES) {
    throw new AppError('payload_too_large', 'file: evidence documents are limited to 10 MiB');
  }
  return db.transaction(async (tx) => {
    const [entry] = await tx
      .insert(assessmentEvidence)
      .values({
        id: randomUUID(),
        assessmentId: row.id,
        itemId: input.itemId,
        sourceType: input.sourceType,
        description: input.description,
        fileName: input.file?.name ?? null,
        fileType: input.file?.type || null,
        fileSize: input.file?.bytes.length ?? null,
        fileData: input.file?.bytes ?? null,
        addedBy: actor.user.id,
      })
      .returning({ id: assessmentEvidence.id, createdAt: assessmentEvidence.createdAt });
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.evidence_add',
      entityType: 'assessment',
      entityId: row.id,
      after: {
        evidenceId: entry.id,
        itemId: input.itemId,
        sourceType: input.sourceType,
        fileName: input.file?.name ?? null,
      },
    });
    return {
      id: entry.id,
      itemId: input.itemId,
      sourceType: input.sourceType,
      description: input.description,
      fileName: input.file?.name ?? null,
      fileSize: input.file?.bytes.length ?? null,
      createdAt: entry.createdAt.toISOString(),
    };
  });
}

export async function readEvidenceFile(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  evidenceId: string;
}) {
  const row = await loadAssessment(options.db, options.actor, options.assessmentId);
  const [entry] = await options.db
    .select()
    .from(assessmentEvidence)
    .where(and(eq(assessmentEvidence.id, options.evidenceId), eq(assessmentEvidence.assessmentId, row.id)));
  if (!entry?.fileData) throw new AppError('not_found', 'no document is attached to that evidence');
  return {
    name: entry.fileName ?? 'evidence',
    type: entry.fileType ?? 'application/octet-stream',
    bytes: entry.fileData,
  };
}

export async function removeEvidence(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  evidenceId: string;
}) {
  const { db, actor } = options;
  const row = await teamMemberAssessment(db, actor, options.assessmentId);
  const [entry] = await db
    .select({
      id: assessmentEvidence.id,
      itemId: assessmentEvidence.itemId,
      fileName: assessmentEvidence.fileName,
    })
    .from(assessmentEvidence)
    .where(and(eq(assessmentEvidence.id, options.evidenceId), eq(assessmentEvidence.assessmentId, row.id)));
  if (!entry) throw new AppError('not_found', `no evidence "${options.evidenceId}" on this assessment`);
  await db.transaction(async (tx) => {
    await tx.delete(assessmentEvidence).where(eq(assessmentEvidence.id, entry.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.evidence_remove',
      entityType: 'assessment',
      entityId: row.id,
      before: { evidenceId: entry.id, itemId: entry.itemId, fileName: entry.fileName },
    });
  });
}
