// Web transfer benchmark: starts the real server (fresh PGlite, demo data, web client built if stale),
// drives Debian Chromium through the DevTools protocol with Fast 3G throttling, and measures the bytes
// transferred and the first contentful paint of the sign-in page and the workspace home (cold cache),
// then the additional bytes of each main page reached by client-side navigation (warm cache).
// Usage: npm run bench:web [-- --port 8198 --locale fr --verbose] (the browser's language: en by default)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CDPSession, chromium, type Page } from '@playwright/test';
import { CLI_PATH } from '../src/cli/run-cli.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const verbose = args.includes('--verbose');
const localeIndex = args.indexOf('--locale');
const locale = localeIndex >= 0 ? args[localeIndex + 1] : 'en';
const port = option('port', 8198);
const base = `http://localhost:${port}`;
const DEMO = { email: 'admin@demo.custodes.org', password: 'custodes-demo' };
const WORKSPACE = '/w/demo';
// the sign-in form's fields, whatever the language
const EMAIL = 'form input[type="email"]';
const PASSWORD = 'form input[type="password"]';
const SUBMIT = 'form button[type="submit"]';

/** Chrome DevTools' "Fast 3G" figures, as the issue states them. */
const FAST_3G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const KB = 1000;
const BUDGET = { firstLoadBytes: 250 * KB, pageBytes: 150 * KB, fcpMs: 2500 };
/** The network counts as settled once no request has been in flight for this long. */
const QUIET_MS = 1000;

interface Row {
  what: string;
  path: string;
  bytes: number;
  requests: number;
  budgetBytes: number | null;
  fcpMs: number | null;
  budgetFcpMs: number | null;
  settledMs: number;
  pass: boolean;
}

/** Counts bytes as Chromium received them on the wire (headers and compressed bodies). */
class Traffic {
  bytes = 0;
  requests = 0;
  files: Array<{ url: string; bytes: number }> = [];
  private inFlight = new Map<string, string>();
  private lastActivity = Date.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      this.inFlight.set(event.requestId, event.request.url);
      this.lastActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', (event) => {
      const url = this.inFlight.get(event.requestId) ?? '?';
      this.inFlight.delete(event.requestId);
      this.lastActivity = Date.now();
      this.bytes += event.encodedDataLength;
      this.requests += 1;
      if (event.encodedDataLength > 0) this.files.push({ url, bytes: event.encodedDataLength });
    });
    cdp.on('Network.loadingFailed', (event) => {
      this.inFlight.delete(event.requestId);
      this.lastActivity = Date.now();
    });
  }

  reset() {
    this.bytes = 0;
    this.requests = 0;
    this.files = [];
  }

  /** Resolves once nothing has been in flight for QUIET_MS; returns when the last request ended. */
  async settled(startedAt: number, timeoutMs = 90_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    await new Promise((r) => setTimeout(r, 200));
    while (Date.now() < deadline) {
      if (this.inFlight.size === 0 && Date.now() - this.lastActivity >= QUIET_MS)
        return Math.max(0, this.lastActivity - startedAt);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`network still busy after ${timeoutMs} ms: ${[...this.inFlight.values()].join(', ')}`);
  }
}

async function waitForHealth(child: ChildProcess) {
  // the first start may build the web client, which takes minutes on a busy machine
  for (let i = 0; i < 2400; i++) {
    if (child.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

/** The first assessment, plan and indicator of the demo, read through the API (not counted). */
async function demoIds(): Promise<{
  assessmentId: string;
  planId: string;
  indicatorId: string;
  surveyId: string;
}> {
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(DEMO),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const firstId = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const body = (await response.json()) as unknown;
    const list = Array.isArray(body) ? body : Object.values(body as object).find(Array.isArray);
    const id = (list?.[0] as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') throw new Error(`${path}: no item with an id`);
    return id;
  };
  return {
    assessmentId: await firstId('/api/workspaces/demo/assessments'),
    planId: await firstId('/api/workspaces/demo/plans'),
    indicatorId: await firstId('/api/workspaces/demo/monitoring/indicators'),
    surveyId: await firstId('/api/workspaces/demo/surveys'),
  };
}

async function firstContentfulPaint(page: Page): Promise<number | null> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    return entry ? Math.round(entry.startTime) : null;
  });
}

/** Client-side navigation, as a link click does: TanStack Router listens to history.pushState. */
async function navigate(page: Page, path: string) {
  await page.evaluate((to) => window.history.pushState({}, '', to), path);
}

function row(
  what: string,
  path: string,
  traffic: Traffic,
  settledMs: number,
  budgetBytes: number | null,
  fcpMs: number | null = null,
): Row {
  const budgetFcpMs = fcpMs === null ? null : BUDGET.fcpMs;
  const pass =
    (budgetBytes === null || traffic.bytes <= budgetBytes) &&
    (budgetFcpMs === null || (fcpMs ?? Number.POSITIVE_INFINITY) <= budgetFcpMs);
  if (verbose) {
    console.log(`\n${what} (${path}):`);
    for (const file of [...traffic.files].sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${String(file.bytes).padStart(8)}  ${file.url.replace(base, '')}`);
  }
  return {
    what,
    path,
    bytes: traffic.bytes,
    requests: traffic.requests,
    budgetBytes,
    fcpMs,
    budgetFcpMs,
    settledMs,
    pass,
  };
}

async function measure(page: Page, cdp: CDPSession, ids: Awaited<ReturnType<typeof demoIds>>) {
  const traffic = new Traffic(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  const rows: Row[] = [];

  // 1. Sign-in page, cold cache, no session.
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.clearBrowserCookies');
  let started = Date.now();
  await page.goto(`${base}/sign-in`);
  await page.locator(EMAIL).waitFor();
  const signInFcp = await firstContentfulPaint(page);
  rows.push(
    row('sign-in page (cold cache)', '/sign-in', traffic, await traffic.settled(started), null, signInFcp),
  );
  const signInBytes = traffic.bytes;
  const signInRequests = traffic.requests;

  // 2. Sign in, then the workspace home.
  await page.locator(EMAIL).fill(DEMO.email);
  await page.locator(PASSWORD).fill(DEMO.password);
  traffic.reset();
  started = Date.now();
  await page.locator(SUBMIT).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 60_000 });
  await traffic.settled(started);
  if (new URL(page.url()).pathname !== WORKSPACE) {
    await navigate(page, WORKSPACE);
  }
  await page.getByTestId('main-nav').waitFor({ timeout: 60_000 });
  const homeSettled = await traffic.settled(started);
  const home = row('sign-in, then home', WORKSPACE, traffic, homeSettled, null);
  rows.push(home);
  rows.push({
    what: 'sign-in plus home, total',
    path: `/sign-in → ${WORKSPACE}`,
    bytes: signInBytes + home.bytes,
    requests: signInRequests + home.requests,
    budgetBytes: BUDGET.firstLoadBytes,
    fcpMs: null,
    budgetFcpMs: null,
    settledMs: rows[0].settledMs + home.settledMs,
    pass: signInBytes + home.bytes <= BUDGET.firstLoadBytes,
  });

  // 3. Each main page by client-side navigation, warm cache: the bytes it adds.
  // A chart page also waits for its chart (the chart library loads once the page has its data).
  const pages: Array<[what: string, path: string, chart?: string]> = [
    ['map: registry', `${WORKSPACE}/map`],
    ['map: sector graph', `${WORKSPACE}/map/graph`],
    ['assessments list', `${WORKSPACE}/assess`],
    ['assessment: scoring', `${WORKSPACE}/assess/${ids.assessmentId}`],
    [
      'assessment: results (charts)',
      `${WORKSPACE}/assess/${ids.assessmentId}?tab=results`,
      '[data-testid="radar-chart"] canvas',
    ],
    ['assess: heat map (chart)', `${WORKSPACE}/assess/heatmap`, '[data-testid="heatmap-cell"]'],
    ['plan list', `${WORKSPACE}/plan`],
    ['plan: Gantt', `${WORKSPACE}/plan/${ids.planId}`],
    [
      'plan: resources (chart)',
      `${WORKSPACE}/plan/${ids.planId}?tab=resources`,
      '[data-testid^="resource-chart-"] canvas',
    ],
    [
      'finance: overview (charts)',
      `${WORKSPACE}/finance/overview`,
      '[data-testid="security-shares-chart"] canvas',
    ],
    ['finance: budgets', `${WORKSPACE}/finance/budgets`],
    [
      'finance: sustainability (chart)',
      `${WORKSPACE}/finance/sustainability`,
      '[data-testid="sustainability-chart"] canvas',
    ],
    ['finance: funding', `${WORKSPACE}/finance/funding`],
    ['finance: IATI', `${WORKSPACE}/finance/iati`],
    ['coordinate: coverage', `${WORKSPACE}/coordinate`],
    ['coordinate: compacts', `${WORKSPACE}/coordinate/compacts`],
    ['monitor: dashboards (charts)', `${WORKSPACE}/monitor/dashboards`, 'canvas'],
    ['monitor: results chain', `${WORKSPACE}/monitor/results`],
    ['monitor: indicators', `${WORKSPACE}/monitor/indicators`],
    ['monitor: indicator (chart)', `${WORKSPACE}/monitor/indicators/${ids.indicatorId}`, 'canvas'],
    ['monitor: review', `${WORKSPACE}/monitor/review`],
    ['monitor: data', `${WORKSPACE}/monitor/data`],
    ['monitor: analytics', `${WORKSPACE}/monitor/analytics`],
    ['monitor: setup', `${WORKSPACE}/monitor/setup`],
    ['surveys: list', `${WORKSPACE}/surveys`],
    ['survey: form', `${WORKSPACE}/surveys/${ids.surveyId}/form`],
    ['survey: collect', `${WORKSPACE}/surveys/${ids.surveyId}/collect`],
    ['survey: responses', `${WORKSPACE}/surveys/${ids.surveyId}/responses`],
    ['survey: analysis', `${WORKSPACE}/surveys/${ids.surveyId}/analysis`],
    ['integrity: cases', `${WORKSPACE}/integrity/cases`],
    ['integrity: statistics', `${WORKSPACE}/integrity/statistics`],
    ['integrity: settings', `${WORKSPACE}/integrity/settings`],
    ['integrity: my key', `${WORKSPACE}/integrity/key`],
    ['members', `${WORKSPACE}/members`],
    ['audit log', `${WORKSPACE}/audit`],
  ];
  for (const [what, path, chart] of pages) {
    traffic.reset();
    started = Date.now();
    await navigate(page, path);
    await page.waitForURL((url) => url.pathname + url.search === path);
    if (chart)
      await page
        .locator(chart)
        .first()
        .waitFor({ timeout: 90_000 })
        .catch(() => console.warn(`${what}: no chart drawn (${chart})`));
    rows.push(row(what, path, traffic, await traffic.settled(started), BUDGET.pageBytes));
  }

  // 4. The home page loaded directly, signed in, cold cache.
  await cdp.send('Network.clearBrowserCache');
  traffic.reset();
  started = Date.now();
  await page.goto(`${base}${WORKSPACE}`);
  await page.getByTestId('main-nav').waitFor({ timeout: 60_000 });
  const homeFcp = await firstContentfulPaint(page);
  rows.push(
    row(
      'home, reloaded (signed in, cold cache)',
      WORKSPACE,
      traffic,
      await traffic.settled(started),
      null,
      homeFcp,
    ),
  );
  rows.push(...(await measureIntake(page, cdp, traffic)));
  return rows;
}

/** libsodium's chunk on the intake page: fetched once the form is shown, so not part of the form's budget. */
const SODIUM_CHUNK = /\/assets\/intake-libsodium/;

/**
 * The public integrity intake form, cold cache, no session: what a whistle-blower downloads before
 * the form is usable (HTML, script, styles, messages), then separately the encryption library the
 * page fetches in the background.
 */
async function measureIntake(page: Page, cdp: CDPSession, traffic: Traffic): Promise<Row[]> {
  const path = '/p/demo/report';
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.clearBrowserCookies');
  traffic.reset();
  const started = Date.now();
  await page.goto(`${base}${path}`);
  const shown = await page
    .getByTestId('intake-submit')
    .waitFor({ timeout: 60_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown)
    console.warn('integrity intake: the form did not appear (does the demo workspace have a channel?)');
  const fcp = await firstContentfulPaint(page);
  const settledMs = await traffic.settled(started);
  const whole = row('integrity intake form (cold cache)', path, traffic, settledMs, BUDGET.pageBytes, fcp);
  const sodium = traffic.files.filter((file) => SODIUM_CHUNK.test(file.url));
  const sodiumBytes = sodium.reduce((sum, file) => sum + file.bytes, 0);
  const formBytes = whole.bytes - sodiumBytes;
  return [
    {
      ...whole,
      bytes: formBytes,
      requests: whole.requests - sodium.length,
      // the form's bytes against the page budget; libsodium is the next row
      pass: shown && formBytes <= BUDGET.pageBytes && (fcp ?? Number.POSITIVE_INFINITY) <= BUDGET.fcpMs,
    },
    {
      what: 'integrity intake: libsodium, in the background',
      path,
      bytes: sodiumBytes,
      requests: sodium.length,
      budgetBytes: null,
      fcpMs: null,
      budgetFcpMs: null,
      settledMs,
      pass: sodium.length > 0,
    },
  ];
}

function printTable(rows: Row[]) {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const lines = [
    ['what', 'path', 'transferred', 'budget', 'requests', 'FCP', 'FCP budget', 'settled', 'result'],
    ...rows.map((r) => [
      r.what,
      r.path,
      kb(r.bytes),
      r.budgetBytes === null ? '—' : `≤ ${kb(r.budgetBytes)}`,
      String(r.requests),
      r.fcpMs === null ? '—' : `${(r.fcpMs / 1000).toFixed(2)} s`,
      r.budgetFcpMs === null ? '—' : `≤ ${(r.budgetFcpMs / 1000).toFixed(1)} s`,
      `${(r.settledMs / 1000).toFixed(1)} s`,
      r.pass ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  '));
}

const dataDir = mkdtempSync(join(tmpdir(), 'custodes-bench-web-'));
const server = spawn(process.execPath, [CLI_PATH, 'serve', '--build-web', '--port', String(port)], {
  env: { ...process.env, CUSTODES_DATA_DIR: dataDir, CUSTODES_DEMO: '1', CUSTODES_SIGN_IN_PER_MINUTE: '300' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let failed = false;
try {
  await waitForHealth(server);
  const ids = await demoIds();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const rows = await measure(page, cdp, ids);
    console.log(
      `\nBrowser language ${locale}; Fast 3G: ${FAST_3G.latency} ms latency, ${(FAST_3G.downloadThroughput * 8) / 1e6} Mbps down, ${(FAST_3G.uploadThroughput * 8) / 1e3} kbps up; KB = 1000 bytes\n`,
    );
    printTable(rows);
    failed = rows.some((r) => !r.pass);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      locale === 'en' ? 'bench/results/web.json' : `bench/results/web-${locale}.json`,
      `${JSON.stringify({ date: new Date().toISOString(), locale, network: FAST_3G, budget: BUDGET, rows }, null, 2)}\n`,
    );
    console.log(failed ? '\nFAIL: a budget is missed' : '\nPASS: every budget is met');
  } finally {
    await browser.close();
  }
} finally {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
