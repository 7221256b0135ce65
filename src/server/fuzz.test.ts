import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountCases, type FuzzCase, fuzzCases, type OpenApiDocument } from './fuzz/cases.ts';
import { buildFuzzWorld, type FuzzWorld } from './fuzz/world.ts';
import { waitForOptimisation } from './modules/plans/optimiser-jobs.ts';
import { api } from './testing/harness.ts';

/**
 * Sends malformed paths, queries and bodies to every operation of the OpenAPI document, as the owner
 * of a workspace with real records, and to the account routes as a stranger. Bad input must come back
 * as a 4xx with the error envelope (code, message, details), never as a 5xx.
 */
const ORIGIN = 'http://localhost:3000';
let world: FuzzWorld;
beforeAll(async () => {
  world = await buildFuzzWorld();
}, 120_000);
afterAll(async () => {
  if (!world) return;
  // fuzzed optimiser requests that were accepted must end before the database closes
  for (const planId of [world.ids.planId, world.ids.otherPlanId]) {
    const runs = await api(
      world.ctx,
      'GET',
      `/api/workspaces/${world.home.slug}/plans/${planId}/optimisations`,
      {
        cookie: world.cookie,
      },
    );
    for (const run of runs.body?.optimisations ?? []) await waitForOptimisation(run.id);
  }
  await world.ctx.close();
});

async function send(fuzz: FuzzCase) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (!fuzz.anonymous) headers.cookie = world.cookie;
  if (typeof fuzz.body === 'string') headers['content-type'] = 'application/json';
  const response = await world.ctx.app.request(`${ORIGIN}${fuzz.url}`, {
    method: fuzz.method,
    headers,
    body: fuzz.body,
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // files and empty answers are not JSON
  }
  return { status: response.status, body };
}

/** Runs every case; returns the ones answered with a 5xx, or with an error lacking its details. */
async function walk(cases: FuzzCase[]) {
  const faults: string[] = [];
  const bareErrors: string[] = [];
  for (const fuzz of cases) {
    const { status, body } = await send(fuzz);
    if (status >= 500) faults.push(`${status} ${fuzz.label}`);
    const error = (body as { error?: { details?: unknown } } | null)?.error;
    if (status >= 400 && error && error.details === undefined) bareErrors.push(`${status} ${fuzz.label}`);
  }
  return { faults, bareErrors };
}

describe('fuzzing the API with malformed input', () => {
  it('no workspace or account route answers a malformed request with a 5xx', async () => {
    const doc = await api<OpenApiDocument>(world.ctx, 'GET', '/api/openapi.json');
    const cases = [...fuzzCases(doc.body, world), ...accountCases()];
    expect(cases.length).toBeGreaterThan(300);
    const { faults, bareErrors } = await walk(cases);
    console.info(`fuzz: ${cases.length} cases, ${faults.length} answered 5xx`);
    expect(faults).toEqual([]);
    expect(bareErrors).toEqual([]);
  }, 300_000);
});
