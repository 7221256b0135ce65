import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import {
  insertCategory,
  insertDataElement,
  insertIndicator,
  insertOrgUnits,
  insertTarget,
  seedTestValues,
} from './analytics-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let viewer: TestUser;
let editor: TestUser;
const ids: Record<string, string> = {};

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring/analytics`;
const as = (user: { cookie: string }, headers: Record<string, string> = {}) => ({
  cookie: user.cookie,
  headers,
});

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  editor = await newMember(ctx, home, 'editor');
  const ou = await insertOrgUnits(ctx.db, home.id, [
    { code: 'N' },
    { code: 'R1', parent: 'N' },
    { code: 'R2', parent: 'N' },
    { code: 'D1', parent: 'R1' },
  ]);
  for (const [code, id] of ou) ids[code] = id;
  ids.sex = await insertCategory(ctx.db, home.id, 'SEX', ['F', 'M']);
  ids.POL = await insertDataElement(ctx.db, home.id, 'POL', 'sum', [ids.sex]);
  ids.STAFF = await insertDataElement(ctx.db, home.id, 'STAFF', 'last', [ids.sex]);
  ids.SCORE = await insertDataElement(ctx.db, home.id, 'SCORE', 'average');
  await seedTestValues(ctx.db, home.id, [
    // Officers trained (sum), by quarter.
    { de: ids.POL, ou: ids.D1, period: '2026Q1', value: 3, coc: 'F' },
    { de: ids.POL, ou: ids.D1, period: '2026Q1', value: 7, coc: 'M' },
    { de: ids.POL, ou: ids.D1, period: '2026Q2', value: 2, coc: 'F' },
    { de: ids.POL, ou: ids.R2, period: '2026Q1', value: 5, coc: 'F' },
    { de: ids.POL, ou: ids.R2, period: '2026Q1', value: 15, coc: 'M' },
    // Staff in post (last value), by month.
    { de: ids.STAFF, ou: ids.R1, period: '202601', value: 10, coc: 'F' },
    { de: ids.STAFF, ou: ids.R1, period: '202606', value: 12, coc: 'F' },
    { de: ids.STAFF, ou: ids.R1, period: '202606', value: 30, coc: 'M' },
    { de: ids.STAFF, ou: ids.R2, period: '202603', value: 8, coc: 'F' },
    { de: ids.STAFF, ou: ids.R2, period: '202603', value: 32, coc: 'M' },
    // Perception score (average), by quarter.
    { de: ids.SCORE, ou: ids.R1, period: '2026Q1', value: 40 },
    { de: ids.SCORE, ou: ids.R1, period: '2026Q2', value: 60 },
    { de: ids.SCORE, ou: ids.R2, period: '2026Q1', value: 70 },
  ]);
  ids.share = await insertIndicator(ctx.db, home.id, {
    code: 'WSHARE',
    numerator: '#{STAFF.F}',
    denominator: '#{STAFF}',
    factor: 100,
  });
  await insertTarget(ctx.db, home.id, {
    indicatorId: ids.share,
    kind: 'target',
    period: '2026',
    orgUnitId: ids.N,
    value: 30,
  });
  await insertTarget(ctx.db, home.id, {
    indicatorId: ids.share,
    kind: 'baseline',
    period: '2025',
    orgUnitId: ids.N,
    value: 15,
  });
});
afterAll(async () => ctx?.close());

const yearlyQuery = () => ({
  items: [
    { type: 'indicator', id: ids.share },
    { type: 'dataElement', id: ids.POL },
    { type: 'dataElement', id: ids.SCORE },
  ],
  periods: ['2026'],
  orgUnits: { ids: [ids.N, ids.R1, ids.R2] },
  targets: true,
});

describe('analytics state and refresh', () => {
  it('needs a session and membership', async () => {
    expect((await api(ctx, 'GET', `${base()}/state`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/state`, as(other.owner))).status).toBe(403);
    expect((await api(ctx, 'POST', `${base()}/refresh`, as(viewer))).status).toBe(403);
  });

  it('is stale until refreshed, then gives the run figures and the time', async () => {
    const before = await api(ctx, 'GET', `${base()}/state`, as(viewer));
    const standard = ['weekly', 'monthly', 'quarterly', 'six_monthly', 'yearly'];
    expect(before.body).toEqual({ refreshedAt: null, stale: true, periodTypes: standard });
    const run = await api(ctx, 'POST', `${base()}/refresh`, as(editor));
    expect(run.status).toBe(200);
    expect(run.body.valueCount).toBe(13);
    expect(run.body.rowCount).toBeGreaterThan(13);
    const after = await api(ctx, 'GET', `${base()}/state`, as(viewer));
    expect(after.body).toEqual({ refreshedAt: run.body.refreshedAt, stale: false, periodTypes: standard });
  });
});

describe('POST /analytics/query', () => {
  it('gives hand-computed figures for sum, last and average, with targets and names', async () => {
    const response = await api(ctx, 'POST', `${base()}/query`, {
      ...as(viewer, { 'accept-language': 'fr' }),
      body: yearlyQuery(),
    });
    expect(response.status).toBe(200);
    const figure = (item: string, orgUnit: string) =>
      response.body.rows.find(
        (row: { item: string; orgUnit: string; period: string }) =>
          row.item === item && row.orgUnit === orgUnit && row.period === '2026',
      );
    // Sum: 3+7+2 in D1 (under R1) and 5+15 in R2.
    expect(figure(ids.POL, ids.R1).value).toBe(12);
    expect(figure(ids.POL, ids.N).value).toBe(32);
    // Average over the quarters with data: R1 (40+60)/2 = 50, R2 70, national 120.
    expect(figure(ids.SCORE, ids.R1).value).toBe(50);
    expect(figure(ids.SCORE, ids.N).value).toBe(120);
    // Last value: R1 June (12 F of 42), R2 March (8 F of 40): (12+8)/(42+40) × 100.
    expect(figure(ids.share, ids.R1)).toMatchObject({ numerator: 12, denominator: 42 });
    expect(figure(ids.share, ids.N).value).toBeCloseTo((20 / 82) * 100, 9);
    expect(response.body.items.map((i: { name: string }) => i.name)).toEqual([
      'Indicateur WSHARE',
      'Élément POL',
      'Élément SCORE',
    ]);
    expect(response.body.orgUnits.map((u: { name: string }) => u.name)).toEqual([
      'Unité N',
      'Unité R1',
      'Unité R2',
    ]);
    expect(response.body.targets).toEqual(
      expect.arrayContaining([
        { item: ids.share, kind: 'target', period: '2026', orgUnit: ids.N, disaggregation: '', value: 30 },
        { item: ids.share, kind: 'baseline', period: '2025', orgUnit: ids.N, disaggregation: '', value: 15 },
      ]),
    );
    expect(response.body.dataAsOf).toEqual(expect.any(String));
  });

  it('splits by a category, picks org units by level and ranges periods', async () => {
    const response = await api(ctx, 'POST', `${base()}/query`, {
      ...as(viewer),
      body: {
        items: [{ type: 'dataElement', id: ids.POL }],
        periods: { type: 'quarterly', from: '2026Q1', to: '2026Q2' },
        orgUnits: { level: 2 },
        disaggregation: { categoryId: ids.sex },
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.periods.map((p: { id: string }) => p.id)).toEqual(['2026Q1', '2026Q2']);
    expect(response.body.orgUnits.map((u: { id: string }) => u.id).sort()).toEqual([ids.R1, ids.R2].sort());
    const rows = response.body.rows.map((r: Record<string, unknown>) => [
      r.orgUnit,
      r.period,
      r.option,
      r.value,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [ids.R1, '2026Q1', 'F', 3],
        [ids.R1, '2026Q1', 'M', 7],
        [ids.R1, '2026Q2', 'F', 2],
        [ids.R2, '2026Q1', 'F', 5],
        [ids.R2, '2026Q1', 'M', 15],
      ]),
    );
    expect(rows).toHaveLength(5);
    expect(response.body.options.map((o: { code: string }) => o.code)).toEqual(['F', 'M']);
  });

  it('ranges periods of a type over the whole of from and to', async () => {
    const response = await api(ctx, 'POST', `${base()}/query`, {
      ...as(viewer),
      body: {
        items: [{ type: 'dataElement', id: ids.STAFF }],
        periods: { type: 'monthly', from: '2026', to: '2026' },
        orgUnits: { ids: [ids.R1] },
      },
    });
    expect(response.body.periods).toHaveLength(12);
    expect(response.body.rows.map((r: { period: string; value: number }) => [r.period, r.value])).toEqual([
      ['202601', 10],
      ['202606', 42],
    ]);
  });

  it('reads one combo of a data element', async () => {
    const response = await api(ctx, 'POST', `${base()}/query`, {
      ...as(viewer),
      body: {
        items: [{ type: 'dataElement', id: ids.POL, combo: 'F' }],
        periods: ['2026'],
        orgUnits: { ids: [ids.N] },
      },
    });
    expect(response.body.rows).toEqual([{ item: `${ids.POL}.F`, period: '2026', orgUnit: ids.N, value: 10 }]);
    expect(response.body.items[0]).toMatchObject({ key: `${ids.POL}.F`, id: ids.POL, code: 'POL.F' });
  });

  it('refuses bad queries naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...yearlyQuery(), items: [] }, /^items/],
      [{ ...yearlyQuery(), periods: ['2026Q5'] }, /^periods/],
      [{ ...yearlyQuery(), items: [{ type: 'indicator', id: ids.POL }] }, /^items\.0\.id: no indicator/],
      [{ ...yearlyQuery(), orgUnits: { ids: ['nope'] } }, /^orgUnits\.ids\.0/],
      [{ ...yearlyQuery(), disaggregation: { categoryId: 'nope' } }, /^disaggregation\.categoryId/],
      [
        { ...yearlyQuery(), periods: { type: 'weekly', from: '2000W1', to: '2026W1' } },
        /^periods: more than/,
      ],
      // no fiscal year starts in April here: such years are not aggregated, not empty
      [{ ...yearlyQuery(), periods: ['2025April'] }, /^periods: financial_april years are not aggregated/],
    ];
    for (const [body, message] of cases) {
      const response = await api(ctx, 'POST', `${base()}/query`, { ...as(viewer), body });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    }
    const foreign = await api(ctx, 'POST', `${base(other)}/query`, {
      ...as(home.owner),
      body: yearlyQuery(),
    });
    expect(foreign.status).toBe(403);
  });
});

describe('POST /analytics/export', () => {
  it('writes the figures as CSV and XLSX', async () => {
    const csv = await api(ctx, 'POST', `${base()}/export?format=csv`, { ...as(viewer), body: yearlyQuery() });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('item,item_code,period,org_unit,org_unit_code,option,value');
    expect(
      lines.some((line) => line.startsWith('Element POL,POL,2026,Unit N,') && line.endsWith(',,32')),
    ).toBe(true);
    const xlsx = await ctx.app.request(`http://localhost:3000${base()}/export?format=xlsx`, {
      method: 'POST',
      headers: { cookie: viewer.cookie, origin: 'http://localhost:3000', 'content-type': 'application/json' },
      body: JSON.stringify(yearlyQuery()),
    });
    expect(xlsx.status).toBe(200);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const unsigned = await api(ctx, 'POST', `${base()}/export?format=csv`, { body: yearlyQuery() });
    expect(unsigned.status).toBe(401);
  });
});
