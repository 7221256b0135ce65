import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  budgetLines,
  exchangeRates,
  financeSettings,
  funders,
  fundingFlows,
  macroYears,
  planDemands,
  planItems,
  planResources,
} from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let viewer: TestUser;
let editor: TestUser;
let planId: string;
let euId: string;
let policeId: string;
let otherFunderId: string;

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/finance`;
const get = (path: string, who: TestUser = home.owner) => api(ctx, 'GET', path, { cookie: who.cookie });

async function funder(workspace: TestWorkspace, name: string) {
  const id = randomUUID();
  await ctx.db.insert(funders).values({ id, workspaceId: workspace.id, name, type: 'multilateral' });
  return id;
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  editor = await newMember(ctx, home, 'editor');
  const actor = await api(ctx, 'POST', `/api/workspaces/${home.slug}/actors`, {
    cookie: home.owner.cookie,
    body: { name: 'National Police', category: 'police' },
  });
  policeId = actor.body.actor.id;
  euId = await funder(home, 'European Union');
  otherFunderId = await funder(other, 'Outsider donor');
  const ws = home.id;
  await ctx.db
    .insert(financeSettings)
    .values({ workspaceId: ws, reportingCurrency: 'USD', fiscalYearStartMonth: 1 });
  await ctx.db.insert(exchangeRates).values({
    id: randomUUID(),
    workspaceId: ws,
    fromCurrency: 'EUR',
    toCurrency: 'USD',
    rateDate: '2020-01-01',
    rate: 1.25,
  });
  await ctx.db.insert(macroYears).values([
    { id: randomUUID(), workspaceId: ws, fiscalYear: 2025, gdp: 1000, revenue: 200, expenditure: 250 },
    { id: randomUUID(), workspaceId: ws, fiscalYear: 2026, gdp: 1100, revenue: 220, expenditure: 275 },
  ]);
  const line = (over: Partial<typeof budgetLines.$inferInsert>) => ({
    id: randomUUID(),
    workspaceId: ws,
    fiscalYear: 2026,
    actorId: policeId,
    cofog: '03.1',
    economicClass: 'personnel',
    currency: 'USD',
    approved: 0,
    ...over,
  });
  await ctx.db
    .insert(budgetLines)
    .values([
      line({ approved: 20, executed: 18 }),
      line({ economicClass: 'capital', currency: 'EUR', approved: 4, executed: 4, secret: true }),
      line({ economicClass: 'goods_services', approved: 4, sourceFunderId: euId }),
      line({ actorId: null, cofog: '02.1', economicClass: 'transfers', currency: 'XOF', approved: 1000 }),
    ]);
  // The plan: activity A (months 0–2) leaves 12 USD a year from 2027-04; C (months 3–6) costs 40 of a
  // 100-a-year reform fund.
  const plan = await smallPlan(ctx, home);
  planId = plan.plan.id;
  await ctx.db
    .update(planItems)
    .set({ startMonth: 0, recurrentCost: 12, recurrentCurrency: 'USD' })
    .where(eq(planItems.id, plan.a.id));
  await ctx.db.update(planItems).set({ startMonth: 3 }).where(eq(planItems.id, plan.b.id));
  await ctx.db.update(planItems).set({ startMonth: 3 }).where(eq(planItems.id, plan.c.id));
  const fundId = randomUUID();
  await ctx.db.insert(planResources).values({
    id: fundId,
    planId,
    name: 'Reform fund',
    kind: 'budget',
    unit: 'USD',
    currency: 'USD',
    limitKind: 'total',
    capacityPeriod: 'year',
    capacities: [100],
  });
  await ctx.db.insert(planDemands).values({ itemId: plan.c.id, resourceId: fundId, amount: 40 });
  const flow = (over: Partial<typeof fundingFlows.$inferInsert>) => ({
    id: randomUUID(),
    workspaceId: ws,
    funderId: euId,
    kind: 'disbursement',
    amount: 0,
    currency: 'USD',
    flowDate: '2027-06-01',
    planItemId: plan.a.id,
    ...over,
  });
  await ctx.db.insert(fundingFlows).values([
    flow({ amount: 2 }),
    flow({ kind: 'commitment', amount: 5, flowDate: '2028-03-01' }),
    flow({ kind: 'commitment', amount: 99, flowDate: '2028-03-01', planItemId: null }), // not the plan's
    // paid into a fund for the same activity: counted when the fund allocates it, not twice
    flow({ amount: 50, toFunderId: await funder(home, 'Justice trust fund') }),
  ]);
});

afterAll(async () => {
  await ctx.close();
});

describe('GET /finance/analysis', () => {
  it('gives the right-financing analysis in the reporting currency, with the rate used and the missing one', async () => {
    const res = await get(`${base()}/analysis`, viewer);
    expect(res.status).toBe(200);
    expect(res.body.currency).toBe('USD');
    expect(res.body.ratesUsed).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.25, rateDate: '2020-01-01' },
    ]);
    expect(res.body.warnings).toEqual([
      { key: 'missingRate', params: { currency: 'XOF', toCurrency: 'USD' } },
    ]);
    const y2026 = res.body.years.find((y: { fiscalYear: number }) => y.fiscalYear === 2026);
    expect(y2026.total).toEqual({ approved: 29, revised: null, executed: null });
    expect(y2026.shareOfGdp.approved).toBeCloseTo(29 / 1100);
    expect(y2026.opaque).toEqual({ approved: 5, share: 5 / 29 });
    expect(y2026.donorFinanced.byFunder).toEqual([{ funderId: euId, approved: 4 }]);
    expect(y2026.unconvertedLines).toBe(1);
    expect(res.body.institutions).toEqual([{ id: policeId, name: 'National Police' }]);
  });

  it('converts to another currency on request', async () => {
    const res = await get(`${base()}/analysis?currency=EUR`);
    expect(res.status).toBe(200);
    const y2026 = res.body.years.find((y: { fiscalYear: number }) => y.fiscalYear === 2026);
    expect(y2026.total.approved).toBeCloseTo(29 / 1.25);
    expect(y2026.gdp).toBeCloseTo(1100 / 1.25);
  });

  it('refuses a malformed currency, strangers and the anonymous', async () => {
    expect((await get(`${base()}/analysis?currency=usd`)).status).toBe(400);
    expect((await get(`${base()}/analysis`, other.owner)).status).toBe(403);
    expect((await api(ctx, 'GET', `${base()}/analysis`)).status).toBe(401);
  });

  it('answers an empty workspace with empty years, not an error', async () => {
    const res = await get(`${base(other)}/analysis`, other.owner);
    expect(res.status).toBe(200);
    expect(res.body.years).toEqual([]);
    expect(res.body.currency).toBe('USD');
  });
});

describe('GET /finance/sustainability', () => {
  it('projects from the last observed year under the default assumptions', async () => {
    const res = await get(`${base()}/sustainability?planId=${planId}`, viewer);
    expect(res.status).toBe(200);
    expect(res.body.plan.id).toBe(planId);
    expect(res.body.assumptions.baseYear).toBe(2026);
    expect(res.body.assumptions.gdpGrowthPct['2027']).toBeCloseTo(10);
    expect(res.body.assumptions.securityShareOfExpenditurePct).toBeCloseTo((25 / 275) * 100);
    const [y2026, y2027, y2028] = res.body.years;
    expect(y2026).toMatchObject({ fiscalYear: 2026, observed: true, baselineRecurrent: 20, bill: 20 });
    expect(y2026.fiscalSpace).toBeCloseTo(25);
    expect(y2027).toMatchObject({ fiscalYear: 2027, reformRecurrent: 9, donorFinancing: 2, gap: 0 });
    expect(y2027.fiscalSpace).toBeCloseTo(27.5);
    expect(y2027.surplus).toBeCloseTo(0.5);
    expect(y2028).toMatchObject({ reformRecurrent: 12, takeOvers: 0, donorFinancing: 5, bill: 32 });
    expect(res.body.reformCosts.slice(0, 2)).toEqual([
      { fiscalYear: 2027, cost: 40, envelope: 100 },
      { fiscalYear: 2028, cost: 0, envelope: 100 },
    ]);
    expect(res.body.recurrentItems).toEqual([
      expect.objectContaining({ code: 'P1.1.1', fromMonth: '2027-04', annualCost: 12, currency: 'USD' }),
    ]);
  });

  it('counts the latest plan when none is named, in the currency asked for', async () => {
    const res = await get(`${base()}/sustainability?currency=EUR`);
    expect(res.status).toBe(200);
    expect(res.body.plan.id).toBe(planId);
    expect(res.body.currency).toBe('EUR');
    expect(res.body.years[0].baselineRecurrent).toBeCloseTo(20 / 1.25);
  });

  it('without macro figures says so instead of inventing a projection', async () => {
    const res = await get(`${base(other)}/sustainability`, other.owner);
    expect(res.status).toBe(200);
    expect(res.body.years).toEqual([]);
    expect(res.body.totalGap).toBeNull();
    expect(res.body.warnings.map((w: { key: string }) => w.key)).toEqual(['noPlan', 'noMacro']);
  });

  it("404s another workspace's plan", async () => {
    const outsider = await api(ctx, 'POST', `/api/workspaces/${other.slug}/plans`, {
      cookie: other.owner.cookie,
      body: { name: 'Outsider plan', startMonth: '2027-01', horizonMonths: 12 },
    });
    expect((await get(`${base()}/sustainability?planId=${outsider.body.plan.id}`)).status).toBe(404);
  });
});

describe('finance scenarios', () => {
  let scenarioId: string;

  it('saves "the EU leaves in 2027" and projects it: the EU line falls on the state', async () => {
    const created = await api(ctx, 'POST', `${base()}/scenarios`, {
      cookie: editor.cookie,
      body: {
        name: 'The EU leaves in 2027',
        planId,
        assumptions: { donorExits: [{ funderId: euId, lastYear: 2027 }] },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.scenario).toMatchObject({ name: 'The EU leaves in 2027', planId, version: 1 });
    expect(created.body.scenario.assumptions.horizonYears).toBe(10);
    scenarioId = created.body.scenario.id;
    const projection = await get(`${base()}/scenarios/${scenarioId}/projection`, viewer);
    expect(projection.status).toBe(200);
    const y2028 = projection.body.years.find((y: { fiscalYear: number }) => y.fiscalYear === 2028);
    expect(y2028).toMatchObject({ takeOvers: 4, bill: 36, donorFinancing: 0 });
    expect(y2028.gap).toBeCloseTo(36 - 30.25);
    expect(projection.body.firstGapYear).toBe(2028);
    const list = await get(`${base()}/scenarios`, viewer);
    expect(list.body.scenarios.map((s: { id: string }) => s.id)).toEqual([scenarioId]);
  });

  it('updates with If-Match, refusing a stale version', async () => {
    const path = `${base()}/scenarios/${scenarioId}`;
    const updated = await api(ctx, 'PATCH', path, {
      cookie: editor.cookie,
      headers: { 'if-match': '"1"' },
      body: { assumptions: { horizonYears: 5, gdpGrowthPct: { '2028': 2 } } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.scenario.version).toBe(2);
    expect(updated.headers.get('etag')).toBe('"2"');
    const stale = await api(ctx, 'PATCH', path, {
      cookie: editor.cookie,
      headers: { 'if-match': '"1"' },
      body: { name: 'Late' },
    });
    expect(stale.status).toBe(412);
    const projection = await get(`${path}/projection`);
    expect(projection.body.years).toHaveLength(6);
    expect(projection.body.assumptions.gdpGrowthPct['2028']).toBe(2);
  });

  it('refuses bad bodies naming the field, viewers, and strangers', async () => {
    const post = (body: object, who: TestUser = editor) =>
      api(ctx, 'POST', `${base()}/scenarios`, { cookie: who.cookie, body });
    const tooLong = await post({ name: 'Far', assumptions: { horizonYears: 16 } });
    expect(tooLong.status).toBe(400);
    const foreign = await post({
      name: 'X',
      assumptions: { donorExits: [{ funderId: otherFunderId, lastYear: 2028 }] },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain('assumptions.donorExits.0.funderId');
    expect((await post({ name: 'X', planId: 'nope', assumptions: {} })).status).toBe(400);
    expect((await post({ name: 'X', assumptions: {} }, viewer)).status).toBe(403);
    expect((await get(`${base()}/scenarios/${scenarioId}/projection`, other.owner)).status).toBe(403);
  });

  it('deletes, and audits every write', async () => {
    const path = `${base()}/scenarios/${scenarioId}`;
    expect((await api(ctx, 'DELETE', path, { cookie: viewer.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', path, { cookie: editor.cookie })).status).toBe(204);
    expect((await get(`${path}/projection`)).status).toBe(404);
    const entries = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityId, scenarioId)))
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual([
      'finance.scenario.create',
      'finance.scenario.update',
      'finance.scenario.delete',
    ]);
  });
});
