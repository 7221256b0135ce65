import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn } from './demo-session.ts';

const SURVEY = 'Kasora public perception survey 2026';
const SLUG = 'demo';

test.use({ viewport: { width: 360, height: 740 } });

interface SurveySummary {
  id: string;
  title: string;
  submissionCount: number;
}

async function demoSurvey(page: Page): Promise<SurveySummary> {
  const response = await page.request.get(`/api/workspaces/${SLUG}/surveys`);
  expect(response.ok()).toBe(true);
  const { surveys } = (await response.json()) as { surveys: SurveySummary[] };
  const survey = surveys.find((candidate) => candidate.title === SURVEY);
  if (!survey) throw new Error(`the demo has no survey "${SURVEY}"`);
  return survey;
}

// A small form of the shapes the offline test needs: skip logic (the bribe question follows police
// contact, as in the demo survey) and a constraint with the form's own message.
const OFFLINE_FORM = `| survey |
|        | type          | name           | label                                    | required | relevant                      | constraint             | constraint_message          |
|        | select_one yn | police_contact | Contact with the police in the last year? | yes      |                               |                        |                             |
|        | select_one yn | bribe_police   | Were you asked for a bribe?              | yes      | \${police_contact} = 'yes'     |                        |                             |
|        | integer       | age            | How old are you?                         | yes      |                               | . >= 15 and . <= 120   | Respondents are 15 or older |
|        | text          | comment        | Anything to add?                         |          |                               |                        |                             |

| choices |
|         | list_name | name | label |
|         | yn        | yes  | Yes   |
|         | yn        | no   | No    |

| settings |
|          | form_title           | form_id     |
|          | E2E offline collection | e2e_offline |
`;

interface Answer {
  status: number;
  body: string;
}

/**
 * A write to the API from the page itself, as the app sends it (the server refuses writes whose Origin
 * is not the app's). `file` sends a multipart form with that text as the field `file`.
 */
function pageWrite(
  page: Page,
  method: string,
  path: string,
  options: { json?: unknown; file?: { name: string; text: string }; ifMatch?: number } = {},
): Promise<Answer> {
  return page.evaluate(
    async ({ method, path, options }) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      let body: BodyInit | undefined;
      if (options.file) {
        body = new FormData();
        body.append('file', new Blob([options.file.text], { type: 'text/markdown' }), options.file.name);
      } else if (options.json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(options.json);
      }
      if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
      const response = await fetch(path, { method, headers, body, credentials: 'include' });
      return { status: response.status, body: await response.text() };
    },
    { method, path, options },
  );
}

/** Imports OFFLINE_FORM as a new survey and opens it for responses. */
async function importOpenSurvey(page: Page): Promise<string> {
  const imported = await pageWrite(page, 'POST', `/api/workspaces/${SLUG}/surveys/import-form`, {
    file: { name: 'e2e-offline.md', text: OFFLINE_FORM },
  });
  expect(imported.status, imported.body).toBe(201);
  const { survey } = JSON.parse(imported.body) as { survey: { id: string; rowVersion: number } };
  const opened = await pageWrite(page, 'PATCH', `/api/workspaces/${SLUG}/surveys/${survey.id}`, {
    json: { status: 'open' },
    ifMatch: survey.rowVersion,
  });
  expect(opened.status, opened.body).toBe(200);
  return survey.id;
}

/** The survey's number of submissions on the server (the API is not cut by `setOffline`). */
async function submissionCount(page: Page, surveyId: string): Promise<number> {
  const response = await page.request.get(`/api/workspaces/${SLUG}/surveys/${surveyId}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { survey: { submissionCount: number } };
  return body.survey.submissionCount;
}

/** Picks a choice of a select_one question shown as radios. */
async function choose(page: Page, question: string, value: string) {
  await page.getByTestId(`question-${question}`).locator(`input[type=radio][value="${value}"]`).check();
}

/**
 * Answers every shown question still empty with a plausible value (the first choice, 1, a word, today),
 * pass after pass, since answers may reveal further questions.
 */
async function answerTheRest(page: Page) {
  for (let pass = 0; pass < 3; pass++) {
    const questions = page.getByTestId('fill-form').locator('[data-testid^="question-"]');
    for (const question of await questions.all()) {
      if (!(await question.isVisible())) continue;
      const radios = question.locator('input[type=radio]');
      const boxes = question.locator('input[type=checkbox]');
      const select = question.locator('select');
      const tag = await question.evaluate((node) => node.tagName);
      const input = tag === 'INPUT' || tag === 'TEXTAREA' ? question : null;
      if ((await radios.count()) > 0) {
        if ((await question.locator('input[type=radio]:checked').count()) === 0) await radios.first().check();
      } else if ((await boxes.count()) > 0) {
        if ((await question.locator('input[type=checkbox]:checked').count()) === 0)
          await boxes.first().check();
      } else if ((await select.count()) > 0 || tag === 'SELECT') {
        const target = (await select.count()) > 0 ? select : question;
        if ((await target.inputValue()) === '') {
          const value = await target.locator('option').nth(1).getAttribute('value');
          if (value) await target.selectOption(value);
        }
      } else if (input && (await input.inputValue()) === '') {
        const type = await input.getAttribute('type');
        const mode = await input.getAttribute('inputmode');
        const value =
          type === 'date'
            ? new Date().toISOString().slice(0, 10)
            : type === 'time'
              ? '10:00'
              : mode === 'numeric' || mode === 'decimal'
                ? '20'
                : 'e2e';
        await input.fill(value);
      }
    }
  }
}

async function openCollect(page: Page, surveyId: string) {
  await page.goto(`/w/${SLUG}/surveys/${surveyId}/collect`);
  await expect(page.getByTestId('collect-tab')).toBeVisible();
}

/** One response, with the skip logic checked on the way: the bribe question follows police contact. */
async function fillOne(page: Page, policeContact: 'yes' | 'no'): Promise<string> {
  await page.getByTestId('new-response').click();
  const form = page.getByTestId('fill-form');
  await expect(form).toBeVisible();
  const id = (await form.getAttribute('data-draft-id')) ?? '';
  await expect(page.getByTestId('question-bribe_police')).toHaveCount(0);
  await choose(page, 'police_contact', 'yes');
  await expect(page.getByTestId('question-bribe_police')).toBeVisible();
  if (policeContact === 'no') {
    await choose(page, 'police_contact', 'no');
    await expect(page.getByTestId('question-bribe_police')).toHaveCount(0);
  }
  await answerTheRest(page);
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('collect-notice')).toBeVisible();
  await expect(form).toHaveCount(0);
  return id;
}

test('collect: responses filled offline wait on the device, are sent once back online, and a lost answer is not a duplicate', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await signIn(page);
  const surveyId = await importOpenSurvey(page);
  const survey = { id: surveyId };
  const before = await submissionCount(page, survey.id);
  expect(before).toBe(0);
  await openCollect(page, survey.id);

  await context.setOffline(true);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-online', 'false');

  // Finish with required answers missing: the problems are listed, with links, and nothing is queued;
  // an answer breaking the constraint shows the form's own message.
  await page.getByTestId('new-response').click();
  await page.getByTestId('question-age').fill('12');
  await page.getByTestId('question-age').blur();
  await expect(page.getByText('Respondents are 15 or older').first()).toBeVisible();
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('problem-summary')).toBeVisible();
  await expect(page.getByTestId('problem-summary')).toContainText('How old are you?');
  await page.getByTestId('problem-summary').getByText('How old are you?').click();
  await expect(page.getByTestId('question-age')).toBeFocused();
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('draft-count')).toHaveAttribute('data-count', '1');

  await fillOne(page, 'yes');
  await fillOne(page, 'no');
  await expect(page.getByTestId('waiting-count')).toHaveAttribute('data-count', '2');
  await expect(page.getByTestId('outbox-row')).toHaveCount(2);
  expect(await submissionCount(page, survey.id)).toBe(before);

  // Back online: both are sent, once each; the draft stays a draft.
  await context.setOffline(false);
  await expect(page.getByTestId('waiting-count')).toHaveAttribute('data-count', '0', { timeout: 30_000 });
  expect(await submissionCount(page, survey.id)).toBe(before + 2);
  await expect(page.getByTestId('draft-count')).toHaveAttribute('data-count', '1');

  // The draft is resumed and finished; the server's answer is lost on the way back to the browser.
  let reachedServer = 0;
  await page.route('**/api/workspaces/*/surveys/*/submissions', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    reachedServer++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByTestId('draft-resume').click();
  const lostId = (await page.getByTestId('fill-form').getAttribute('data-draft-id')) ?? '';
  await expect(page.getByTestId('question-age')).toHaveValue('12');
  await page.getByTestId('question-age').fill('30');
  await answerTheRest(page);
  await page.getByTestId('finish').click();
  await expect(page.getByTestId('outbox-row')).toHaveCount(1);
  await expect.poll(() => reachedServer).toBe(1);
  // the server holds it, the browser does not know: it stays in the outbox
  expect(await submissionCount(page, survey.id)).toBe(before + 3);
  await expect(page.getByTestId('waiting-count')).toHaveAttribute('data-count', '1');

  await page.unroute('**/api/workspaces/*/surveys/*/submissions');
  const resent = page.waitForResponse(
    (response) => response.url().endsWith('/submissions') && response.request().method() === 'POST',
  );
  await page.getByTestId('send-now').click();
  const answer = await resent;
  expect(answer.status()).toBe(200);
  expect(((await answer.json()) as { id: string; duplicate: boolean }).duplicate).toBe(true);
  expect(((await answer.json()) as { id: string }).id).toBe(lostId);
  await expect(page.getByTestId('waiting-count')).toHaveAttribute('data-count', '0');
  expect(await submissionCount(page, survey.id)).toBe(before + 3);
});

async function publicPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('public link: a respondent without an account fills the demo survey and is thanked', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const survey = await demoSurvey(page);
  const before = await submissionCount(page, survey.id);
  const link = await pageWrite(page, 'POST', `/api/workspaces/${SLUG}/surveys/${survey.id}/public-link`);
  expect(link.status, link.body).toBeLessThan(300);
  const { url } = JSON.parse(link.body) as { url: string };

  const respondent = await publicPage(browser, url);
  await expect(respondent.getByTestId('public-survey-title')).toHaveText(SURVEY);
  await expect(respondent.getByTestId('main-nav')).toHaveCount(0);
  await expect(respondent.getByTestId('question-bribe_police')).toHaveCount(0);
  await choose(respondent, 'police_contact', 'yes');
  await expect(respondent.getByTestId('question-bribe_police')).toBeVisible();
  await answerTheRest(respondent);
  await respondent.getByTestId('finish').click();
  await expect(respondent.getByTestId('public-thanks')).toBeVisible();
  await expect.poll(() => submissionCount(page, survey.id)).toBe(before + 1);
  await respondent.context().close();

  // The demo's design variables (area, household, fpc) are the enumerators'; the made-up ones a public
  // respondent typed would rightly stop the demo's estimates, which later specs read: the response goes.
  const listed = (await (
    await page.request.get(`/api/workspaces/${SLUG}/surveys/${survey.id}/submissions?limit=100`)
  ).json()) as { submissions: { id: string; source: string }[] };
  const fromLink = listed.submissions.filter((submission) => submission.source === 'public');
  expect(fromLink).toHaveLength(1);
  const removed = await pageWrite(
    page,
    'DELETE',
    `/api/workspaces/${SLUG}/surveys/${survey.id}/submissions/${fromLink[0].id}`,
  );
  expect(removed.status, removed.body).toBeLessThan(300);
  await expect.poll(() => submissionCount(page, survey.id)).toBe(before);
});
