import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeRates } from '../../db/schema/index.ts';
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
let plan: Awaited<ReturnType<typeof smallPlan>>;
const ids: Record<string, string> = {};

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/finance`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });

async function post(path: string, body: object) {
  const res = await api(ctx, 'POST', `${base()}${path}`, { ...as(home.owner), body });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  donor = await newMember(ctx, home, 'donor');
  plan = await smallPlan(ctx, home);
  // the plan's activity cost: 6000 USD on a total budget + 100 USD a month for 4 months on a concurrent one
  const budget = async (name: string, limitKind: string) =>
    (
      await api(ctx, 'POST', `${plan.planPath}/resources`, {
        ...as(home.owner),
        body: {
          name,
          kind: 'budget',
          unit: 'USD',
          currency: 'USD',
          limitKind,
          capacityPeriod: 'year',
          capacities: [100000],
        },
      })
    ).body.resource;
  const envelope = await budget('Envelope', 'total');
  const running = await budget('Running costs', 'concurrent');
  for (const [item, demands] of [
    [plan.a, { [envelope.id]: 6000 }],
    [plan.c, { [running.id]: 100, [plan.advisers.id]: 1 }],
  ] as const) {
    const res = await api(ctx, 'PATCH', `${plan.planPath}/items/${item.id}`, {
      ...as(home.owner),
      body: { demands },
    });
    if (res.status !== 200) throw new Error(`demands: ${res.status} ${JSON.stringify(res.body)}`);
  }
  await ctx.db.insert(exchangeRates).values([
    {
      id: randomUUID(),
      workspaceId: home.id,
      fromCurrency: 'EUR',
      toCurrency: 'USD',
      rateDate: '2027-01-01',
      rate: 1.2,
    },
  ]);
  for (const [key, type] of [
    ['uk', 'bilateral'],
    ['eu', 'multilateral'],
    ['fund', 'pooled_fund'],
  ])
    ids[key] = (await post('/funders', { name: key.toUpperCase(), type })).funder.id;
  await api(ctx, 'PUT', `${base()}/funders/${ids.uk}/members`, {
    ...as(home.owner),
    body: { userIds: [donor.id] },
  });
  const flow = (funderId: string, kind: string, amount: number, extra: object = {}) =>
    post('/flows', { funderId, kind, amount, currency: 'USD', flowDate: '2027-02-01', ...extra });
  await flow(ids.uk, 'commitment', 3000, { toFunderId: ids.fund });
  await flow(ids.uk, 'disbursement', 2000, { toFunderId: ids.fund });
  await flow(ids.eu, 'disbursement', 1000, { toFunderId: ids.fund, currency: 'EUR' });
  await flow(ids.fund, 'commitment', 2200, { planItemId: plan.a.id });
  await flow(ids.fund, 'disbursement', 1500, { planItemId: plan.a.id });
});
afterAll(() => ctx.close());

describe('pooled funds', () => {
  it('401, 403 for another workspace, 400 for a bad currency', async () => {
    expect((await api(ctx, 'GET', `${base()}/pooled-funds`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/pooled-funds`, as(other.owner))).status).toBe(403);
    expect((await api(ctx, 'GET', `${base()}/pooled-funds?currency=dollars`, as(home.owner))).status).toBe(
      400,
    );
  });

  it('adds contributions, allocations, balance and the share of the plan covered, in one currency', async () => {
    const res = await api(ctx, 'GET', `${base()}/pooled-funds?currency=USD`, as(home.owner));
    expect(res.status).toBe(200);
    expect(res.body.funds).toHaveLength(1);
    const [fund] = res.body.funds;
    expect(fund.contributions).toEqual([
      { funderId: ids.uk, funderName: 'UK', committed: 3000, paid: 2000 },
      { funderId: ids.eu, funderName: 'EU', committed: 0, paid: 1200 },
    ]);
    expect(fund.allocations).toEqual([
      {
        planItemId: plan.a.id,
        planItemCode: 'P1.1.1',
        planItemName: 'Activity P1.1.1',
        committed: 2200,
        disbursed: 1500,
        spent: 0,
      },
    ]);
    expect([fund.contributedPaid, fund.balance, fund.unallocated]).toEqual([3200, 1700, 1000]);
    // 6000 + 100 × 4 months = 6400
    expect(fund.programmeShares).toEqual([
      {
        planId: plan.plan.id,
        planName: 'Fixture plan',
        allocated: 2200,
        cost: 6400,
        unconvertedCurrencies: [],
        share: 2200 / 6400,
      },
    ]);
  });

  it('keeps a fund that received contributions a fund', async () => {
    const res = await api(ctx, 'PATCH', `${base()}/funders/${ids.fund}`, {
      ...as(home.owner),
      body: { type: 'bilateral' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^type: /);
    const trust = await api(ctx, 'PATCH', `${base()}/funders/${ids.fund}`, {
      ...as(home.owner),
      body: { type: 'trust_fund' },
    });
    expect(trust.status).toBe(200);
  });

  it('counts pooled money once in the flow totals: contributions in are apart', async () => {
    const res = await api(ctx, 'GET', `${base()}/flows?currency=USD`, as(home.owner));
    expect(res.body.totals.byKind).toMatchObject({ commitment: 2200, disbursement: 1500 });
    expect(res.body.intoFunds.byKind).toMatchObject({ commitment: 3000, disbursement: 3200 });
  });

  it('shows a donor only what their own funders put in', async () => {
    const res = await api(ctx, 'GET', `${base()}/pooled-funds`, as(donor));
    const [fund] = res.body.funds;
    expect(fund.flowsVisible).toBe(false);
    expect(fund.contributions.map((entry: { funderId: string }) => entry.funderId)).toEqual([ids.uk]);
    expect(fund.allocations).toEqual([]);
  });
});
