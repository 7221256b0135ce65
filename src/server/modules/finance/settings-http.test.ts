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
const financePath = (rest: string, workspace = home) => `/api/workspaces/${workspace.slug}/finance/${rest}`;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  viewer = await newMember(ctx, home, 'viewer');
});
afterAll(() => ctx.close());

describe('finance settings', () => {
  it('gives USD and January until set, then saves with If-Match', async () => {
    const url = financePath('settings');
    const initial = await api(ctx, 'GET', url, { cookie: viewer.cookie });
    expect(initial.body.settings).toEqual({
      reportingCurrency: 'USD',
      fiscalYearStartMonth: 1,
      updatedAt: null,
      version: 0,
    });
    const body = { reportingCurrency: 'XOF', fiscalYearStartMonth: 7 };
    expect((await api(ctx, 'PUT', url, { cookie: viewer.cookie, body })).status).toBe(403);
    expect((await api(ctx, 'PUT', url, { cookie: other.owner.cookie, body })).status).toBe(403);
    const badMonth = await api(ctx, 'PUT', url, {
      cookie: editor.cookie,
      body: { ...body, fiscalYearStartMonth: 13 },
    });
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.error.message).toMatch(/^fiscalYearStartMonth: /);
    const badCurrency = await api(ctx, 'PUT', url, {
      cookie: editor.cookie,
      body: { ...body, reportingCurrency: 'cfa' },
    });
    expect(badCurrency.body.error.message).toMatch(/^reportingCurrency: /);

    const saved = await api(ctx, 'PUT', url, { cookie: editor.cookie, headers: { 'if-match': '"0"' }, body });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ ...body, version: 1 });
    const stale = await api(ctx, 'PUT', url, { cookie: editor.cookie, headers: { 'if-match': '"0"' }, body });
    expect(stale.status).toBe(412);
    const again = await api(ctx, 'PUT', url, {
      cookie: editor.cookie,
      headers: { 'if-match': '"1"' },
      body: { ...body, fiscalYearStartMonth: 1 },
    });
    expect(again.body.settings).toMatchObject({ fiscalYearStartMonth: 1, version: 2 });
    expect(
      (await api(ctx, 'GET', financePath('settings', other), { cookie: other.owner.cookie })).body.settings
        .version,
    ).toBe(0);
  });

  it('refuses a new reporting currency while macro figures are kept in the old one', async () => {
    const workspace = other;
    const url = financePath('settings', workspace);
    const cookie = workspace.owner.cookie;
    const macro = await api(ctx, 'PUT', financePath('macro/2025', workspace), {
      cookie,
      body: { gdp: 5e12, revenue: 8e11, expenditure: 9e11 },
    });
    expect(macro.status).toBe(200);
    const body = { reportingCurrency: 'EUR', fiscalYearStartMonth: 1 };
    const refused = await api(ctx, 'PUT', url, { cookie, body });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/^reportingCurrency: .*USD/);
    expect((await api(ctx, 'GET', url, { cookie })).body.settings.reportingCurrency).toBe('USD');
    // the fiscal-year start alone may still change
    const month = await api(ctx, 'PUT', url, {
      cookie,
      body: { reportingCurrency: 'USD', fiscalYearStartMonth: 7 },
    });
    expect(month.status).toBe(200);
  });
});

describe('exchange rates', () => {
  it('adds, refuses duplicates and bad rates, lists latest first, deletes', async () => {
    const url = financePath('exchange-rates');
    const rate = { fromCurrency: 'EUR', toCurrency: 'XOF', rateDate: '2026-01-01', rate: 655.957 };
    expect((await api(ctx, 'POST', url, { cookie: viewer.cookie, body: rate })).status).toBe(403);
    const first = await api(ctx, 'POST', url, { cookie: editor.cookie, body: rate });
    expect(first.status).toBe(201);
    expect(first.body.rate).toMatchObject(rate);
    const later = await api(ctx, 'POST', url, {
      cookie: editor.cookie,
      body: { ...rate, rateDate: '2026-06-01', rate: 656 },
    });
    expect(later.status).toBe(201);
    const duplicate = await api(ctx, 'POST', url, { cookie: editor.cookie, body: rate });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toMatch(/^rateDate: /);
    const cases: Array<[object, RegExp]> = [
      [{ rate: 0 }, /^rate: /],
      [{ rateDate: '2026-02-30' }, /^rateDate: /],
      [{ toCurrency: 'EUR' }, /^toCurrency: must differ/],
      [{ fromCurrency: 'eur' }, /^fromCurrency: /],
    ];
    for (const [change, message] of cases) {
      const res = await api(ctx, 'POST', url, { cookie: editor.cookie, body: { ...rate, ...change } });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const listed = await api(ctx, 'GET', url, { cookie: viewer.cookie });
    expect(listed.body.rates.map((r: { rateDate: string }) => r.rateDate)).toEqual([
      '2026-06-01',
      '2026-01-01',
    ]);
    expect(
      (await api(ctx, 'GET', financePath('exchange-rates', other), { cookie: other.owner.cookie })).body
        .rates,
    ).toEqual([]);

    const one = `${url}/${first.body.rate.id}`;
    expect((await api(ctx, 'DELETE', one, { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', one, { cookie: editor.cookie })).status).toBe(204);
    expect((await api(ctx, 'DELETE', one, { cookie: editor.cookie })).status).toBe(404);
  });
});

describe('exchange rates from a file', () => {
  async function upload(who: TestUser, csv: string) {
    const form = new FormData();
    form.set('file', new File([csv], 'rates.csv', { type: 'text/csv' }));
    const response = await ctx.app.request(`${ORIGIN}${financePath('exchange-rates/import')}`, {
      method: 'POST',
      headers: { cookie: who.cookie, origin: ORIGIN },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  }

  it('imports all or nothing, refusing a pair and date already recorded', async () => {
    const header = 'fromCurrency,toCurrency,rateDate,rate';
    expect((await upload(viewer, `${header}\nUSD,XOF,2026-03-01,600\n`)).status).toBe(403);
    const bad = await upload(
      editor,
      `${header}\nUSD,XOF,2026-03-01,600\nEUR,XOF,2026-06-01,656\nGBP,GBP,2026-03-01,1\n`,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toEqual([
      { row: 4, field: 'toCurrency', message: 'must differ from fromCurrency' },
    ]);
    const taken = await upload(editor, `${header}\nUSD,XOF,2026-03-01,600\nEUR,XOF,2026-06-01,656\n`);
    expect(taken.status).toBe(422);
    expect(taken.body.error.details).toEqual([
      { row: 3, field: 'rateDate', message: 'there is already a EUR→XOF rate on 2026-06-01' },
    ]);
    const good = await upload(editor, `${header}\nUSD,XOF,2026-03-01,600\nusd,xof,2026-04-01,"605.5"\n`);
    expect(good).toEqual({ status: 201, body: { imported: 2 } });
    const rates = (await api(ctx, 'GET', financePath('exchange-rates'), { cookie: viewer.cookie })).body
      .rates;
    expect(rates.filter((r: { fromCurrency: string }) => r.fromCurrency === 'USD')).toMatchObject([
      { rateDate: '2026-04-01', rate: 605.5 },
      { rateDate: '2026-03-01', rate: 600 },
    ]);
  });
});
