import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, funders } from '../../db/schema/index.ts';
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
let policeId: string;
let otherActorId: string;
let euId: string;
let otherFunderId: string;

const ORIGIN = 'http://localhost:3000';
const linesPath = (workspace = home) => `/api/workspaces/${workspace.slug}/finance/budget-lines`;
const line = {
  fiscalYear: 2026,
  cofog: '03.1',
  economicClass: 'personnel',
  currency: 'XOF',
  approved: 1_000_000,
};

async function addActor(workspace: TestWorkspace, name: string, acronym: string) {
  const res = await api(ctx, 'POST', `/api/workspaces/${workspace.slug}/actors`, {
    cookie: workspace.owner.cookie,
    body: { name, acronym, category: 'police' },
  });
  expect(res.status).toBe(201);
  return res.body.actor.id as string;
}

async function addFunder(workspace: TestWorkspace, name: string, acronym: string) {
  const id = randomUUID();
  await ctx.db.insert(funders).values({ id, workspaceId: workspace.id, name, acronym, type: 'multilateral' });
  return id;
}

async function upload(path: string, who: TestUser, csv: string, name = 'budget.csv') {
  const form = new FormData();
  form.set('file', new File([csv], name, { type: 'text/csv' }));
  const response = await ctx.app.request(`${ORIGIN}${path}`, {
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
  policeId = await addActor(home, 'National Police', 'PN');
  otherActorId = await addActor(other, 'Other Police', 'OP');
  euId = await addFunder(home, 'European Union', 'EU');
  otherFunderId = await addFunder(other, 'Other Donor', 'OD');
});
afterAll(() => ctx.close());

describe('budget lines', () => {
  it('refuses anonymous, outsiders, viewers, and bad fields by name', async () => {
    expect((await api(ctx, 'POST', linesPath(), { body: line })).status).toBe(401);
    expect((await api(ctx, 'POST', linesPath(), { cookie: other.owner.cookie, body: line })).status).toBe(
      403,
    );
    expect((await api(ctx, 'POST', linesPath(), { cookie: viewer.cookie, body: line })).status).toBe(403);
    const cases: Array<[object, RegExp]> = [
      [{ cofog: '04.1' }, /^cofog: /],
      [{ economicClass: 'salaries' }, /^economicClass: /],
      [{ currency: 'euro' }, /^currency: /],
      [{ approved: -1 }, /^approved: /],
      [{ revised: -1 }, /^revised: /],
      [{ actorId: otherActorId }, /^actorId: no actor/],
      [{ sourceFunderId: otherFunderId }, /^sourceFunderId: no funder/],
    ];
    for (const [change, message] of cases) {
      const res = await api(ctx, 'POST', linesPath(), {
        cookie: editor.cookie,
        body: { ...line, ...change },
      });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('creates, lists by year with names, updates with If-Match, deletes, and audits', async () => {
    const created = await api(ctx, 'POST', linesPath(), {
      cookie: editor.cookie,
      body: { ...line, actorId: policeId, sourceFunderId: euId, secret: true, description: 'Salaries' },
    });
    expect(created.status).toBe(201);
    expect(created.body.line).toMatchObject({
      institution: 'National Police',
      source: 'European Union',
      secret: true,
      offBudget: false,
      revised: null,
      version: 1,
    });
    const id = created.body.line.id;
    await api(ctx, 'POST', linesPath(), { cookie: editor.cookie, body: { ...line, fiscalYear: 2025 } });

    const listed = await api(ctx, 'GET', `${linesPath()}?year=2026`, { cookie: viewer.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.years).toEqual([2025, 2026]);
    expect(listed.body.lines.map((l: { id: string }) => l.id)).toEqual([id]);
    expect((await api(ctx, 'GET', `${linesPath()}?year=26`, { cookie: viewer.cookie })).status).toBe(400);
    const everyYear = await api(ctx, 'GET', linesPath(), { cookie: viewer.cookie });
    expect(everyYear.body.lines.map((l: { fiscalYear: number }) => l.fiscalYear)).toEqual([2025, 2026]);

    const url = `${linesPath()}/${id}`;
    const stale = await api(ctx, 'PATCH', url, {
      cookie: editor.cookie,
      headers: { 'if-match': '"7"' },
      body: { executed: 5 },
    });
    expect(stale.status).toBe(412);
    const updated = await api(ctx, 'PATCH', url, {
      cookie: editor.cookie,
      headers: { 'if-match': '"1"' },
      body: { executed: 800_000, sourceFunderId: null },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.line).toMatchObject({ executed: 800_000, source: null, version: 2 });
    expect(updated.headers.get('etag')).toBe('"2"');

    expect((await api(ctx, 'DELETE', url, { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', url, { cookie: editor.cookie })).status).toBe(204);
    expect((await api(ctx, 'DELETE', url, { cookie: editor.cookie })).status).toBe(404);

    // the PostgreSQL run shares one database across test files: this workspace's entries only
    const actions = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityType, 'budget_line')))
      .orderBy(asc(auditLog.id));
    expect(actions.map((e) => e.action)).toEqual([
      'budget_line.create',
      'budget_line.create',
      'budget_line.update',
      'budget_line.delete',
    ]);
    const log = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=budget_line`, {
      cookie: home.owner.cookie,
    });
    const named = log.body.entries.find((e: { entityId: string }) => e.entityId === id);
    expect(named.entity).toMatchObject({ name: '2026 03.1 Salaries', deleted: true });
  });

  it('imports a CSV all or nothing, naming each bad row and column', async () => {
    const path = `${linesPath()}/import`;
    const header =
      'Fiscal year;Institution;COFOG;Economic class;Description;Currency;Approved;Revised;Executed;Source;Secret;Off budget';
    const good = [
      header,
      '2027;PN;03.1;personnel;Salaries;XOF;1 500 000;;;domestic;no;no',
      '2027;;02.1;goods and services;Fuel;xof;250000,50;260000;;EU;yes;',
    ].join('\n');
    const bad = [
      header,
      '2027;Ministry of Magic;03.1;personnel;;XOF;1;;;;;',
      '2027;PN;09.9;personnel;;XOF;-3;;;World Bank;;',
    ].join('\n');

    expect((await upload(path, viewer, good)).status).toBe(403);
    const refused = await upload(path, editor, bad);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      { row: 2, field: 'institution', message: expect.stringMatching(/Ministry of Magic/) },
      { row: 3, field: 'cofog', message: expect.stringMatching(/09.9/) },
      { row: 3, field: 'approved', message: 'must not be negative' },
      { row: 3, field: 'source', message: expect.stringMatching(/World Bank/) },
    ]);
    expect((await api(ctx, 'GET', `${linesPath()}?year=2027`, { cookie: editor.cookie })).body.lines).toEqual(
      [],
    );

    const imported = await upload(path, editor, good);
    expect(imported).toMatchObject({ status: 201, body: { imported: 2 } });
    const lines = (await api(ctx, 'GET', `${linesPath()}?year=2027`, { cookie: editor.cookie })).body.lines;
    expect(lines).toMatchObject([
      {
        cofog: '02.1',
        economicClass: 'goods_services',
        currency: 'XOF',
        approved: 250_000.5,
        source: 'European Union',
        secret: true,
      },
      { cofog: '03.1', institution: 'National Police', approved: 1_500_000, source: null, version: 1 },
    ]);

    const before = (await api(ctx, 'GET', `${linesPath()}?year=2027`, { cookie: viewer.cookie })).body.total;
    expect(before).toEqual({
      currency: 'USD',
      approved: 0,
      revised: 0,
      executed: 0,
      ratesUsed: [],
      missingRates: [{ currency: 'XOF', toCurrency: 'USD', count: 2, amount: 1_750_000.5 }],
    });
    const rate = { fromCurrency: 'USD', toCurrency: 'XOF', rateDate: '2026-06-01', rate: 500 };
    await api(ctx, 'POST', `/api/workspaces/${home.slug}/finance/exchange-rates`, {
      cookie: editor.cookie,
      body: rate,
    });
    const total = (await api(ctx, 'GET', `${linesPath()}?year=2027`, { cookie: viewer.cookie })).body.total;
    expect(total).toMatchObject({ currency: 'USD', revised: 3520, executed: 0, missingRates: [] });
    expect(total.approved).toBeCloseTo(3500.001, 6);
    expect(total.ratesUsed).toEqual([
      { fromCurrency: 'XOF', toCurrency: 'USD', rate: 1 / 500, rateDate: '2026-06-01' },
    ]);

    const exported = await ctx.app.request(`${ORIGIN}${linesPath()}/export?year=2027`, {
      headers: { cookie: viewer.cookie, origin: ORIGIN },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('budget-lines-2027.csv');
    const csv = (await exported.text()).replace(/^\uFEFF/, '');
    expect(csv.split('\n')[0]).toBe(
      'fiscalYear,institution,cofog,economicClass,description,currency,approved,revised,executed,source,secret,offBudget',
    );
    // the file goes back in as it came out
    expect(await upload(`${linesPath()}/import`, editor, csv, 'again.csv')).toMatchObject({
      status: 201,
      body: { imported: 2 },
    });
  });
});
