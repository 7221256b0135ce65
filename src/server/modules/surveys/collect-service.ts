import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { SubmissionPayload } from '../../../core/survey/types.ts';
import type { Db } from '../../db/client.ts';
import { type SubmissionSource, surveySubmissions, surveys } from '../../db/schema/surveys.ts';
import { workspaces } from '../../db/schema/workspaces.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { checkAnswers } from './submission-check.ts';
import { findSurvey, type SurveyRow } from './surveys-repo.ts';

/** A submission refused with its own error code (`survey_not_open`, `invalid_answers`). */
export class SubmissionRefused extends Error {
  constructor(
    readonly status: 400 | 409,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SubmissionRefused';
  }
}

/** The server's date, for `today()` in the form's expressions. */
export const todayOf = (now = new Date()) => now.toISOString().slice(0, 10);

export async function collectForm({
  db,
  actor,
  surveyId,
}: {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
}) {
  authorize(actor, 'survey:collect');
  const survey = await findSurvey(db, actor.workspace.id, surveyId);
  return { id: survey.id, title: survey.title, status: survey.status, form: survey.form, today: todayOf() };
}

interface Receipt {
  id: string;
  receivedAt: string;
  duplicate: boolean;
}

/**
 * Stores a submission once: the device's id is the primary key, so a second send of the same id for the
 * same survey writes nothing and says so; the same id for another survey is refused.
 */
/** The receipt of a response already stored under `id`; a 409 when the id is another survey's. */
async function alreadyReceived(db: Db, survey: SurveyRow, id: string): Promise<Receipt | null> {
  const [existing] = await db
    .select({ surveyId: surveySubmissions.surveyId, receivedAt: surveySubmissions.receivedAt })
    .from(surveySubmissions)
    .where(eq(surveySubmissions.id, id));
  if (!existing) return null;
  if (existing.surveyId !== survey.id)
    throw new AppError('conflict', 'id: this id belongs to another response; make a new UUID', {
      field: 'id',
    });
  return { id, receivedAt: existing.receivedAt.toISOString(), duplicate: true };
}

async function receive(
  db: Db,
  survey: SurveyRow,
  payload: SubmissionPayload,
  by: { source: SubmissionSource; userId: string | null },
): Promise<Receipt> {
  // A resend of a stored response is acknowledged before anything else is checked: the device may have
  // lost the first answer, and the survey may have closed or gained questions since.
  const earlier = await alreadyReceived(db, survey, payload.id);
  if (earlier) return earlier;
  if (survey.status !== 'open')
    throw new SubmissionRefused(409, 'survey_not_open', 'status: this survey is not open for responses', {
      status: survey.status,
    });
  const today = todayOf();
  const { answers, errors } = checkAnswers(survey.form, payload.answers, today);
  if (errors.length > 0)
    throw new SubmissionRefused(400, 'invalid_answers', `answers.${errors[0].path}: ${errors[0].code}`, {
      errors,
    });
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(surveySubmissions)
      .values({
        id: payload.id,
        workspaceId: survey.workspaceId,
        surveyId: survey.id,
        answers,
        source: by.source,
        submittedBy: by.userId,
        formVersion: survey.form.version,
        startedAt: payload.startedAt ? new Date(payload.startedAt) : null,
        completedAt: new Date(payload.completedAt),
      })
      .onConflictDoNothing({ target: surveySubmissions.id })
      .returning({ receivedAt: surveySubmissions.receivedAt });
    if (inserted.length === 0) {
      const earlier = await alreadyReceived(tx, survey, payload.id);
      if (earlier) return earlier;
      throw new AppError('conflict', 'id: this id was taken while this response was checked; resend it', {
        field: 'id',
      });
    }
    await appendAudit(tx, {
      workspaceId: survey.workspaceId,
      actorId: by.userId,
      action: by.source === 'public' ? 'survey_responses.create_public' : 'survey_responses.create',
      entityType: 'survey_responses',
      entityId: survey.id,
      before: null,
      after: { submissionId: payload.id, source: by.source },
    });
    return { id: payload.id, receivedAt: inserted[0].receivedAt.toISOString(), duplicate: false };
  });
}

export async function submitAsEnumerator({
  db,
  actor,
  surveyId,
  payload,
}: {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
  payload: SubmissionPayload;
}) {
  authorize(actor, 'survey:collect');
  const survey = await findSurvey(db, actor.workspace.id, surveyId);
  return receive(db, survey, payload, { source: 'enumerator', userId: actor.user.id });
}

/**
 * The open survey behind a public link. An unknown token, a token of another workspace and a survey
 * that is not open all get the same 404, so the answer tells nothing about which it was.
 */
async function openSurveyByToken(db: Db, slug: string, token: string): Promise<SurveyRow> {
  const [row] = await db
    .select({ survey: surveys })
    .from(surveys)
    .innerJoin(workspaces, eq(workspaces.id, surveys.workspaceId))
    .where(and(eq(surveys.publicToken, token), eq(workspaces.slug, slug)));
  if (row?.survey.status !== 'open')
    throw new AppError('not_found', 'this survey link does not exist or the survey is not open');
  return row.survey;
}

export async function publicForm({ db, slug, token }: { db: Db; slug: string; token: string }) {
  const survey = await openSurveyByToken(db, slug, token);
  return { title: survey.title, form: survey.form, today: todayOf() };
}

export async function submitPublicly({
  db,
  slug,
  token,
  payload,
}: {
  db: Db;
  slug: string;
  token: string;
  payload: SubmissionPayload;
}) {
  const survey = await openSurveyByToken(db, slug, token);
  return receive(db, survey, payload, { source: 'public', userId: null });
}
