import { and, count, desc, eq, max } from 'drizzle-orm';
import { can } from '../../../core/access/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { FormNode, SurveyForm } from '../../../core/survey/types.ts';
import type { Db } from '../../db/client.ts';
import { surveySubmissions, surveys } from '../../db/schema/surveys.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';

export type SurveyRow = typeof surveys.$inferSelect;

export async function findSurvey(
  db: Db,
  workspaceId: string,
  surveyId: string,
  lock = false,
): Promise<SurveyRow> {
  const query = db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `surveyId: no survey "${surveyId}" in this workspace`);
  return row;
}

/** Questions a respondent answers (notes and calculations are not counted), groups and repeats included. */
export function questionCount(nodes: FormNode[]): number {
  let total = 0;
  for (const node of nodes) {
    if (node.kind === 'question') total += node.type === 'note' || node.type === 'calculate' ? 0 : 1;
    else total += questionCount(node.children);
  }
  return total;
}

interface SubmissionStats {
  submissionCount: number;
  lastSubmissionAt: Date | null;
}

async function statsBySurvey(db: Db, workspaceId: string, surveyId?: string) {
  const rows = await db
    .select({
      surveyId: surveySubmissions.surveyId,
      submissionCount: count(),
      lastSubmissionAt: max(surveySubmissions.receivedAt),
    })
    .from(surveySubmissions)
    .where(
      and(
        eq(surveySubmissions.workspaceId, workspaceId),
        surveyId ? eq(surveySubmissions.surveyId, surveyId) : undefined,
      ),
    )
    .groupBy(surveySubmissions.surveyId);
  return new Map<string, SubmissionStats>(rows.map((r) => [r.surveyId, r]));
}

export async function submissionCountOf(db: Db, workspaceId: string, surveyId: string): Promise<number> {
  return (await statsBySurvey(db, workspaceId, surveyId)).get(surveyId)?.submissionCount ?? 0;
}

function presentSummary(row: SurveyRow, stats: SubmissionStats | undefined) {
  const form: SurveyForm = row.form;
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    formId: form.formId,
    version: form.version,
    questionCount: questionCount(form.children),
    languages: form.languages.map((l) => l.key),
    submissionCount: stats?.submissionCount ?? 0,
    lastSubmissionAt: stats?.lastSubmissionAt?.toISOString() ?? null,
    hasPublicLink: row.publicToken !== null,
    rowVersion: row.rowVersion,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadSurveySummaries(db: Db, workspaceId: string) {
  const rows = await db
    .select()
    .from(surveys)
    .where(eq(surveys.workspaceId, workspaceId))
    .orderBy(desc(surveys.createdAt), desc(surveys.id));
  const stats = await statsBySurvey(db, workspaceId);
  return rows.map((row) => presentSummary(row, stats.get(row.id)));
}

export type PresentedSurvey = Awaited<ReturnType<typeof presentSurvey>>;

/** The whole survey; the public token only for those who may design it. */
export async function presentSurvey(db: Db, actor: WorkspaceActor, row: SurveyRow) {
  const stats = (await statsBySurvey(db, row.workspaceId, row.id)).get(row.id);
  return {
    ...presentSummary(row, stats),
    form: row.form,
    formIssues: row.formIssues,
    sourceFileName: row.sourceFileName,
    design: row.design ?? null,
    estimates: row.estimates,
    publicToken: can(actor.role, 'survey:design') ? row.publicToken : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a survey (never the public token). */
export function auditedSurvey(row: SurveyRow) {
  return {
    title: row.title,
    status: row.status,
    formId: row.form.formId,
    questionCount: questionCount(row.form.children),
    sourceFileName: row.sourceFileName,
  };
}
