import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { BUILT_IN_FRAMEWORKS, type Group, type LocalizedText } from '../src/core/frameworks/index.ts';

// Every page of map, assess and plan, read in French, Arabic, Spanish and Portuguese: no key the page
// asks for may be missing from the language, no raw key may show, no English framework question or
// English interface message may show. A failure lists every problem found as "language | page | what".

const EDITOR = 'interior@demo.custodes.org'; // an account no other browser test uses: its language changes here
const PASSWORD = 'custodes-demo';
const LANGUAGES = [
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
  { code: 'es', name: 'Español' },
  { code: 'pt', name: 'Português' },
] as const;
type Language = (typeof LANGUAGES)[number]['code'];

const MESSAGES = join(import.meta.dirname, '..', 'src', 'web', 'i18n');

/** Every message of one language, flattened to "namespace:key.path" → text. */
function messagesOf(language: string): Map<string, string> {
  const messages = new Map<string, string>();
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') messages.set(prefix, value);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value))
        walk(prefix.endsWith(':') ? prefix + key : `${prefix}.${key}`, inner);
  };
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
  walk('translation:', read(join(MESSAGES, `${language}.json`)));
  for (const entry of readdirSync(MESSAGES, { withFileTypes: true }))
    if (entry.isDirectory())
      try {
        walk(`${entry.name}:`, read(join(MESSAGES, entry.name, `${language}.json`)));
      } catch {
        // a namespace without this language: the parity test reports it, and the page's missing keys too
      }
  return messages;
}

/**
 * English interface messages a reader of `language` should never see: those of two words or more, with
 * no placeholder, that the language words differently.
 */
function englishMessages(language: Language): string[] {
  const english = messagesOf('en');
  const translated = messagesOf(language);
  return [...english]
    .filter(
      ([key, text]) =>
        !text.includes('{{') && text.trim().split(/\s+/).length >= 2 && translated.get(key) !== text,
    )
    .map(([, text]) => text.trim());
}

/** The English of every framework question and group name that `language` words differently (or not at all). */
function englishFrameworkTexts(language: Language): string[] {
  const texts: string[] = [];
  const add = (text: LocalizedText | undefined) => {
    if (text?.en && text.en.length >= 20 && text[language] !== text.en) texts.push(text.en);
  };
  const visit = (group: Group) => {
    add(group.name);
    for (const item of group.items) add(item.text);
    for (const inner of group.groups ?? []) visit(inner);
  };
  for (const framework of BUILT_IN_FRAMEWORKS) for (const group of framework.groups) visit(group);
  return texts;
}

async function signIn(page: Page, language: (typeof LANGUAGES)[number]) {
  await page.goto('/sign-in');
  await page.locator('input[type="email"]').fill(EDITOR);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto('/w/demo');
  await chooseLanguage(page, language.name);
  await expect(page.locator('html')).toHaveAttribute('lang', language.code);
}

/** Through the switcher in the page's header, as a reader would (it is also saved on the account). */
async function chooseLanguage(page: Page, name: string) {
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name, exact: true }).click();
}

/** Waits until the page has its data: no request running, no loader turning. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
}

/** The addresses of the pages to read: the ids come from the demo's lists. */
async function pagesToRead(page: Page): Promise<{ name: string; path: string; scoring?: boolean }[]> {
  const hrefs = async (path: string, row: string) => {
    await page.goto(path);
    await settle(page);
    return page
      .getByTestId(row)
      .evaluateAll((rows) => rows.map((item) => item.querySelector('a')?.getAttribute('href') ?? ''));
  };
  const [actor] = await hrefs('/w/demo/map', 'actor-row');
  const assessments = (await hrefs('/w/demo/assess', 'assessment-row')).slice(0, 3);
  const [plan] = await hrefs('/w/demo/plan', 'plan-row');
  const { indicators } = (await (
    await page.request.get('/api/workspaces/demo/monitoring/indicators')
  ).json()) as {
    indicators: { id: string }[];
  };
  expect(actor && plan && assessments.length > 0, 'the demo has actors, assessments and plans').toBeTruthy();
  expect(indicators.length, 'the demo has indicators').toBeGreaterThan(0);
  const { surveys } = (await (await page.request.get('/api/workspaces/demo/surveys')).json()) as {
    surveys: { id: string }[];
  };
  expect(surveys.length, 'the demo has a survey').toBeGreaterThan(0);
  return [
    { name: 'map: registry', path: '/w/demo/map' },
    { name: 'map: relations', path: '/w/demo/map/relations' },
    { name: 'map: graph', path: '/w/demo/map/graph' },
    { name: 'map: oversight gaps', path: '/w/demo/map/gaps' },
    { name: 'map: import and export', path: '/w/demo/map/transfer' },
    { name: 'map: actor profile', path: actor },
    { name: 'assess: assessments', path: '/w/demo/assess' },
    { name: 'assess: heatmap', path: '/w/demo/assess/heatmap' },
    { name: 'assess: needs', path: '/w/demo/assess/needs' },
    { name: 'assess: SWOT', path: '/w/demo/assess/swot' },
    { name: 'assess: consultations', path: '/w/demo/assess/consultations' },
    { name: 'assess: frameworks', path: '/w/demo/assess/frameworks' },
    ...assessments.flatMap((path, index) =>
      ['scoring', 'review', 'consolidation', 'results'].map((tab) => ({
        name: `assess: assessment ${index + 1}, ${tab}`,
        path: `${path}?tab=${tab}`,
        scoring: tab === 'scoring',
      })),
    ),
    { name: 'plan: plans', path: '/w/demo/plan' },
    ...['gantt', 'resources', 'optimise', 'portfolio', 'scenarios', 'tracking', 'risks'].map((tab) => ({
      name: `plan: ${tab}`,
      path: `${plan}?tab=${tab}`,
    })),
    ...['overview', 'budgets', 'macro', 'sustainability', 'funding', 'iati', 'settings'].map((tab) => ({
      name: `finance: ${tab}`,
      path: `/w/demo/finance/${tab}`,
    })),
    { name: 'coordinate: coverage', path: '/w/demo/coordinate' },
    { name: 'coordinate: mechanisms', path: '/w/demo/coordinate/mechanisms' },
    { name: 'coordinate: compacts', path: '/w/demo/coordinate/compacts' },
    ...['dashboards', 'results', 'indicators', 'review', 'data', 'analytics', 'setup'].map((tab) => ({
      name: `monitor: ${tab}`,
      path: `/w/demo/monitor/${tab}`,
    })),
    { name: 'monitor: indicator', path: `/w/demo/monitor/indicators/${indicators[0].id}` },
    { name: 'surveys: list', path: '/w/demo/surveys' },
    ...['form', 'analysis'].map((tab) => ({
      name: `surveys: demo survey, ${tab}`,
      path: `/w/demo/surveys/${surveys[0].id}/${tab}`,
    })),
    // the editor is neither a recipient nor a manager of the channel: the statistics, and what the
    // cases and settings pages tell someone who may not see them
    ...['cases', 'statistics', 'settings'].map((tab) => ({
      name: `integrity: ${tab}`,
      path: `/w/demo/integrity/${tab}`,
    })),
  ];
}

/** What the page shows that is not in its language. */
async function untranslated(page: Page, language: Language, english: string[], framework: string[]) {
  return page.evaluate(
    ({ language, english, framework }) => {
      const problems: string[] = [];
      for (const entry of window.custodesMissingKeys ?? []) {
        const [languages, key] = entry.split('|');
        if (languages.split(',').includes(language)) problems.push(`missing key ${key}`);
      }
      const visible = document.body.innerText;
      // addresses and e-mails have dots too: left out before looking for keys
      const text = visible.replace(/\S+@\S+|\S+:\/\/\S+/g, ' ');
      for (const key of new Set(text.match(/\b[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+){2,}\b/g) ?? []))
        problems.push(`raw key shown: ${key}`);
      for (const question of framework)
        if (visible.includes(question)) problems.push(`English framework text: "${question.slice(0, 70)}"`);
      // whole elements whose text is an English interface message
      const englishSet = new Set(english);
      const shown = new Set<string>();
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        if ([...element.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE)) continue;
        const own = element.innerText?.trim();
        if (own && englishSet.has(own) && element.getClientRects().length > 0) shown.add(own);
      }
      for (const message of shown) problems.push(`English message: "${message.slice(0, 70)}"`);
      return problems;
    },
    { language, english, framework },
  );
}

for (const language of LANGUAGES) {
  test(`map, assess and plan show no untranslated text in ${language.name} (${language.code})`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const english = englishMessages(language.code);
    const framework = englishFrameworkTexts(language.code);
    await signIn(page, language);
    const problems: string[] = [];
    for (const { name, path, scoring } of await pagesToRead(page)) {
      await page.goto(path);
      await settle(page);
      if (scoring) {
        // every group opened, so every question is on the page
        const closed = page.locator('[data-testid^="group-"] button[aria-expanded="false"]');
        for (let count = await closed.count(); count > 0; count = await closed.count())
          await closed.first().click();
        await settle(page);
      }
      // framework texts belong to assess; elsewhere the same words may be a plan item's own name
      const frameworkHere = name.startsWith('assess') ? framework : [];
      for (const problem of await untranslated(page, language.code, english, frameworkHere))
        problems.push(`${language.code} | ${name} | ${problem}`);
    }
    // the account back in English, as the demo seeds it
    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(problems, `untranslated text in ${language.name}:\n${problems.join('\n')}`).toEqual([]);
  });
}

// The whistle-blower's intake page is not the app: no account, its own language buttons. Both of its
// modes are read in each language, with the form's questions and the receipt field on screen.
for (const language of LANGUAGES) {
  test(`the integrity intake page shows no untranslated text in ${language.name} (${language.code})`, async ({
    page,
  }) => {
    const english = englishMessages(language.code);
    await page.goto('/p/demo/report');
    await page.getByTestId(`intake-language-${language.code}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    const problems: string[] = [];
    for (const mode of ['report', 'return'] as const) {
      await page.getByTestId(`intake-mode-${mode}`).click();
      await expect(
        page.getByTestId(mode === 'report' ? 'intake-description' : 'intake-receipt-input'),
      ).toBeVisible();
      for (const problem of await untranslated(page, language.code, english, []))
        problems.push(`${language.code} | intake: ${mode} | ${problem}`);
    }
    expect(problems, `untranslated text in ${language.name}:\n${problems.join('\n')}`).toEqual([]);
  });
}
