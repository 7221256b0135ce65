import { expect, type Page } from '@playwright/test';

/** The demo workspace's owner, seeded by `CUSTODES_DEMO=1`. */
export const DEMO_OWNER = 'admin@demo.custodes.org';
export const DEMO_PASSWORD = 'custodes-demo';

/** Signs the demo owner in and waits for the workspace (chosen from the list when there are several). */
export async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(DEMO_OWNER);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(w\/[\w-]+|workspaces)$/);
  if (page.url().endsWith('/workspaces'))
    await page.getByRole('link', { name: /Republic of Kasora/ }).click();
  // attached rather than visible: on a phone the navigation sits behind the menu button
  await expect(page.getByTestId('main-nav')).toBeAttached();
}
