import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../db/client.ts';
import { surveySubmissions } from '../db/schema/surveys.ts';
import { appendAudit } from '../modules/audit/repo.ts';
import { checkAnswers } from '../modules/surveys/submission-check.ts';
import { importSurveyForm, insertLibrary, updateSurvey } from '../modules/surveys/surveys-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { generateSurveyResponses } from './survey-responses.ts';

const FORM_FILE = 'kasora-perception-survey.md';
const LIBRARY = [
  'trust_police',
  'trust_army',
  'trust_courts',
  'safe_night',
  'victim_12m',
  'police_contact',
  'bribe_police',
  'reform_aware',
  'satisfaction_security',
];
const BATCH = 200;

/**
 * The demo's perception survey: its XLSForm (the sample variables) read by the same parser as an upload,
 * the standard library's questions added after them, opened, and ~1,200 generated responses checked
 * against the form and stored in one transaction, audited as one import.
 */
export async function seedSurveys(db: Db, ownerActor: WorkspaceActor): Promise<{ surveyId: string }> {
  const bytes = new Uint8Array(readFileSync(new URL(`./data/${FORM_FILE}`, import.meta.url)));
  const { survey } = await importSurveyForm({ db, actor: ownerActor, file: { name: FORM_FILE, bytes } });
  await insertLibrary({
    db,
    actor: ownerActor,
    surveyId: survey.id,
    input: { questions: LIBRARY, after: null },
  });
  const opened = await updateSurvey({
    db,
    actor: ownerActor,
    surveyId: survey.id,
    patch: { status: 'open' },
  });

  const today = '2026-05-01';
  const rows = generateSurveyResponses().map((response) => {
    const { answers, errors } = checkAnswers(opened.form, response.answers, today);
    if (errors.length > 0)
      throw new Error(`demo survey response ${response.id}: ${errors[0].path} ${errors[0].code}`);
    return {
      id: submissionIdFor(ownerActor.workspace.id, response.id),
      workspaceId: ownerActor.workspace.id,
      surveyId: survey.id,
      answers,
      source: 'enumerator' as const,
      submittedBy: ownerActor.user.id,
      formVersion: opened.form.version,
      startedAt: null,
      completedAt: new Date(response.completedAt),
      receivedAt: new Date(response.completedAt),
    };
  });
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += BATCH)
      await tx.insert(surveySubmissions).values(rows.slice(start, start + BATCH));
    await appendAudit(tx, {
      workspaceId: ownerActor.workspace.id,
      actorId: ownerActor.user.id,
      action: 'survey_responses.import',
      entityType: 'survey_responses',
      entityId: survey.id,
      before: null,
      after: { count: rows.length, skipped: 0, fileName: 'generated for the demonstration' },
    });
  });
  return { surveyId: survey.id };
}

/**
 * A generated response's id made the workspace's own: submission ids are unique across workspaces, and
 * the same demo may be seeded into several (tests sharing one PostgreSQL database do).
 */
function submissionIdFor(workspaceId: string, generatedId: string): string {
  const h = createHash('sha256').update(`${workspaceId}:${generatedId}`).digest('hex');
  const variant = '89ab'[Number.parseInt(h[16], 16) % 4];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
