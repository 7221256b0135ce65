import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { sharedDataPath } from '../src/testing/shared-data.ts';
import { signIn } from './demo-session.ts';

const DEMO_SURVEY = 'Kasora public perception survey 2026';
const PHONE = { width: 360, height: 740 };

interface SurveyRow {
  id: string;
  title: string;
  submissionCount: number;
}

const surveys = async (page: Page) =>
  ((await (await page.request.get('/api/workspaces/demo/surveys')).json()) as { surveys: SurveyRow[] })
    .surveys;

const surveyIdFromUrl = (page: Page) => /\/surveys\/([^/]+)\/form/.exec(page.url())?.[1] ?? '';

/** Picks an option of a Mantine Select inside `scope`, by the input's label. */
async function choose(page: Page, scope: ReturnType<Page['getByTestId']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('surveys: an XLSForm import lists its questions and warnings, a refused file its rows, and a library question is added', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto('/w/demo/surveys');
  await expect(page.getByTestId('surveys-table')).toContainText(DEMO_SURVEY);

  // a form with an unknown expression is refused, its row named
  await page.getByTestId('surveys-import').click();
  await page
    .locator('input[type="file"]')
    .setInputFiles(sharedDataPath('xlsform/pyxform-tests/bad_calc.xlsx'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('upload-issues')).toContainText('Sheet survey, row 2');

  // the widgets form imports, with the types Custodes does not support listed by row
  await page.locator('input[type="file"]').setInputFiles(sharedDataPath('xlsform/pyxform-tests/widgets.csv'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForURL(/\/surveys\/[^/]+\/form$/);
  await expect(page.getByTestId('form-question-my_int')).toContainText('integer widget');
  await expect(page.getByTestId('form-question-my_select')).toContainText('option a');
  const warnings = page.getByTestId('form-warnings');
  await expect(warnings).toContainText('my_geopoint');
  await expect(warnings).toContainText('row 12');

  // a standard question inserted from the library
  await expect(page.getByTestId('form-question-trust_police')).toHaveCount(0);
  await page.getByTestId('library-question-trust_police').click();
  await page.getByTestId('library-add').click();
  await expect(page.getByTestId('form-question-trust_police')).toContainText('police');
  await expect(page.getByTestId('library-question-trust_police')).toBeDisabled();
});

test('surveys: the demo survey’s estimates on a phone, with interval, design effect and effective sample size', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signIn(page);
  const demo = (await surveys(page)).find((survey) => survey.title === DEMO_SURVEY);
  expect(demo, 'the demo survey').toBeDefined();
  await page.goto(`/w/demo/surveys/${demo?.id}/analysis`);
  await expect(page.getByTestId('survey-tab-analysis')).toHaveAttribute('aria-selected', 'true');
  const row = page.getByTestId('estimate-row').first();
  await expect(row).toBeVisible();
  await expect(row.getByTestId('estimate-ci')).toHaveText(/\d.* – .*\d/);
  const deff = Number((await row.getByTestId('estimate-deff').innerText()).replace(',', '.'));
  expect(deff).toBeGreaterThan(0);
  await expect(row.getByTestId('estimate-effective-n')).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByTestId('estimate-cost').first()).toContainText('design effect');
  await expect(page.getByTestId('estimate-chart-0')).toBeVisible();
  // nothing wider than the phone but the tables, which scroll inside their own box
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('surveys: on a phone, a new survey from the library is opened, answered and estimated', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  await signIn(page);
  await page.goto('/w/demo/surveys');
  const title = `Phone survey ${Date.now()}`;
  await page.getByTestId('surveys-new').click();
  await page.getByTestId('new-survey-title').fill(title);
  await page.getByTestId('new-survey-create').click();
  await page.waitForURL(/\/surveys\/[^/]+\/form$/);
  const surveyId = surveyIdFromUrl(page);
  await expect(page.getByTestId('form-empty')).toBeVisible();

  await page.getByTestId('library-topic-safety').click();
  await page.getByTestId('library-question-safe_night').click();
  await page.getByTestId('library-add').click();
  await expect(page.getByTestId('form-question-safe_night')).toBeVisible();
  await page.getByTestId('survey-status-control').getByText('Open', { exact: true }).click();
  await expect(page.getByTestId('survey-status').first()).toHaveText('Open');

  // one response through the Collect tab
  await page.getByTestId('survey-tab-collect').click();
  await page.getByTestId('new-response').click();
  await page.getByTestId('question-safe_night').getByText('Very safe', { exact: true }).click();
  await page.getByTestId('finish').click();
  await expect
    .poll(async () => (await surveys(page)).find((survey) => survey.id === surveyId)?.submissionCount, {
      timeout: 30_000,
    })
    .toBe(1);
  // and a second from another enumerator's phone, so the standard error is defined
  // (sent from the page itself: the server refuses writes without the app's own Origin)
  const sent = await page.evaluate(
    async ({ path, body }) =>
      (
        await fetch(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    {
      path: `/api/workspaces/demo/surveys/${surveyId}/submissions`,
      body: {
        id: randomUUID(),
        answers: { safe_night: 'very_unsafe' },
        startedAt: null,
        completedAt: new Date().toISOString(),
      },
    },
  );
  expect(sent).toBe(201);

  // a simple design (no clusters, strata or weights) and one proportion
  await page.getByTestId('survey-tab-analysis').click();
  await expect(page.getByTestId('analysis-problem')).toBeVisible();
  await page.getByTestId('estimate-spec-add').click();
  await choose(page, page.getByTestId('estimate-spec-0'), 'Variable', 'safe_night');
  await page.getByTestId('design-save').click();
  await expect(page.getByTestId('design-saved')).toBeVisible();
  const veryUnsafe = page.getByTestId('estimate-row').filter({ hasText: 'Very unsafe' });
  await expect(veryUnsafe.getByTestId('estimate-value')).toHaveText('50 %');
  await expect(veryUnsafe.getByTestId('estimate-ci')).toHaveText(/%.*–.*%/);
});
