import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { koboRowsToSubmissions } from '../../../core/survey/responses/kobo-import.ts';
import type { ImportedSubmission, ResponseIssue } from '../../../core/survey/responses/types.ts';
import type { Db } from '../../db/client.ts';
import { copyRows } from '../../db/copy.ts';
import { surveySubmissions, surveys } from '../../db/schema/surveys.ts';
import { isUnstorable } from '../../http/input-guard.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { readExportFiles, type UploadedFile } from './responses-files.ts';
import { issueMessage } from './responses-messages.ts';
import { checkImportedAnswers } from './responses-validate.ts';
import { refuseUnstorable } from './survey-form-import.ts';

/** Errors listed in a refusal; `details.total` counts them all. */
const MAX_LISTED_ERRORS = 200;
const ID_BATCH = 1000;

const COPY_COLUMNS = [
  'id',
  'workspace_id',
  'survey_id',
  'answers',
  'source',
  'submitted_by',
  'import_id',
  'form_version',
  'started_at',
  'completed_at',
] as const;

/** A refused import: every problem with its sheet, row and column; nothing was written. */
export class InvalidResponsesError extends AppError {
  constructor(
    readonly errors: ResponseIssue[],
    readonly total: number,
  ) {
    const first = errors[0];
    super(
      'bad_request',
      `${total} error${total === 1 ? '' : 's'}; nothing was imported${first ? ` (first: ${issueMessage(first)})` : ''}`,
    );
  }
}

export interface ImportSummary {
  importId: string | null;
  imported: number;
  skipped: number;
  warnings: (ResponseIssue & { message: string })[];
}

/**
 * Imports a KoboToolbox or ODK export into a survey, all or nothing: every cell and every response is
 * checked against the form, then the new responses are copied in one transaction. A response whose id
 * is already in the survey is skipped, so importing the same file twice adds nothing.
 */
export async function importResponses({
  db,
  actor,
  surveyId,
  files,
  today = new Date(),
}: {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
  files: UploadedFile[];
  today?: Date;
}): Promise<ImportSummary> {
  authorize(actor, 'survey:design');
  const names = files.map((file) => file.name);
  if (names.some(isUnstorable))
    throw new AppError('bad_request', 'file: its name must not contain a NUL character or a lone surrogate');
  const sheets = await readExportFiles(files);
  const workspaceId = actor.workspace.id;
  return db.transaction(async (tx) => {
    const [survey] = await tx
      .select({ id: surveys.id, form: surveys.form })
      .from(surveys)
      .where(and(eq(surveys.id, surveyId), eq(surveys.workspaceId, workspaceId)))
      .for('share');
    if (!survey) throw new AppError('not_found', `surveyId: no survey "${surveyId}" in this workspace`);
    const read = koboRowsToSubmissions(survey.form, sheets);
    refuseUnstorable(
      read.submissions.map(({ id, answers }) => ({ id, answers })),
      'responses',
    );
    const errors = [...read.errors, ...checkImportedAnswers(survey.form, read.submissions, today)];
    const { fresh, skipped } = await splitStored(tx, surveyId, read.submissions, errors);
    if (errors.length === 0 && read.submissions.length === 0)
      errors.push({ sheet: sheets[0]?.name ?? '', row: null, column: null, code: 'noResponses', params: {} });
    if (errors.length > 0) throw refusal(errors);
    const warnings = read.warnings.map((issue) => ({ ...issue, message: issueMessage(issue) }));
    if (fresh.length === 0) return { importId: null, imported: 0, skipped, warnings };
    const importId = `imp_${randomUUID()}`;
    await copyRows(
      tx,
      'survey_submissions',
      COPY_COLUMNS,
      fresh.map((submission) => [
        submission.id,
        workspaceId,
        surveyId,
        submission.answers,
        'import',
        actor.user.id,
        importId,
        survey.form.version,
        submission.startedAt,
        submission.completedAt,
      ]),
    );
    await appendAudit(tx, {
      workspaceId,
      actorId: actor.user.id,
      action: 'survey_responses.import',
      entityType: 'survey_responses',
      entityId: surveyId,
      after: { importId, count: fresh.length, skipped, fileName: names.join(', ') },
    });
    return { importId, imported: fresh.length, skipped, warnings };
  });
}

/** Responses already in this survey are skipped; an id another survey holds is an error on its row. */
async function splitStored(
  tx: Db,
  surveyId: string,
  submissions: ImportedSubmission[],
  errors: ResponseIssue[],
) {
  const stored = new Map<string, string>();
  for (let start = 0; start < submissions.length; start += ID_BATCH) {
    const ids = submissions.slice(start, start + ID_BATCH).map((s) => s.id);
    const rows = await tx
      .select({ id: surveySubmissions.id, surveyId: surveySubmissions.surveyId })
      .from(surveySubmissions)
      .where(inArray(surveySubmissions.id, ids));
    for (const row of rows) stored.set(row.id, row.surveyId);
  }
  const fresh: ImportedSubmission[] = [];
  let skipped = 0;
  for (const submission of submissions) {
    const owner = stored.get(submission.id);
    if (owner === undefined) fresh.push(submission);
    else if (owner === surveyId) skipped += 1;
    else
      errors.push({
        sheet: submission.sheet,
        row: submission.row,
        column: '_uuid',
        code: 'idUsedElsewhere',
        params: { id: submission.id },
      });
  }
  return { fresh, skipped };
}

function refusal(errors: ResponseIssue[]): InvalidResponsesError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  return new InvalidResponsesError(listed, errors.length);
}
