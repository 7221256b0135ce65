import { and, asc, eq } from 'drizzle-orm';
import type { Answers, EstimateSpec, SurveyDesign } from '../../../core/survey/types.ts';
import type { Db } from '../../db/client.ts';
import { surveySubmissions, surveys } from '../../db/schema/surveys.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { computeEstimates } from './analysis-compute.ts';
import { checkDesignColumns } from './analysis-design-check.ts';
import { analysisColumns, analysisTable } from './analysis-table.ts';
import { findSurvey, type SurveyRow } from './surveys-repo.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
}

/** The answers of a survey's submissions, in the order they were received. */
export async function loadAnswers(db: Db, workspaceId: string, surveyId: string): Promise<Answers[]> {
  const rows = await db
    .select({ answers: surveySubmissions.answers })
    .from(surveySubmissions)
    .where(and(eq(surveySubmissions.workspaceId, workspaceId), eq(surveySubmissions.surveyId, surveyId)))
    .orderBy(asc(surveySubmissions.receivedAt), asc(surveySubmissions.id));
  return rows.map((row) => row.answers);
}

/** The survey's responses as a table, with the form's columns. */
export async function surveyTable(db: Db, survey: SurveyRow) {
  return analysisTable(survey.form, await loadAnswers(db, survey.workspaceId, survey.id));
}

/** Stores the sample design and the estimate list (If-Match on the survey's version). */
export async function saveDesign({
  db,
  actor,
  surveyId,
  design,
  estimates,
  expectedVersion,
}: Options & { design: SurveyDesign; estimates: EstimateSpec[]; expectedVersion?: number }) {
  authorize(actor, 'survey:design');
  return db.transaction(async (tx) => {
    const before = await findSurvey(tx, actor.workspace.id, surveyId, true);
    checkVersion(before.rowVersion, expectedVersion);
    checkDesignColumns(design, estimates, analysisColumns(before.form));
    const [after] = await tx
      .update(surveys)
      .set({ design, estimates, updatedAt: new Date(), rowVersion: nextVersion(surveys.rowVersion) })
      .where(eq(surveys.id, before.id))
      .returning();
    const saved = after as SurveyRow;
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'survey.design',
      entityType: 'survey',
      entityId: saved.id,
      before: { design: before.design ?? null, estimates: before.estimates },
      after: { design, estimates },
    });
    return { surveyId: saved.id, design, estimates, rowVersion: saved.rowVersion };
  });
}

async function estimatesFor(db: Db, survey: SurveyRow, design: SurveyDesign | null, specs: EstimateSpec[]) {
  const { table, columns } = await surveyTable(db, survey);
  return { ...computeEstimates(table, design, specs), repeatQuestions: columns.inRepeats };
}

/** The stored estimate list computed over the current responses under the stored design. */
export async function storedEstimates({ db, actor, surveyId }: Options) {
  authorize(actor, 'workspace:read');
  const survey = await findSurvey(db, actor.workspace.id, surveyId);
  return estimatesFor(db, survey, survey.design ?? null, survey.estimates);
}

/** The same for a design and estimates not saved yet (the page's preview); writes nothing. */
export async function previewEstimates({
  db,
  actor,
  surveyId,
  design,
  estimates,
}: Options & { design?: SurveyDesign; estimates: EstimateSpec[] }) {
  authorize(actor, 'survey:design');
  const survey = await findSurvey(db, actor.workspace.id, surveyId);
  checkDesignColumns(design, estimates, analysisColumns(survey.form));
  return estimatesFor(db, survey, design ?? survey.design ?? null, estimates);
}
