import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { FormIssue } from '../../../core/survey/types.ts';
import type { Db } from '../../db/client.ts';
import { type SurveyStatus, surveys } from '../../db/schema/surveys.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { addLibraryQuestions, emptyForm, readForm, refuseUnstorable } from './survey-form-import.ts';
import {
  auditedSurvey,
  findSurvey,
  loadSurveySummaries,
  presentSurvey,
  questionCount,
  type SurveyRow,
  submissionCountOf,
} from './surveys-repo.ts';
import { INTERFACE_LANGUAGES } from './surveys-schemas.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

type AuditAction =
  | 'survey.create'
  | 'survey.import_form'
  | 'survey.update'
  | 'survey.delete'
  | 'survey.replace_form'
  | 'survey.insert_library'
  | 'survey.public_link_create'
  | 'survey.public_link_delete';

function audit(
  tx: Db,
  actor: WorkspaceActor,
  action: AuditAction,
  surveyId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    action,
    entityType: 'survey',
    entityId: surveyId,
    before,
    after,
  });
}

export async function listSurveys({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  return loadSurveySummaries(db, actor.workspace.id);
}

export async function getSurvey({ db, actor, surveyId }: Options & { surveyId: string }) {
  authorize(actor, 'workspace:read');
  return presentSurvey(db, actor, await findSurvey(db, actor.workspace.id, surveyId));
}

async function insertSurvey(
  db: Db,
  actor: WorkspaceActor,
  values: Omit<typeof surveys.$inferInsert, 'id' | 'workspaceId' | 'createdBy'>,
  action: AuditAction,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveys)
      .values({ ...values, id: randomUUID(), workspaceId: actor.workspace.id, createdBy: actor.user.id })
      .returning();
    await audit(tx, actor, action, row.id, null, auditedSurvey(row));
    return row;
  });
}

/** A survey built in Custodes: an empty form in the chosen languages, filled from the library. */
export async function createSurvey({
  db,
  actor,
  input,
}: Options & { input: { title: string; languages?: (typeof INTERFACE_LANGUAGES)[number][] } }) {
  authorize(actor, 'survey:design');
  const title = input.title.trim();
  const form = emptyForm(title, input.languages ?? [...INTERFACE_LANGUAGES]);
  const row = await insertSurvey(db, actor, { title, form }, 'survey.create');
  return presentSurvey(db, actor, row);
}

const warningsOf = (issues: FormIssue[]) => issues.filter((issue) => issue.severity === 'warning');

/** A survey from an XLSForm file; the form's warnings are kept with it, any error refuses it. */
export async function importSurveyForm({
  db,
  actor,
  file,
  title,
}: Options & { file: UploadedFile; title?: string }) {
  authorize(actor, 'survey:design');
  refuseUnstorable({ title }, 'form');
  const { form, issues } = await readForm(file.name, file.bytes);
  const row = await insertSurvey(
    db,
    actor,
    {
      title: title?.trim() || form.title,
      form,
      formIssues: warningsOf(issues),
      sourceFileName: file.name,
    },
    'survey.import_form',
  );
  return { survey: await presentSurvey(db, actor, row), issues };
}

/** Applies a change to a locked survey row at the expected version, audited, in one transaction. */
async function changeSurvey(
  db: Db,
  actor: WorkspaceActor,
  surveyId: string,
  expectedVersion: number | undefined,
  action: AuditAction,
  change: (
    tx: Db,
    before: SurveyRow,
  ) => Promise<{ values: Partial<typeof surveys.$inferInsert>; audited?: Record<string, unknown> }>,
) {
  const row = await db.transaction(async (tx) => {
    const before = await findSurvey(tx, actor.workspace.id, surveyId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const { values, audited } = await change(tx, before);
    const [after] = await tx
      .update(surveys)
      .set({ ...values, updatedAt: new Date(), rowVersion: nextVersion(surveys.rowVersion) })
      .where(eq(surveys.id, before.id))
      .returning();
    await audit(tx, actor, action, before.id, auditedSurvey(before), { ...auditedSurvey(after), ...audited });
    return after;
  });
  return presentSurvey(db, actor, row);
}

export async function updateSurvey({
  db,
  actor,
  surveyId,
  patch,
  expectedVersion,
}: Options & {
  surveyId: string;
  patch: { title?: string; status?: SurveyStatus };
  expectedVersion?: number;
}) {
  authorize(actor, 'survey:design');
  return changeSurvey(db, actor, surveyId, expectedVersion, 'survey.update', async (_tx, before) => {
    if (patch.status === 'open' && before.status !== 'open' && questionCount(before.form.children) === 0)
      throw new AppError('conflict', 'status: the form has no questions yet; add some before opening it', {
        field: 'status',
      });
    return { values: { title: patch.title?.trim() ?? before.title, status: patch.status ?? before.status } };
  });
}

/** Deletes the survey with its responses; the audit entry counts the responses that went with it. */
export async function deleteSurvey({
  db,
  actor,
  surveyId,
  expectedVersion,
}: Options & { surveyId: string; expectedVersion?: number }) {
  authorize(actor, 'survey:design');
  await db.transaction(async (tx) => {
    const before = await findSurvey(tx, actor.workspace.id, surveyId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const submissionCount = await submissionCountOf(tx, actor.workspace.id, before.id);
    await tx.delete(surveys).where(eq(surveys.id, before.id));
    await audit(tx, actor, 'survey.delete', before.id, { ...auditedSurvey(before), submissionCount }, null);
  });
}

/** A new form for a survey without responses (their answers belong to the form they were given with). */
export async function replaceSurveyForm({
  db,
  actor,
  surveyId,
  file,
  expectedVersion,
}: Options & { surveyId: string; file: UploadedFile; expectedVersion?: number }) {
  authorize(actor, 'survey:design');
  const { form, issues } = await readForm(file.name, file.bytes);
  const survey = await changeSurvey(
    db,
    actor,
    surveyId,
    expectedVersion,
    'survey.replace_form',
    async (tx, before) => {
      const responses = await submissionCountOf(tx, actor.workspace.id, before.id);
      if (responses > 0)
        throw new AppError(
          'conflict',
          `file: this survey already has ${responses} responses, so its form cannot be replaced; start a new survey, or add questions from the library`,
          { field: 'file', submissionCount: responses },
        );
      return { values: { form, formIssues: warningsOf(issues), sourceFileName: file.name } };
    },
  );
  return { survey, issues };
}

/** Standard library questions inserted into the form; allowed with responses (new questions only). */
export async function insertLibrary({
  db,
  actor,
  surveyId,
  input,
  expectedVersion,
}: Options & {
  surveyId: string;
  input: { questions: string[]; after?: string | null };
  expectedVersion?: number;
}) {
  authorize(actor, 'survey:design');
  return changeSurvey(db, actor, surveyId, expectedVersion, 'survey.insert_library', async (_tx, before) => ({
    values: { form: addLibraryQuestions(before.form, input.questions, input.after ?? null) },
    audited: { questions: input.questions.join(', ') },
  }));
}

export const publicUrlOf = (slug: string, token: string) => `/p/${slug}/survey/${token}`;

/** Creates the public link, or replaces its token so the old link stops working. */
export async function createPublicLink({
  db,
  actor,
  surveyId,
  slug,
}: Options & { surveyId: string; slug: string }) {
  authorize(actor, 'survey:design');
  const publicToken = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    const before = await findSurvey(tx, actor.workspace.id, surveyId, true);
    await tx
      .update(surveys)
      .set({ publicToken, updatedAt: new Date(), rowVersion: nextVersion(surveys.rowVersion) })
      .where(eq(surveys.id, before.id));
    await audit(
      tx,
      actor,
      'survey.public_link_create',
      before.id,
      { publicLink: before.publicToken !== null },
      { publicLink: true, rotated: before.publicToken !== null },
    );
  });
  return { publicToken, url: publicUrlOf(slug, publicToken) };
}

export async function deletePublicLink({ db, actor, surveyId }: Options & { surveyId: string }) {
  authorize(actor, 'survey:design');
  await db.transaction(async (tx) => {
    const before = await findSurvey(tx, actor.workspace.id, surveyId, true);
    if (before.publicToken === null) return;
    await tx
      .update(surveys)
      .set({ publicToken: null, updatedAt: new Date(), rowVersion: nextVersion(surveys.rowVersion) })
      .where(eq(surveys.id, before.id));
    await audit(
      tx,
      actor,
      'survey.public_link_delete',
      before.id,
      { publicLink: true },
      { publicLink: false },
    );
  });
}
