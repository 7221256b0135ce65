import { expect, type Locator, type Page, test } from '@playwright/test';

// A phone held upright: 360 pixels wide. No screenshots are taken (the checks read the page itself).
const WIDTH = 360;
const OWNER = 'admin@demo.custodes.org';
const PASSWORD = 'custodes-demo';

test.use({ viewport: { width: WIDTH, height: 740 }, hasTouch: true });

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(OWNER);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/**
 * The page is no wider than the screen: nothing sticks out sideways except inside a container made to
 * scroll (wide tables, the Gantt, tab rows, marked `data-scroll-container`). On failure, names what sticks out.
 */
async function expectNoOverflow(page: Page, what: string) {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const insideScroller = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (node.hasAttribute('data-scroll-container')) return true;
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !insideScroller(element);
      })
      .slice(0, 5)
      .map((element) => {
        const id = element.getAttribute('data-testid');
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return `<${element.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ''}> "${text}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, sticking };
  });
  expect(
    found.scrollWidth,
    `${what}: the page is ${found.scrollWidth}px wide on a ${WIDTH}px screen; sticking out: ${found.sticking.join(', ')}`,
  ).toBeLessThanOrEqual(WIDTH);
}

/** Fully inside the screen, left to right (polled: a menu may still be sliding in). */
async function expectOnScreen(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      if (!box) return 'no box';
      if (box.x < -1) return `starts ${Math.round(-box.x)}px off the screen`;
      if (box.x + box.width > WIDTH + 1)
        return `ends ${Math.round(box.x + box.width - WIDTH)}px off the screen`;
      return 'on screen';
    }, what)
    .toBe('on screen');
}

/** Out of the screen (a phone's menu slides away sideways rather than disappearing). */
async function expectOffScreen(locator: Locator, what: string) {
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      return box === null || box.x + box.width <= 0 || box.x >= WIDTH;
    }, what)
    .toBe(true);
}

/** Scrolls every wide table of the page to its far end; the first column stays in view. */
async function expectStickyFirstColumns(page: Page, what: string) {
  const scrollers = page.locator('[data-scroll-container="table"]');
  const count = await scrollers.count();
  expect(count, `${what}: no wide table`).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const scroller = scrollers.nth(index);
    if (!(await scroller.isVisible())) continue;
    const firstCell = scroller.locator('tbody tr').first().locator('td').first();
    await scroller.scrollIntoViewIfNeeded();
    // scrolled sideways as far as it goes (negative in right-to-left pages)
    const moved = await scroller.evaluate((element) => {
      const sign = getComputedStyle(element).direction === 'rtl' ? -1 : 1;
      element.scrollLeft = sign * element.scrollWidth;
      return Math.abs(element.scrollLeft);
    });
    expect(moved, `${what}: table ${index + 1} does not scroll sideways at ${WIDTH}px`).toBeGreaterThan(0);
    await expectOnScreen(firstCell, `${what}: first column of table ${index + 1}, scrolled to its end`);
    expect((await firstCell.innerText()).trim().length).toBeGreaterThan(0);
  }
}

async function openFirstPlan(page: Page) {
  await page.goto('/w/demo/plan');
  await expect(page.getByTestId('plan-list')).toBeVisible();
  await page.getByTestId('plan-row').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/w\/demo\/plan\/[\w-]+$/);
  return page.url();
}

test('every main page fits a 360 px screen, wide tables keep their first column, the Gantt its names', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoOverflow(page, 'sign-in');
  await signIn(page);

  // Home, and the menu behind the burger.
  await page.goto('/w/demo');
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
  await expectOffScreen(page.getByTestId('main-nav'), 'the menu, before the burger is pressed');
  await expectNoOverflow(page, 'home');
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(page.getByTestId('main-nav')).toBeVisible();
  await expectOnScreen(page.getByTestId('nav-map'), 'the menu entry for the map');
  await page.getByTestId('nav-map').click();
  await expect(page).toHaveURL(/\/w\/demo\/map$/);
  await expectOffScreen(page.getByTestId('main-nav'), 'the menu, once an entry is chosen');

  // The sector map: registry, relations, graph.
  await expect(page.getByTestId('actor-table')).toBeVisible();
  await expectNoOverflow(page, 'map registry');
  await expectStickyFirstColumns(page, 'map registry');
  await page.goto('/w/demo/map/relations');
  await expect(page.getByTestId('relation-table')).toBeVisible();
  await expectNoOverflow(page, 'map relations');
  await expectStickyFirstColumns(page, 'map relations');
  await page.goto('/w/demo/map/graph');
  await expect(page.getByTestId('sector-graph')).toBeVisible();
  await expectOnScreen(page.getByTestId('sector-graph'), 'the sector graph');
  await expectNoOverflow(page, 'map graph');

  // Assessments: the list, then one assessment's scoring and results.
  await page.goto('/w/demo/assess');
  await expect(page.getByTestId('assessment-list')).toBeVisible();
  await expectNoOverflow(page, 'assessments');
  await page.getByTestId('assessment-row').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/w\/demo\/assess\/[\w-]+/);
  await expect(page.locator('[data-testid^="group-"]').first()).toBeVisible();
  await expectNoOverflow(page, 'assessment scoring');
  await page.getByTestId('assessment-tab-results').click();
  await expect(page.getByTestId('results')).toBeVisible();
  await expectNoOverflow(page, 'assessment results');

  // Plans: the list, the Gantt, tracking, risks.
  const planUrl = await openFirstPlan(page);
  await expectNoOverflow(page, 'plan list');
  await page.goto(planUrl);
  await expect(page.getByTestId('gantt-chart')).toBeVisible();
  await expectNoOverflow(page, 'Gantt');

  // The plan's tabs stay on one row, which scrolls.
  const tabTops = await page
    .locator('[data-testid^="plan-tab-"]')
    .evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
  expect(tabTops.length).toBeGreaterThanOrEqual(7);
  expect(new Set(tabTops).size, 'the plan tabs wrap onto several rows').toBe(1);

  // Gantt names: readable, and still there once the timeline is scrolled to its end.
  const chart = page.getByTestId('gantt-chart');
  const firstName = chart.getByTestId('gantt-label-name').first();
  await chart.scrollIntoViewIfNeeded();
  await expectOnScreen(firstName, 'the first Gantt name');
  expect((await firstName.boundingBox())?.width ?? 0, 'Gantt names are cut to a few letters').toBeGreaterThan(
    90,
  );
  await chart.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
  });
  expect(await chart.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expectOnScreen(firstName, 'the first Gantt name, timeline scrolled to its end');
  // Folded to codes, for more timeline; unfolded, the names are back.
  await page.getByTestId('gantt-fold-labels').click();
  await expect(chart.getByTestId('gantt-label-name')).toHaveCount(0);
  await expectOnScreen(chart.getByTestId('gantt-label').first(), 'the first Gantt code, folded');
  await page.getByTestId('gantt-fold-labels').click();
  await expect(firstName).toBeVisible();

  await page.getByTestId('plan-tab-tracking').click();
  await expect(page.getByTestId('tracking-activities').first()).toBeVisible();
  await expectNoOverflow(page, 'plan tracking');
  await expectStickyFirstColumns(page, 'plan tracking');
  await page.getByTestId('plan-tab-risks').click();
  await expect(page.getByTestId('risk-register')).toBeVisible();
  await expectNoOverflow(page, 'plan risks');
  await expectStickyFirstColumns(page, 'plan risks');
  await page.goto('/w/demo/plan');
  await expect(page.getByTestId('plan-list')).toBeVisible();
  await expectStickyFirstColumns(page, 'plan list');

  // Administration: members and the audit log.
  await page.goto('/w/demo/members');
  await expect(page.locator('[data-scroll-container="table"]').first()).toBeVisible();
  await expectNoOverflow(page, 'members');
  await expectStickyFirstColumns(page, 'members');
  await page.goto('/w/demo/audit');
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await expectNoOverflow(page, 'audit log');
});

test('in Arabic the Gantt’s month names do not overlap and the first columns stay on the right', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem('custodes.language', 'ar'));
  await page.goto('/sign-in');
  await page.locator('input[type="email"]').fill(OWNER);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/sign-in/);
  // the account's saved language (if any) is applied after sign-in, fetching its messages: let it land first
  await expect(page.getByTestId('language-switcher')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Signed in, the account's own language wins over the browser's: make it Arabic too, and English again after.
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await openFirstPlan(page);
  await expect(page.getByTestId('gantt-chart')).toBeVisible();
  await expectNoOverflow(page, 'Gantt in Arabic');
  const labels = await page
    .getByTestId('gantt-unit-label')
    .evaluateAll((texts) =>
      texts.map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() })),
    );
  expect(labels.length).toBeGreaterThan(3);
  for (let index = 1; index < labels.length; index++) {
    const [before, after] = [labels[index - 1], labels[index]];
    expect(
      after.box.left,
      `the month names "${before.text}" and "${after.text}" overlap on the Gantt's timeline`,
    ).toBeGreaterThanOrEqual(before.box.right);
  }

  await page.goto('/w/demo/map');
  await expect(page.getByTestId('actor-table')).toBeVisible();
  await expectNoOverflow(page, 'map registry in Arabic');
  await expectStickyFirstColumns(page, 'map registry in Arabic');
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('on a phone, the relations list sorts by its columns and finds an actor', async ({ page }) => {
  await signIn(page);
  await page.goto('/w/demo/map/relations');
  const rows = page.getByTestId('relation-table').getByTestId('relation-row');
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  const column = (index: number) =>
    rows.evaluateAll(
      // the first line of the cell: a relation's type may have its kind of oversight under it
      (all, cell) =>
        all.map(
          (row) =>
            (row.querySelectorAll('td')[cell] as HTMLElement | undefined)?.innerText.split('\n')[0].trim() ??
            '',
        ),
      index,
    );
  const sorted = (values: string[], direction: 1 | -1) =>
    [...values].sort((a, b) => direction * a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));

  // By source (the default), then by target, then by target reversed.
  const sources = await column(0);
  expect(sources).toEqual(sorted(sources, 1));
  await page.getByTestId('relation-sort-target').click();
  const targets = await column(2);
  expect(targets).toEqual(sorted(targets, 1));
  await expect(page.getByTestId('relation-sort-target').locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByTestId('relation-sort-target').click();
  expect(await column(2)).toEqual(sorted(targets, -1));
  await page.getByTestId('relation-sort-type').click();
  expect(await column(1)).toEqual(sorted(await column(1), 1));

  // Found by actor, on either side of the relation.
  await page.getByTestId('relation-search').fill('Court of Accounts');
  await expect(rows).not.toHaveCount(total);
  const found = await rows.allInnerTexts();
  expect(found.length).toBeGreaterThan(0);
  for (const row of found) expect(row).toContain('Court of Accounts');
  await page.getByTestId('relation-search').fill('');
  await expect(rows).toHaveCount(total);
});

test('on a phone, the integrity intake page and the handler’s cases fit the screen', async ({
  browser,
  page,
}) => {
  // the whistle-blower's page, without an account, in both modes, left to right and right to left
  const reporterContext = await browser.newContext({
    viewport: { width: WIDTH, height: 740 },
    hasTouch: true,
  });
  const reporter = await reporterContext.newPage();
  await reporter.goto('/p/demo/report');
  for (const language of ['en', 'ar']) {
    await reporter.getByTestId(`intake-language-${language}`).click();
    await expect(reporter.locator('html')).toHaveAttribute('lang', language);
    await reporter.getByTestId('intake-mode-report').click();
    await expect(reporter.getByTestId('intake-description')).toBeVisible();
    await expectNoOverflow(reporter, `intake form (${language})`);
    await expectOnScreen(reporter.getByTestId('intake-submit'), `the intake's send button (${language})`);
    await reporter.getByTestId('intake-mode-return').click();
    await expect(reporter.getByTestId('intake-receipt-input')).toBeVisible();
    await expectNoOverflow(reporter, `intake receipt (${language})`);
  }
  await reporterContext.close();

  // the demo owner handles the demo's cases: cards, then the statistics
  await signIn(page);
  await page.goto('/w/demo/integrity/cases');
  await expect(page.locator('[data-testid^="case-row-"]').filter({ visible: true }).first()).toBeVisible();
  await expectNoOverflow(page, 'integrity cases');
  await page.goto('/w/demo/integrity/statistics');
  await page.waitForLoadState('networkidle');
  await expectNoOverflow(page, 'integrity statistics');
});

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  /** Badges whose text is clipped ("Parliamentary co…"), by their text. */
  const clippedBadges = (page: Page) =>
    page.locator('.mantine-Badge-root').evaluateAll((badges) =>
      badges
        .filter((badge) => {
          const label = badge.querySelector('.mantine-Badge-label') ?? badge;
          return label.scrollWidth > label.clientWidth + 1 || badge.scrollWidth > badge.clientWidth + 1;
        })
        .map((badge) => badge.textContent ?? ''),
    );

  /** How far a wide table runs past its box, in pixels (0 when every column is in view). */
  const hiddenWidth = (page: Page, testId: string) =>
    page
      .getByTestId(testId)
      .locator('xpath=ancestor::*[@data-scroll-container="table"][1]')
      .evaluate((scroller) => scroller.scrollWidth - scroller.clientWidth);

  test('badges keep their whole text, and the portfolio and risk tables show every column', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/w/demo/map');
    await expect(page.getByTestId('actor-row').first()).toBeVisible();
    expect(await clippedBadges(page)).toEqual([]);

    const planUrl = await openFirstPlan(page);
    await page.goto(`${planUrl}?tab=portfolio`);
    await expect(page.getByTestId('portfolio-table')).toBeVisible();
    await expect(page.getByTestId('resources-table')).toBeVisible();
    expect(await clippedBadges(page)).toEqual([]);
    expect(await hiddenWidth(page, 'portfolio-table')).toBeLessThanOrEqual(1);

    await page.goto(`${planUrl}?tab=risks`);
    await expect(page.getByTestId('risk-register')).toBeVisible();
    expect(await clippedBadges(page)).toEqual([]);
    expect(await hiddenWidth(page, 'risk-register')).toBeLessThanOrEqual(1);

    await page.goto(`${planUrl}?tab=tracking`);
    await expect(page.getByTestId('tracking-activities').first()).toBeVisible();
    expect(await clippedBadges(page)).toEqual([]);
  });
});
