import { expect, test } from '@playwright/test';
import { signIn } from './demo-session.ts';

const TITLE = 'Peace-support liaison grant';

/** A donor file written for this test: one activity under a code no reform activity carries, so nothing matches it by itself. */
function donorFile(): string {
  const transaction = (code: string, date: string, value: number) => `
      <transaction>
        <transaction-type code="${code}"/>
        <transaction-date iso-date="${date}"/>
        <value currency="USD" value-date="${date}">${value}</value>
      </transaction>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2026-11-30T09:00:00Z">
  <iati-activity last-updated-datetime="2026-11-30T09:00:00Z" xml:lang="en" default-currency="USD">
    <iati-identifier>XI-E2E-APF-001</iati-identifier>
    <reporting-org ref="XI-E2E-APF" type="10"><narrative>Atlantic Partnership Fund</narrative></reporting-org>
    <title><narrative>${TITLE}</narrative></title>
    <participating-org ref="XI-E2E-APF" role="1" type="10"><narrative>Atlantic Partnership Fund</narrative></participating-org>
    <activity-status code="2"/>
    <activity-date iso-date="2029-01-01" type="1"/>
    <sector vocabulary="1" code="15230" percentage="100"/>${transaction('2', '2029-01-15', 6000000)}${transaction('3', '2029-03-01', 3000000)}${transaction('3', '2030-03-01', 3000000)}
  </iati-activity>
</iati-activities>
`;
}

interface CoverageRow {
  kind: string;
  id: string;
  gap: unknown;
}

test('finance: an IATI file imported and matched in the browser changes the coverage matrix and the sustainability gap', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page);

  // A priority need nobody funds, and a reform activity that serves it: the activity the donor's money will go to.
  const coverage = (await (await page.request.get('/api/workspaces/demo/coordination/coverage')).json()) as {
    plan: { id: string };
    rows: CoverageRow[];
  };
  const gaps = coverage.rows.filter((row) => row.kind === 'need' && row.gap !== null);
  expect(gaps.length).toBeGreaterThan(0);
  const plan = (await (await page.request.get(`/api/workspaces/demo/plans/${coverage.plan.id}`)).json()) as {
    items: { id: string; kind: string; code: string; name: string; needIds: string[] }[];
  };
  const target = plan.items.find(
    (item) => item.kind === 'activity' && gaps.some((gap) => item.needIds.includes(gap.id)),
  );
  if (!target) throw new Error('the demo has no reform activity serving an unfunded priority need');

  // Before: the gaps in the coverage matrix, and the gap once the EU leaves.
  await page.getByTestId('nav-coordinate').click();
  await expect(page.getByTestId('coverage-matrix')).toBeVisible();
  const gapsBefore = await page.getByTestId('coverage-gap').count();
  expect(gapsBefore).toBe(gaps.length);

  await page.getByTestId('nav-finance').click();
  await page.getByRole('tab', { name: 'Sustainability' }).click();
  await page.getByTestId('scenario-picker').click();
  await page.getByRole('option', { name: /EU leaves in 2028/ }).click();
  const gapTotal = page.getByTestId('sustainability-gap-total');
  await expect(gapTotal).toBeVisible();
  await expect(page.getByTestId('sustainability-chart')).toBeVisible();
  const gapBefore = (await gapTotal.textContent()) ?? '';

  // Import the donor's file in the browser.
  await page.getByRole('tab', { name: 'IATI' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'atlantic-partnership.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(donorFile()),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('“atlantic-partnership.xml” imported (IATI 2.03)')).toBeVisible();

  // Nothing matched it by itself: match it by hand to the activity; a match made by hand needs no review.
  const activities = page.getByTestId('iati-activities');
  const row = activities.getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText('No match');
  await row.getByLabel(`Reform activity funded by “${TITLE}”`).click();
  await page.getByRole('option', { name: `${target.code} ${target.name}`, exact: true }).click();
  await expect(row).toContainText('By hand');
  await expect(row).toContainText('Confirmed');
  await expect(row.getByRole('button', { name: 'Confirm' })).toHaveCount(0);

  // The need is funded now: one gap fewer in the matrix, and the new donor has a column.
  await page.getByTestId('nav-coordinate').click();
  await expect(page.getByTestId('coverage-matrix')).toContainText('Atlantic Partnership Fund');
  await expect(page.getByTestId('coverage-gap')).toHaveCount(gapsBefore - 1);

  // The donor's money in 2029 and 2030 narrows the gap the state faces once the EU leaves.
  await page.getByTestId('nav-finance').click();
  await page.getByRole('tab', { name: 'Sustainability' }).click();
  await page.getByTestId('scenario-picker').click();
  await page.getByRole('option', { name: /EU leaves in 2028/ }).click();
  await expect(gapTotal).not.toHaveText(gapBefore);
  await expect(page.getByTestId('sustainability-chart')).toBeVisible();
});
