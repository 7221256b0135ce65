import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeRates, fundingFlows, iatiActivities, iatiImports } from '../../db/schema/index.ts';
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
let donor: TestUser;
let oversight: TestUser;
let editor: TestUser;
let uk: { id: string };
let eu: { id: string };
let plan: Awaited<ReturnType<typeof smallPlan>>;

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/finance`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });
const flowBody = (over: object = {}) => ({
  funderId: uk.id,
  kind: 'commitment',
  amount: 1000,
  currency: 'GBP',
  flowDate: '2027-03-01',
  purposeCode: '15210',
  ...over,
});

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  donor = await newMember(ctx, home, 'donor');
  oversight = await newMember(ctx, home, 'oversight');
  editor = await newMember(ctx, home, 'editor');
  const funder = async (name: string) =>
    (await api(ctx, 'POST', `${base()}/funders`, { ...as(home.owner), body: { name, type: 'bilateral' } }))
      .body.funder;
  uk = await funder('UK');
  eu = await funder('EU');
  await api(ctx, 'PUT', `${base()}/funders/${uk.id}/members`, {
    ...as(home.owner),
    body: { userIds: [donor.id] },
  });
  plan = await smallPlan(ctx, home);
  await ctx.db.insert(exchangeRates).values([
    {
      id: randomUUID(),
      workspaceId: home.id,
      fromCurrency: 'GBP',
      toCurrency: 'USD',
      rateDate: '2027-01-01',
      rate: 1.25,
    },
    {
      id: randomUUID(),
      workspaceId: home.id,
      fromCurrency: 'EUR',
      toCurrency: 'USD',
      rateDate: '2027-01-01',
      rate: 1.1,
    },
  ]);
});
afterAll(() => ctx.close());

describe('funding flows', () => {
  it('POST: 401, 403 for another workspace and an editor, 400 naming the field, 201', async () => {
    const body = flowBody({ planItemId: plan.a.id });
    expect((await api(ctx, 'POST', `${base()}/flows`, { body })).status).toBe(401);
    expect((await api(ctx, 'POST', `${base()}/flows`, { ...as(other.owner), body })).status).toBe(403);
    expect((await api(ctx, 'POST', `${base()}/flows`, { ...as(editor), body })).status).toBe(403);
    for (const [field, value] of [
      ['amount', 0],
      ['currency', 'Pounds'],
      ['flowDate', '2027-02-30'],
      ['purposeCode', '152'],
    ] as const) {
      const bad = await api(ctx, 'POST', `${base()}/flows`, {
        ...as(home.owner),
        body: { ...body, [field]: value },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(new RegExp(`^${field}: `));
    }
    const otherPlan = await smallPlan(ctx, other);
    const crossed = await api(ctx, 'POST', `${base()}/flows`, {
      ...as(home.owner),
      body: { ...body, planItemId: otherPlan.a.id },
    });
    expect(crossed.status).toBe(400);
    expect(crossed.body.error.message).toMatch(/^planItemId: /);
    const notAFund = await api(ctx, 'POST', `${base()}/flows`, {
      ...as(home.owner),
      body: { ...body, toFunderId: eu.id },
    });
    expect(notAFund.status).toBe(400);
    expect(notAFund.body.error.message).toMatch(/^toFunderId: .*not a pooled or trust fund/);
    const created = await api(ctx, 'POST', `${base()}/flows`, { ...as(home.owner), body });
    expect(created.status).toBe(201);
    expect(created.body.flow).toMatchObject({
      funderName: 'UK',
      planItemCode: 'P1.1.1',
      odaStatus: 'partly',
      fiscalYear: 2027,
      converted: { amount: 1250, rate: 1.25, rateDate: '2027-01-01' },
    });
  });

  it('a donor reads and writes only the flows of the funders they speak for', async () => {
    const euFlow = (
      await api(ctx, 'POST', `${base()}/flows`, {
        ...as(home.owner),
        body: flowBody({ funderId: eu.id, currency: 'EUR', amount: 500, purposeCode: '15220' }),
      })
    ).body.flow;
    const own = await api(ctx, 'POST', `${base()}/flows`, {
      ...as(donor),
      body: flowBody({ kind: 'disbursement', amount: 200 }),
    });
    expect(own.status).toBe(201);
    const refused = await api(ctx, 'POST', `${base()}/flows`, {
      ...as(donor),
      body: flowBody({ funderId: eu.id }),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/"EU"/);

    const donorList = await api(ctx, 'GET', `${base()}/flows`, as(donor));
    expect(donorList.body.flows.every((flow: { funderId: string }) => flow.funderId === uk.id)).toBe(true);
    expect(
      (await api(ctx, 'PATCH', `${base()}/flows/${euFlow.id}`, { ...as(donor), body: { amount: 1 } })).status,
    ).toBe(404);
    expect((await api(ctx, 'DELETE', `${base()}/flows/${euFlow.id}`, as(donor))).status).toBe(404);
    const moved = await api(ctx, 'PATCH', `${base()}/flows/${own.body.flow.id}`, {
      ...as(donor),
      body: { funderId: eu.id },
    });
    expect(moved.status).toBe(403);

    const all = await api(ctx, 'GET', `${base()}/flows?currency=USD`, as(oversight));
    expect(all.status).toBe(200);
    expect(all.body.flows).toHaveLength(3);
    // 1000 GBP + 500 EUR committed, 200 GBP disbursed
    expect(all.body.totals.byKind).toEqual({
      commitment: 1800,
      disbursement: 250,
      expenditure: 0,
      incoming_funds: 0,
    });
    expect(all.body.totals.odaByKind.commitment).toEqual({ yes: 550, partly: 1250, unknown: 0 });
    expect(all.body.totals.ratesUsed).toHaveLength(2);
    const inYen = await api(ctx, 'GET', `${base()}/flows?currency=JPY`, as(oversight));
    expect(inYen.body.totals.byKind.commitment).toBe(0);
    expect(inYen.body.totals.missingRates.map((m: { currency: string }) => m.currency)).toEqual([
      'EUR',
      'GBP',
    ]);
    expect(inYen.body.flows[0].converted).toBeNull();
  });

  it('filters by funder, kind, fiscal year and plan item', async () => {
    const get = async (query: string) =>
      (await api(ctx, 'GET', `${base()}/flows?${query}`, as(home.owner))).body.flows.length;
    expect(await get(`funderId=${eu.id}`)).toBe(1);
    expect(await get('kind=disbursement')).toBe(1);
    expect(await get('year=2027')).toBe(3);
    expect(await get('year=2026')).toBe(0);
    expect(await get(`planItemId=${plan.a.id}`)).toBe(1);
    expect((await api(ctx, 'GET', `${base()}/flows?kind=grant`, as(home.owner))).status).toBe(400);
  });

  it('PATCH with If-Match and DELETE; an imported flow changes only its plan item', async () => {
    const flow = (await api(ctx, 'POST', `${base()}/flows`, { ...as(home.owner), body: flowBody() })).body
      .flow;
    const changed = await api(ctx, 'PATCH', `${base()}/flows/${flow.id}`, {
      ...as(home.owner),
      headers: { 'if-match': '"1"' },
      body: { amount: 1500, planItemId: plan.c.id },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.flow).toMatchObject({ amount: 1500, planItemCode: 'P1.1.3', version: 2 });
    const stale = await api(ctx, 'PATCH', `${base()}/flows/${flow.id}`, {
      ...as(home.owner),
      headers: { 'if-match': '"1"' },
      body: { amount: 1 },
    });
    expect(stale.status).toBe(412);

    const importId = randomUUID();
    await ctx.db.insert(iatiImports).values({
      id: importId,
      workspaceId: home.id,
      fileName: 'uk.xml',
      version: '2.03',
      activityCount: 1,
      transactionCount: 1,
    });
    const activityId = randomUUID();
    await ctx.db.insert(iatiActivities).values({
      id: activityId,
      workspaceId: home.id,
      importId,
      iatiIdentifier: 'GB-GOV-1-X',
      title: 'Police reform',
    });
    await ctx.db.update(fundingFlows).set({ iatiActivityId: activityId }).where(eq(fundingFlows.id, flow.id));
    const fixed = await api(ctx, 'PATCH', `${base()}/flows/${flow.id}`, {
      ...as(home.owner),
      body: { amount: 2 },
    });
    expect(fixed.status).toBe(409);
    expect(fixed.body.error.message).toMatch(/^amount: .*IATI/);
    const matched = await api(ctx, 'PATCH', `${base()}/flows/${flow.id}`, {
      ...as(home.owner),
      body: { planItemId: plan.b.id },
    });
    expect(matched.status).toBe(200);
    // choosing the plan item of an imported flow matches its activity by hand, so a re-import keeps it
    const [activity] = await ctx.db.select().from(iatiActivities).where(eq(iatiActivities.id, activityId));
    expect(activity).toMatchObject({
      matchedPlanItemId: plan.b.id,
      matchKind: 'manual',
      matchReviewed: true,
    });
    expect((await api(ctx, 'DELETE', `${base()}/flows/${flow.id}`, as(home.owner))).status).toBe(409);

    const plain = (await api(ctx, 'POST', `${base()}/flows`, { ...as(home.owner), body: flowBody() })).body
      .flow;
    expect((await api(ctx, 'DELETE', `${base(other)}/flows/${plain.id}`, as(other.owner))).status).toBe(404);
    expect((await api(ctx, 'DELETE', `${base()}/flows/${plain.id}`, as(oversight))).status).toBe(403);
    expect((await api(ctx, 'DELETE', `${base()}/flows/${plain.id}`, as(home.owner))).status).toBe(204);
  });
});
