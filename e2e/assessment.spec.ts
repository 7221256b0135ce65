import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';

const PASSWORD = 'custodes-demo';
const ASSESSOR = 'assessor@demo.custodes.org';
const REVIEWER = 'cso@demo.custodes.org';
const OWNER = 'admin@demo.custodes.org';

/** A fresh browser for one demo person, signed in and inside the Kasora workspace. */
async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Someone with one workspace lands in it; with several, on the list to choose from.
  await page.waitForURL(/\/(w\/[\w-]+|workspaces)$/);
  if (page.url().endsWith('/workspaces'))
    await page.getByRole('link', { name: /Republic of Kasora/ }).click();
  await expect(page.getByTestId('main-nav')).toBeVisible();
  return page;
}

/** Opens a Mantine select inside `scope`, types to narrow it when asked, and picks the option. */
async function choose(page: Page, scope: Locator, label: string, option: RegExp, search?: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

async function scoreItem(page: Page, itemId: string, level: string, confidence?: RegExp) {
  const item = page.getByTestId(`item-${itemId}`);
  await item.getByRole('radio', { name: level, exact: true }).check();
  if (confidence) await choose(page, item, 'Confidence', confidence);
  await item.getByRole('button', { name: 'Save answer' }).click();
  await expect(item.getByTestId('item-state')).toHaveText(/Saved/);
}

test('an assessment from team set-up to validated results: scoring, evidence, peer review, report', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Police governance check ${Date.now().toString(36)}`;

  // The assessor starts the assessment, leading it themself with a civil-society reviewer.
  const assessor = await signedIn(browser, ASSESSOR);
  await assessor.getByTestId('nav-assess').click();
  await expect(assessor.getByTestId('assessment-list')).toBeVisible();
  await assessor.getByTestId('new-assessment').click();
  const form = assessor.getByTestId('new-assessment-form');
  await form.getByLabel('Title', { exact: true }).fill(title);
  await expect(form.getByLabel('Framework', { exact: true })).toHaveValue(
    'Ten criteria of good security sector governance',
  );
  await expect(form.getByLabel('Whole sector')).toBeChecked();
  await expect(form.getByLabel('Lead side', { exact: true })).toHaveValue('Government');
  await expect(form.getByTestId('team-row-0').getByLabel('Member', { exact: true })).toHaveValue(
    /Rafael Ortega/,
  );
  await expect(form.getByTestId('team-row-0').getByLabel('Role on the team', { exact: true })).toHaveValue(
    'Lead',
  );
  await form.getByRole('button', { name: 'Add a team member' }).click();
  const reviewerRow = form.getByTestId('team-row-1');
  await choose(assessor, reviewerRow, 'Member', /Nadia Haddad/, 'Nadia');
  await choose(assessor, reviewerRow, 'Side', /^Civil society$/);
  await choose(assessor, reviewerRow, 'Role on the team', /^Reviewer$/);
  await form.getByRole('button', { name: 'Create assessment' }).click();
  await expect(assessor).toHaveURL(/\/w\/demo\/assess\/[\w-]+$/);
  await expect(assessor.getByRole('heading', { name: title })).toBeVisible();
  const assessmentUrl = assessor.url();

  // Two items scored, each saved on its own; the first backed by a small document.
  await scoreItem(assessor, 'c1-q1', '2');
  await scoreItem(assessor, 'c1-q2', '1', /^High$/);
  const firstItem = assessor.getByTestId('item-c1-q1');
  await firstItem.getByRole('button', { name: 'Add evidence for C1.1' }).click();
  const evidenceForm = firstItem.getByTestId('evidence-form');
  await choose(assessor, evidenceForm, 'Source type', /^Interview$/);
  await evidenceForm
    .getByLabel('Description', { exact: true })
    .fill('Interview notes with the police HR director');
  await evidenceForm.locator('input[type="file"]').setInputFiles({
    name: 'hr-interview.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Promotions are decided by a board; criteria are not published.\n'),
  });
  await evidenceForm.getByRole('button', { name: 'Add evidence' }).click();
  await expect(firstItem.getByTestId('evidence-entry')).toContainText('hr-interview.txt');
  // Submitting asks first, naming what is still unanswered; the reviewer on the team raises no warning.
  await assessor.getByTestId('action-submit').click();
  const submitDialog = assessor.getByTestId('confirm-submit');
  await expect(submitDialog.getByTestId('unanswered-items')).toContainText('C1.3');
  await expect(submitDialog).toContainText(/and \d+ more items/);
  await expect(submitDialog.getByTestId('no-reviewer')).toHaveCount(0);
  await submitDialog.getByTestId('confirm-submit-button').click();
  await expect(assessor.getByTestId('assessment-status')).toHaveText('In review');

  // The civil-society reviewer comments on the first item.
  const reviewer = await signedIn(browser, REVIEWER);
  await reviewer.goto(`${assessmentUrl}?tab=review`);
  const reviewItem = reviewer.getByTestId('review-item-c1-q1');
  await reviewItem.getByLabel('Review comment on C1.1').fill('Is there a copy of the promotion rules?');
  await reviewItem.getByRole('button', { name: 'Add comment' }).click();
  await expect(reviewItem.getByTestId('review-comment')).toContainText('Open');

  // The assessor deals with it and marks it resolved.
  await assessor.goto(`${assessmentUrl}?tab=review`);
  const comment = assessor.getByTestId('review-item-c1-q1').getByTestId('review-comment');
  await expect(comment).toContainText('promotion rules');
  await comment.getByTestId('resolve-comment').click();
  await expect(comment).toContainText('Resolved');

  // The secretariat validates, and the results show the profile of the ten criteria.
  const owner = await signedIn(browser, OWNER);
  await owner.goto(assessmentUrl);
  await owner.getByTestId('action-validate').click();
  await expect(owner.getByTestId('confirm-validate')).toContainText('cannot go back to draft');
  await owner.getByTestId('confirm-validate-button').click();
  await expect(owner.getByTestId('assessment-status')).toHaveText('Validated');

  // Publishing says who will see it; cancelling leaves it validated. Unpublishing takes it back.
  await owner.getByTestId('action-publish').click();
  await expect(owner.getByTestId('confirm-publish')).toContainText(
    /Everyone in this workspace \(\d+ members\)/,
  );
  await owner.getByTestId('confirm-publish').getByRole('button', { name: 'Cancel' }).click();
  await expect(owner.getByTestId('confirm-publish')).toHaveCount(0);
  await expect(owner.getByTestId('assessment-status')).toHaveText('Validated');
  await owner.getByTestId('action-publish').click();
  await owner.getByTestId('confirm-publish-button').click();
  await expect(owner.getByTestId('assessment-status')).toHaveText('Published');
  await owner.getByTestId('action-unpublish').click();
  await owner.getByTestId('confirm-unpublish-button').click();
  await expect(owner.getByTestId('assessment-status')).toHaveText('Validated');
  await owner.getByTestId('assessment-tab-results').click();
  await expect(owner.getByTestId('overall-score')).toContainText('1.5');
  await expect(owner.getByTestId('radar-chart').locator('canvas').first()).toBeVisible();

  // The report downloads as a PDF, in the interface language.
  const reportUrl = await owner.getByTestId('report-pdf').getAttribute('href');
  expect(reportUrl).toMatch(/\/report\?format=pdf&lang=en$/);
  const report = await owner.request.get(reportUrl ?? '');
  expect(report.status()).toBe(200);
  expect((await report.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  for (const page of [assessor, reviewer, owner]) await page.context().close();
});
