import { expect, type Page, test } from '@playwright/test';

const DEMO = { email: 'admin@demo.custodes.org', password: 'custodes-demo' };

async function signInToDemo(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Someone with one workspace lands in it; with several, on the list to choose from.
  await page.waitForURL(/\/(w\/[\w-]+|workspaces)$/);
  if (page.url().endsWith('/workspaces'))
    await page.getByRole('link', { name: /Republic of Kasora/ }).click();
  await expect(page.getByTestId('main-nav')).toBeVisible();
}

/** Opens a Mantine select inside `scope`, types to narrow it when it is searchable, and picks the option. */
async function choose(
  page: Page,
  scope: ReturnType<Page['getByTestId']>,
  label: string,
  search: string | null,
  option: RegExp,
) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search !== null) await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

test('map the sector: registry, graph with an actor profile, oversight gaps, a new actor and relation', async ({
  page,
}) => {
  await signInToDemo(page);
  await page.getByTestId('nav-map').click();

  const table = page.getByTestId('actor-table');
  await expect(table).toBeVisible();
  expect(await table.getByTestId('actor-row').count()).toBeGreaterThanOrEqual(40);

  await page.getByTestId('map-tab-graph').click();
  await expect(page.getByTestId('sector-graph')).toBeVisible();
  await expect(page.getByTestId('sector-graph').locator('canvas').first()).toBeVisible();
  const find = page.getByTestId('graph-find-actor');
  await find.click();
  await find.fill('NIS');
  await page.getByRole('option', { name: /National Intelligence Service/ }).click();
  const panel = page.getByTestId('graph-panel');
  await expect(panel.getByRole('heading', { name: /National Intelligence Service/ })).toBeVisible();
  await expect(panel.getByTestId('profile-oversight')).toContainText(/parliamentary/i);
  await expect(panel.getByTestId('actor-assessments')).toContainText(
    'National Intelligence Service: governance assessment 2025',
  );
  // the panel's relations lead on through the graph
  await panel.getByRole('button', { name: 'National Security Council' }).first().click();
  await expect(panel.getByRole('heading', { name: /National Security Council/ })).toBeVisible();

  await page.getByTestId('map-tab-gaps').click();
  const gaps = page.getByTestId('oversight-gaps');
  await expect(gaps).toContainText('National Intelligence Service');
  await expect(gaps.getByTestId('gap-card').filter({ hasText: 'Presidential Guard' })).toContainText(
    /judicial/i,
  );

  await page.getByTestId('map-tab-registry').click();
  await page.getByTestId('add-actor').click();
  const actorForm = page.getByTestId('actor-form');
  await actorForm.getByLabel('Name', { exact: true }).fill('Kasora Coast Guard');
  await actorForm.getByLabel('Acronym', { exact: true }).fill('KCG');
  await choose(page, actorForm, 'Category', 'Border', /^Border guard$/);
  await choose(page, actorForm, 'Part of', 'Navy', /^Kasora Navy$/);
  await actorForm.getByLabel('Total staff', { exact: true }).fill('640');
  await actorForm.getByRole('button', { name: 'Add actor' }).click();
  await expect(table.getByTestId('actor-row').filter({ hasText: 'Kasora Coast Guard' })).toBeVisible();

  await page.getByTestId('map-tab-relations').click();
  await page.getByTestId('add-relation').click();
  const relationForm = page.getByTestId('relation-form');
  await choose(page, relationForm, 'From', 'Court of Accounts', /^Court of Accounts$/);
  await choose(page, relationForm, 'Type', null, /^Oversight$/);
  await choose(page, relationForm, 'Kind of oversight', null, /^Independent$/);
  await choose(page, relationForm, 'To', 'Coast', /Kasora Coast Guard/);
  await relationForm.getByRole('button', { name: 'Add relation' }).click();
  await expect(
    page
      .getByTestId('relation-row')
      .filter({ hasText: 'Kasora Coast Guard' })
      .filter({ hasText: 'Court of Accounts' }),
  ).toBeVisible();

  // The coast guard belongs to the navy, part of the defence forces that parliament, courts and auditors oversee.
  await page.getByTestId('map-tab-gaps').click();
  await expect(page.getByTestId('oversight-gaps')).toContainText('Kasora Coast Guard');
  await expect(page.getByTestId('gap-card').filter({ hasText: 'Kasora Coast Guard' })).toHaveCount(0);
});

test('the map reads right to left in Arabic and fits a 360 px screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('custodes.language', 'ar'));
  await page.goto('/w/demo/map/gaps');
  await page.getByLabel('البريد الإلكتروني', { exact: true }).fill(DEMO.email);
  await page.getByLabel('كلمة المرور', { exact: true }).fill(DEMO.password);
  await page.locator('button[type=submit]').click();
  // the account's saved language (if any) is applied after sign-in, fetching its messages: let it land first
  await expect(page.getByTestId('language-switcher')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Signed in, the account's own language wins over the browser's: make it Arabic too, and English again after.
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.getByTestId('oversight-gaps')).toContainText('جهاز المخابرات الوطني');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.goto('/w/demo/map/graph');
  await expect(page.getByTestId('sector-graph')).toBeVisible();
  const graphOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(graphOverflow).toBeLessThanOrEqual(1);
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await context.close();
});

test('an actor file with bad rows is refused with its rows listed; a corrected one is imported', async ({
  page,
}) => {
  await signInToDemo(page);
  await page.goto('/w/demo/map/transfer');
  const card = page.getByTestId('transfer-actors');
  const upload = (content: string) =>
    card.locator('input[type=file]').setInputFiles({
      name: 'regional-units.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(content),
    });

  await upload('name,category,parent\nLake Patrol Unit,police,KNP\nRiver Brigade,army,KDF\n');
  await card.getByRole('button', { name: 'Import' }).click();
  const errors = card.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors.getByRole('row').filter({ hasText: 'category' })).toContainText('3');
  await expect(errors).toContainText('"army" is not a known category');

  await upload('name,category,parent\nLake Patrol Unit,police,KNP\nRiver Brigade,armed_forces,KDF\n');
  await card.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Rows imported: 2.')).toBeVisible();
  await expect(card.getByTestId('import-errors')).toHaveCount(0);
  await page.getByTestId('map-tab-registry').click();
  await expect(page.getByTestId('actor-row').filter({ hasText: 'River Brigade' })).toContainText(
    'Kasora Defence Forces',
  );
});
