import { and, count, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import {
  SUBMISSION_SOURCES,
  type SubmissionSource,
  surveySubmissions,
  surveys,
} from '../../db/schema/surveys.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
}

/** The survey, or 404 when it is not in the actor's workspace. */
export async function requireSurvey(db: Db, workspaceId: string, surveyId: string) {
  const [survey] = await db
    .select({ id: surveys.id, title: surveys.title, form: surveys.form })
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.workspaceId, workspaceId)));
  if (!survey) throw new AppError('not_found', `surveyId: no survey "${surveyId}" in this workspace`);
  return survey;
}

const ofSurvey = (workspaceId: string, surveyId: string) =>
  and(eq(surveySubmissions.workspaceId, workspaceId), eq(surveySubmissions.surveyId, surveyId));

/** A page of a survey's responses, newest first, with the counts by source. */
export async function listSubmissions({
  db,
  actor,
  surveyId,
  limit,
  offset,
}: Options & { limit: number; offset: number }) {
  authorize(actor, 'survey:design');
  const workspaceId = actor.workspace.id;
  await requireSurvey(db, workspaceId, surveyId);
  const counts = await db
    .select({ source: surveySubmissions.source, count: count() })
    .from(surveySubmissions)
    .where(ofSurvey(workspaceId, surveyId))
    .groupBy(surveySubmissions.source);
  const bySource = Object.fromEntries(SUBMISSION_SOURCES.map((source) => [source, 0])) as Record<
    SubmissionSource,
    number
  >;
  for (const row of counts) bySource[row.source] = row.count;
  const rows = await db
    .select({ submission: surveySubmissions, userName: users.name })
    .from(surveySubmissions)
    .leftJoin(users, eq(users.id, surveySubmissions.submittedBy))
    .where(ofSurvey(workspaceId, surveyId))
    .orderBy(desc(surveySubmissions.receivedAt), desc(surveySubmissions.id))
    .limit(limit)
    .offset(offset);
  return {
    total: counts.reduce((sum, row) => sum + row.count, 0),
    bySource,
    submissions: rows.map(({ submission, userName }) => ({
      id: submission.id,
      source: submission.source,
      receivedAt: submission.receivedAt.toISOString(),
      startedAt: submission.startedAt?.toISOString() ?? null,
      completedAt: submission.completedAt?.toISOString() ?? null,
      submittedBy: submission.submittedBy ? { id: submission.submittedBy, name: userName ?? '' } : null,
      importId: submission.importId,
      answers: submission.answers,
    })),
  };
}

export async function deleteSubmission({
  db,
  actor,
  surveyId,
  submissionId,
}: Options & { submissionId: string }) {
  authorize(actor, 'survey:design');
  const workspaceId = actor.workspace.id;
  return db.transaction(async (tx) => {
    await requireSurvey(tx, workspaceId, surveyId);
    const [deleted] = await tx
      .delete(surveySubmissions)
      .where(and(ofSurvey(workspaceId, surveyId), eq(surveySubmissions.id, submissionId)))
      .returning({ id: surveySubmissions.id, source: surveySubmissions.source });
    if (!deleted)
      throw new AppError('not_found', `submissionId: no response "${submissionId}" in this survey`);
    await appendAudit(tx, {
      workspaceId,
      actorId: actor.user.id,
      action: 'survey_responses.delete',
      entityType: 'survey_responses',
      entityId: surveyId,
      before: { submissionId, source: deleted.source },
    });
    return { deleted: 1 };
  });
}

/** Undoes an import: deletes the responses it brought in. */
export async function undoImport({ db, actor, surveyId, importId }: Options & { importId: string }) {
  authorize(actor, 'survey:design');
  const workspaceId = actor.workspace.id;
  return db.transaction(async (tx) => {
    await requireSurvey(tx, workspaceId, surveyId);
    const deleted = await tx
      .delete(surveySubmissions)
      .where(and(ofSurvey(workspaceId, surveyId), eq(surveySubmissions.importId, importId)))
      .returning({ id: surveySubmissions.id });
    if (deleted.length === 0)
      throw new AppError('not_found', `importId: no import "${importId}" in this survey`);
    await appendAudit(tx, {
      workspaceId,
      actorId: actor.user.id,
      action: 'survey_responses.import_undo',
      entityType: 'survey_responses',
      entityId: surveyId,
      before: { importId, count: deleted.length },
    });
    return { deleted: deleted.length };
  });
}
