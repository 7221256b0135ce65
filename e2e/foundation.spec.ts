import { expect, type Page, test } from '@playwright/test';

const DEMO = { email: 'admin@demo.custodes.org', password: 'custodes-demo' };

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Someone with one workspace lands in it; with several, on the list to choose from.
  await page.waitForURL(/\/(w\/[\w-]+|workspaces)$/);
  if (page.url().endsWith('/workspaces'))
    await page.getByRole('link', { name: /Republic of Kasora/ }).click();
  await expect(page.getByTestId('main-nav')).toBeVisible();
}

async function chooseLanguage(page: Page, label: string) {
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: label }).click();
}

test('sign in to the demo, read it in Arabic right to left, and back in English', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByTestId('nav-map')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // The layout mirrors: the navigation sits on the right-hand side of the page.
  const nav = await page.getByTestId('main-nav').boundingBox();
  const viewport = page.viewportSize();
  expect(nav && viewport && nav.x + nav.width / 2 > viewport.width / 2).toBe(true);
  await expect(page.getByTestId('nav-members')).not.toHaveText(/Members/);

  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('nav-members')).toHaveText(/Members/);
});

test('create a workspace, invite a member who joins, and see it all in the audit log', async ({
  page,
  browser,
}) => {
  const slug = `police-reform-${Date.now().toString(36)}`;
  await signIn(page, DEMO.email, DEMO.password);

  await page.goto('/workspaces/new');
  const form = page.getByTestId('new-workspace-form');
  await form.getByLabel('Name', { exact: true }).fill('Kasora police reform');
  await form.getByLabel('Slug', { exact: true }).fill(slug);
  await form.getByLabel('Country', { exact: true }).fill('Kasora');
  await form.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));

  await page.getByTestId('nav-members').click();
  const invite = page.getByTestId('invite-form');
  const inviteeEmail = `focal-${Date.now().toString(36)}@example.org`;
  await invite.getByLabel('Email', { exact: true }).fill(inviteeEmail);
  await invite.getByLabel('Role', { exact: true }).click();
  await page.getByRole('option', { name: 'Editor' }).click();
  await invite.getByRole('button', { name: 'Create invitation' }).click();
  const link = (await page.getByTestId('invitation-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/^http:\/\/localhost:\d+\/invite\/[\w-]{32,}$/);

  // The invitee opens the link in their own browser, creates an account and joins.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(inviteeEmail)).toBeVisible();
  await invitee.getByLabel('Name', { exact: true }).fill('Interior Focal Point');
  await invitee.getByLabel('Password', { exact: true }).fill('a-strong-passphrase');
  await invitee.getByRole('button', { name: 'Create account and accept' }).click();
  await expect(invitee).toHaveURL(new RegExp(`/w/${slug}`));
  await expect(invitee.getByTestId('nav-members')).toBeVisible();
  await expect(invitee.getByTestId('nav-audit')).toHaveCount(0);
  await inviteeContext.close();

  await page.getByTestId('nav-audit').click();
  const table = page.getByTestId('audit-table');
  await expect(table).toBeVisible();
  for (const action of ['workspace.create', 'invitation.create', 'invitation.accept']) {
    await expect(table.getByTestId('audit-row').filter({ hasText: action }).first()).toBeVisible();
  }
  await page.getByRole('button', { name: /verify/i }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(/intact/i);
});

test('a protected page sends a visitor to sign in, and the shell fits a 360 px screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/w/demo/members');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email', { exact: true }).fill(DEMO.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/w\/demo\/members/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await context.close();
});
