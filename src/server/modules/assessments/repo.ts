import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Answer } from '../../../core/assessment/answers.ts';
import type { Db } from '../../db/client.ts';
import {
  assessmentAnswers,
  assessmentEvidence,
  assessmentReviewComments,
  assessments,
  assessmentTeam,
  users,
} from '../../db/schema/index.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type AnswerRow = typeof assessmentAnswers.$inferSelect;

/** An assessment of the workspace; `lock` holds its row until the caller's transaction ends. */
export async function findAssessment(db: Db, workspaceId: string, assessmentId: string, lock = false) {
  const query = db
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, assessmentId), eq(assessments.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function listAssessmentRows(db: Db, workspaceId: string) {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.workspaceId, workspaceId))
    .orderBy(desc(assessments.createdAt));
}

export async function listTeam(db: Db, assessmentId: string) {
  return db
    .select({
      id: assessmentTeam.id,
      userId: assessmentTeam.userId,
      name: users.name,
      side: assessmentTeam.side,
      teamRole: assessmentTeam.teamRole,
    })
    .from(assessmentTeam)
    .innerJoin(users, eq(users.id, assessmentTeam.userId))
    .where(eq(assessmentTeam.assessmentId, assessmentId))
    .orderBy(asc(users.name));
}

export async function listAnswers(db: Db, assessmentId: string) {
  return db.select().from(assessmentAnswers).where(eq(assessmentAnswers.assessmentId, assessmentId));
}

export function answerOf(row: Pick<AnswerRow, 'kind' | 'value'>): Answer {
  if (row.kind === 'na' || row.kind === 'insufficient_evidence') return row.kind;
  return Number(row.value);
}

/** Answers grouped by assessor, as the core's consolidation and consensus expect them. */
export function answersByAssessor(rows: readonly AnswerRow[]): Record<string, Record<string, Answer>> {
  const grouped: Record<string, Record<string, Answer>> = {};
  for (const row of rows) {
    grouped[row.assessorId] ??= {};
    grouped[row.assessorId][row.itemId] = answerOf(row);
  }
  return grouped;
}

export async function countOpenComments(db: Db, assessmentId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(assessmentReviewComments)
    .where(
      and(
        eq(assessmentReviewComments.assessmentId, assessmentId),
        eq(assessmentReviewComments.resolved, false),
      ),
    );
  return row?.value ?? 0;
}

export async function listReviewComments(db: Db, assessmentId: string) {
  return db
    .select({ comment: assessmentReviewComments, reviewerName: users.name })
    .from(assessmentReviewComments)
    .innerJoin(users, eq(users.id, assessmentReviewComments.reviewerId))
    .where(eq(assessmentReviewComments.assessmentId, assessmentId))
    .orderBy(asc(assessmentReviewComments.createdAt));
}

/** Evidence without the file bytes (those are fetched one at a time). */
export async function listEvidence(db: Db, assessmentId: string) {
  return db
    .select({
      id: assessmentEvidence.id,
      itemId: assessmentEvidence.itemId,
      sourceType: assessmentEvidence.sourceType,
      description: assessmentEvidence.description,
      fileName: assessmentEvidence.fileName,
      fileType: assessmentEvidence.fileType,
      fileSize: assessmentEvidence.fileSize,
      addedBy: assessmentEvidence.addedBy,
      addedByName: users.name,
      createdAt: assessmentEvidence.createdAt,
    })
    .from(assessmentEvidence)
    .innerJoin(users, eq(users.id, assessmentEvidence.addedBy))
    .where(eq(assessmentEvidence.assessmentId, assessmentId))
    .orderBy(asc(assessmentEvidence.createdAt));
}
