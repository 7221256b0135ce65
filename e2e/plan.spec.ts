import { expect, type Page, test } from '@playwright/test';
import { signIn } from './demo-session.ts';

/** The activity bars an editor may grab, with their codes, start months and whether they have started. */
async function activityStarts(page: Page) {
  return page.locator('[data-testid^="gantt-bar-"][role="slider"]').evaluateAll((bars) =>
    bars.map((bar) => ({
      code: (bar.getAttribute('data-testid') ?? '').replace('gantt-bar-', ''),
      start: Number(bar.getAttribute('data-start')),
      held: bar.getAttribute('data-held'),
    })),
  );
}

test('the reform plan: Gantt, moves checked in the browser, optimisation applied to the schedule', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page);

  // The plans, scenarios under their base plan; open the first base plan.
  await page.getByTestId('nav-plan').click();
  await expect(page.getByTestId('plan-list')).toBeVisible();
  await page.getByTestId('plan-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/w\/demo\/plan\/[\w-]+$/);

  // The Gantt, with many activity bars.
  const chart = page.getByTestId('gantt-chart');
  await expect(chart).toBeVisible();
  const bars = await activityStarts(page);
  expect(bars.length).toBeGreaterThan(30);
  const statusMonth = Number(await page.getByTestId('gantt-status-date').getAttribute('data-month'));
  const starts = bars.filter((bar) => bar.held === null && bar.start >= statusMonth);
  const held = bars.find((bar) => bar.held === 'started');
  if (!held) throw new Error('the demo plan has no activity under way');

  // An activity under way keeps its actual start: its bar does not move, and the Gantt says why.
  const heldBar = page.getByTestId(`gantt-bar-${held.code}`);
  await heldBar.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('gantt-refused')).toContainText(held.code);
  await expect(page.getByTestId('gantt-refused')).toContainText('cannot move');
  await expect(heldBar).toHaveAttribute('data-start', String(held.start));

  // A bar dragged with the mouse moves by whole months and counts as an unsaved move.
  const first = starts.reduce((best, bar) => (bar.start < best.start ? bar : best));
  const firstBar = page.getByTestId(`gantt-bar-${first.code}`);
  await firstBar.scrollIntoViewIfNeeded();
  const box = await firstBar.locator('rect').first().boundingBox();
  if (!box) throw new Error('the first bar has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 3 * 32, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(firstBar).toHaveAttribute('data-start', String(first.start + 3));
  await expect(page.getByTestId('gantt-unsaved')).toBeVisible();
  await expect(page.getByTestId('gantt-save')).toBeVisible();

  // The latest activity pulled back to the plan's first month stops at the status date, which says why,
  // and breaks its dependencies there: listed at once.
  const last = starts.reduce((best, bar) => (bar.start > best.start ? bar : best));
  const lastBar = page.getByTestId(`gantt-bar-${last.code}`);
  await lastBar.focus();
  await page.keyboard.press('Home');
  await expect(lastBar).toHaveAttribute('data-start', String(statusMonth));
  await expect(page.getByTestId('gantt-refused')).toContainText('before the status date');
  const violations = page.getByTestId('gantt-violations');
  await expect(violations).toBeVisible();
  await expect(violations).toContainText('These moves break');
  await expect(violations).toContainText(last.code);
  // ArrowRight moves it a month later.
  await page.keyboard.press('ArrowRight');
  await expect(lastBar).toHaveAttribute('data-start', String(statusMonth + 1));

  // The resource histograms count the unsaved moves too; the moves survive the change of tab.
  await page.getByTestId('plan-tab-resources').click();
  await expect(page.getByTestId('resources-with-moves')).toContainText('2 unsaved moves');
  await page.getByTestId('plan-tab-gantt').click();
  await expect(lastBar).toHaveAttribute('data-start', String(statusMonth + 1));

  // Discard puts everything back.
  await page.getByTestId('gantt-discard').click();
  await expect(page.getByTestId('gantt-save')).toHaveCount(0);
  await expect(lastBar).toHaveAttribute('data-start', String(last.start));
  await expect(firstBar).toHaveAttribute('data-start', String(first.start));

  // Optimise with a small budget, from the Gantt's toolbar.
  const finish = page.getByTestId('plan-finish');
  const finishBefore = Number(await finish.getAttribute('data-month'));
  const violationsBefore = await page.getByTestId('plan-violation-count').innerText();
  await page.getByTestId('gantt-optimise').click();
  await expect(page).toHaveURL(/tab=optimise/);
  await page.getByTestId('optimise-effort').getByText('Quick', { exact: true }).click();
  await expect(page.getByTestId('optimise-effort-hint')).toContainText('5,000 schedules');
  await page.getByTestId('optimise-start').click();
  const result = page.getByTestId('optimise-result');
  await expect(result).toBeVisible({ timeout: 90_000 });
  const optimisedFinish = (await page.getByTestId('optimise-after-finish').innerText()).split(' (')[0].trim();
  expect(optimisedFinish.length).toBeGreaterThan(0);

  // The run says what it held: the status date and the activities already finished or under way.
  await expect(page.getByTestId('optimise-held')).toContainText('Re-planned from');
  await expect(page.getByTestId('optimise-held')).toContainText(held.code);

  // Applied after a confirmation: back on the Gantt, the plan ends when the optimised schedule does.
  await page.getByTestId('optimise-apply').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(`the plan then ends in ${optimisedFinish}`);
  await confirm.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page).toHaveURL(/tab=gantt/);
  await expect(chart).toBeVisible();
  await expect(finish).toHaveText(optimisedFinish);
  // a schedule that respected everything is never traded for a longer one
  if (violationsBefore === '0 violations')
    expect(Number(await finish.getAttribute('data-month'))).toBeLessThanOrEqual(finishBefore);

  // The run is listed as applied.
  await page.getByTestId('plan-tab-optimise').click();
  await expect(page.getByTestId('optimise-history')).toContainText('Applied');
});

test('a new activity in a scenario is flagged as not scheduled; the scenario is renamed and deleted', async ({
  page,
}) => {
  await signIn(page);
  await page.getByTestId('nav-plan').click();
  // The demo has more than one scenario, and monitoring's spec may have opened another.
  const scenarioRows = page.getByTestId('plan-row-scenario');
  await expect(scenarioRows.first()).toBeVisible();
  const scenariosBefore = await scenarioRows.count();
  await page.getByRole('link', { name: 'EU funding ends after 2027', exact: true }).click();
  await expect(page.getByTestId('plan-violation-count')).toBeVisible();

  await page.getByTestId('plan-tab-portfolio').click();
  await page.getByRole('button', { name: 'Add an activity under 1.1', exact: true }).click();
  await page.getByTestId('item-code').fill('1.1.9');
  await page.getByTestId('item-name').fill('Follow-up consultations');
  await page.getByTestId('item-duration').fill('3');
  await page.getByTestId('item-save').click();
  await expect(page.getByTestId('plan-not-scheduled')).toHaveText('1 activity not scheduled');
  await expect(page.getByTestId('plan-violation-count')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await page.getByTestId('plan-tab-gantt').click();
  await expect(page.getByTestId('gantt-not-scheduled')).toContainText('1.1.9');

  // The scenario renamed, then deleted: back on the list, the base plan is still there.
  await page.getByTestId('plan-edit').click();
  await page.getByTestId('plan-settings-name').fill('Donor exit, second try');
  await page.getByTestId('plan-settings-save').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donor exit, second try');
  await page.getByTestId('plan-delete').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/w\/demo\/plan$/);
  await expect(scenarioRows).toHaveCount(scenariosBefore - 1);
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Donor exit, second try' })).toHaveCount(0);
});
