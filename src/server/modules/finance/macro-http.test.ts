import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;

const ORIGIN = 'http://localhost:3000';
const macroPath = (workspace = home) => `/api/workspaces/${workspace.slug}/finance/macro`;

async function upload(who: TestUser, csv: string) {
  const form = new FormData();
  form.set('file', new File([csv], 'macro.csv', { type: 'text/csv' }));
  const response = await ctx.app.request(`${ORIGIN}${macroPath()}/import`, {
    method: 'POST',
    headers: { cookie: who.cookie, origin: ORIGIN },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  viewer = await newMember(ctx, home, 'viewer');
});
afterAll(() => ctx.close());

describe('macro years', () => {
  it('records a year, updates it with If-Match, deletes it', async () => {
    const url = `${macroPath()}/2025`;
    const figures = { gdp: 9.8e12, revenue: 1.6e12, expenditure: null };
    expect((await api(ctx, 'PUT', url, { cookie: viewer.cookie, body: figures })).status).toBe(403);
    expect((await api(ctx, 'PUT', url, { cookie: other.owner.cookie, body: figures })).status).toBe(403);
    const badYear = await api(ctx, 'PUT', `${macroPath()}/25`, { cookie: editor.cookie, body: figures });
    expect(badYear.status).toBe(400);
    expect(badYear.body.error.message).toMatch(/fiscalYear/);
    const negative = await api(ctx, 'PUT', url, { cookie: editor.cookie, body: { ...figures, gdp: -1 } });
    expect(negative.body.error.message).toMatch(/^gdp: /);

    const created = await api(ctx, 'PUT', url, { cookie: editor.cookie, body: figures });
    expect(created.status).toBe(200);
    expect(created.body.year).toMatchObject({ fiscalYear: 2025, ...figures, version: 1 });
    const stale = await api(ctx, 'PUT', url, {
      cookie: editor.cookie,
      headers: { 'if-match': '"5"' },
      body: figures,
    });
    expect(stale.status).toBe(412);
    const updated = await api(ctx, 'PUT', url, {
      cookie: editor.cookie,
      headers: { 'if-match': '"1"' },
      body: { ...figures, expenditure: 2e12 },
    });
    expect(updated.body.year).toMatchObject({ expenditure: 2e12, version: 2 });
    expect((await api(ctx, 'GET', macroPath(), { cookie: viewer.cookie })).body.years).toHaveLength(1);
    expect((await api(ctx, 'GET', macroPath(other), { cookie: other.owner.cookie })).body.years).toEqual([]);
    expect((await api(ctx, 'DELETE', url, { cookie: editor.cookie })).status).toBe(204);
    expect((await api(ctx, 'DELETE', url, { cookie: editor.cookie })).status).toBe(404);
  });

  it('imports years all or nothing, overwriting years already recorded', async () => {
    await api(ctx, 'PUT', `${macroPath()}/2024`, {
      cookie: editor.cookie,
      body: { gdp: 1, revenue: 1, expenditure: 1 },
    });
    const refused = await upload(editor, 'fiscalYear,gdp,revenue,expenditure\n2024,abc,,\n2024,1,2,3\n');
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { row: 2, field: 'gdp', message: '"abc" is not a number' },
      { row: 3, field: 'fiscalYear', message: '2024 is already on row 2' },
    ]);
    expect((await upload(viewer, 'fiscalYear,gdp\n2024,1\n')).status).toBe(403);
    const imported = await upload(
      editor,
      'fiscalYear,gdp,revenue,expenditure\n2024,"10,000",2000,\n2026,12000,2500,2600\n',
    );
    expect(imported).toEqual({ status: 201, body: { imported: 2 } });
    const years = (await api(ctx, 'GET', macroPath(), { cookie: viewer.cookie })).body.years;
    expect(years).toMatchObject([
      { fiscalYear: 2024, gdp: 10_000, revenue: 2000, expenditure: null, version: 2 },
      { fiscalYear: 2026, gdp: 12_000, version: 1 },
    ]);
  });
});
