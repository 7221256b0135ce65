import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeRates, funderMembers, funders, fundingFlows, planItemNeeds } from '../../db/schema/index.ts';
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
let fixture: Awaited<ReturnType<typeof smallPlan>>;
const funderIds: Record<string, string> = {};

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/coordination`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });
const owner = () => as(home.owner);

async function addFunder(name: string) {
  const id = randomUUID();
  await ctx.db.insert(funders).values({ id, workspaceId: home.id, name, type: 'bilateral' });
  funderIds[name] = id;
  return id;
}

async function addFlow(
  funder: string,
  planItemId: string | null,
  amount: number,
  currency = 'USD',
  kind = 'commitment',
) {
  await ctx.db.insert(fundingFlows).values({
    id: randomUUID(),
    workspaceId: home.id,
    funderId: funderIds[funder],
    kind,
    amount,
    currency,
    flowDate: '2027-02-01',
    purposeCode: '15210',
    planItemId,
  });
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  editor = await newMember(ctx, home, 'editor');
  fixture = await smallPlan(ctx, home);
  await addFunder('EU');
  await addFunder('UK');
  await ctx.db.insert(exchangeRates).values({
    id: randomUUID(),
    workspaceId: home.id,
    fromCurrency: 'EUR',
    toCurrency: 'USD',
    rateDate: '2027-01-01',
    rate: 1.1,
  });
});
afterAll(() => ctx.close());

describe('coverage matrix', () => {
  it('refuses strangers, names a bad currency, and shows gaps then duplications as funding arrives', async () => {
    expect((await api(ctx, 'GET', `${base()}/coverage`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/coverage`, as(other.owner))).status).toBe(403);
    const bad = await api(ctx, 'GET', `${base()}/coverage?currency=dollars`, as(viewer));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^currency: /);
    expect((await api(ctx, 'GET', `${base()}/coverage?planId=nope`, as(viewer))).status).toBe(404);

    const need = (
      await api(ctx, 'POST', `/api/workspaces/${home.slug}/needs`, {
        ...owner(),
        body: { title: 'Police vetting', severity: 5, importance: 4 },
      })
    ).body.need;
    await ctx.db.insert(planItemNeeds).values({ itemId: fixture.project.id, needId: need.id });

    const empty = await api(ctx, 'GET', `${base()}/coverage`, as(viewer));
    expect(empty.status).toBe(200);
    expect(empty.body.plan.id).toBe(fixture.plan.id);
    const needRow = empty.body.rows.find((row: { id: string }) => row.id === need.id);
    expect(needRow.gap).toEqual({ key: 'coverage.gap.unfunded', params: { priority: 20, threshold: 15 } });

    await addFlow('EU', fixture.a.id, 1000, 'EUR');
    await addFlow('UK', fixture.b.id, 500);
    const funded = await api(ctx, 'GET', `${base()}/coverage?currency=USD`, as(viewer));
    const area = funded.body.rows.find((row: { id: string }) => row.id === fixture.programme.id);
    expect(area.committed).toBeCloseTo(1600);
    expect(area.duplication.key).toBe('coverage.duplication.noMechanism');
    expect(funded.body.rows.find((row: { id: string }) => row.id === need.id).gap).toBeNull();
    expect(funded.body.ratesUsed).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.1, rateDate: '2027-01-01' },
    ]);

    const board = await api(ctx, 'POST', `${base()}/mechanisms`, {
      ...owner(),
      body: {
        name: 'Police board',
        kind: 'joint_committee',
        memberFunderIds: [funderIds.EU, funderIds.UK],
        planItemIds: [fixture.project.id],
      },
    });
    expect(board.status).toBe(201);
    const coordinated = await api(ctx, 'GET', `${base()}/coverage`, as(viewer));
    expect(
      coordinated.body.rows.find((row: { id: string }) => row.id === fixture.programme.id).duplication,
    ).toBeNull();
  });
});

describe('coverage for a donor', () => {
  it('shows only the amounts of the funders the donor speaks for, with the flags of all funding', async () => {
    const donor = await newMember(ctx, home, 'donor');
    await ctx.db.insert(funderMembers).values({ funderId: funderIds.EU, userId: donor.id });
    const res = await api(ctx, 'GET', `${base()}/coverage`, as(donor));
    expect(res.status).toBe(200);
    expect(res.body.funders.map((f: { name: string }) => f.name)).toEqual(['EU']);
    expect(res.body.hiddenFunderCount).toBe(1);
    const area = res.body.rows.find((row: { id: string }) => row.id === fixture.programme.id);
    expect(area.cells).toHaveLength(1);
    expect(area.committed).toBeCloseTo(1100);
    expect(area.funderCount).toBe(2);
  });
});

describe('mechanisms', () => {
  it('creates for the secretariat only, names a foreign id, and updates with If-Match', async () => {
    const body = { name: 'Justice compact', kind: 'compact', memberFunderIds: [funderIds.EU] };
    expect((await api(ctx, 'POST', `${base()}/mechanisms`, { body })).status).toBe(401);
    expect((await api(ctx, 'POST', `${base()}/mechanisms`, { ...as(editor), body })).status).toBe(403);
    expect((await api(ctx, 'POST', `${base(other)}/mechanisms`, { ...owner(), body })).status).toBe(403);
    const foreign = await api(ctx, 'POST', `${base()}/mechanisms`, {
      ...owner(),
      body: { ...body, memberActorIds: ['nope'] },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toMatch(/^memberActorIds\.0: /);
    const badKind = await api(ctx, 'POST', `${base()}/mechanisms`, {
      ...owner(),
      body: { ...body, kind: 'club' },
    });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toMatch(/^kind: /);

    const created = await api(ctx, 'POST', `${base()}/mechanisms`, { ...owner(), body });
    expect(created.status).toBe(201);
    const path = `${base()}/mechanisms/${created.body.mechanism.id}`;
    const stale = await api(ctx, 'PATCH', path, {
      ...owner(),
      headers: { 'if-match': '"9"' },
      body: { termsOfReference: 'Meets quarterly' },
    });
    expect(stale.status).toBe(412);
    const updated = await api(ctx, 'PATCH', path, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { termsOfReference: 'Meets quarterly' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.mechanism).toMatchObject({ termsOfReference: 'Meets quarterly', version: 2 });
    expect((await api(ctx, 'GET', path, as(other.owner))).status).toBe(403);
    const list = await api(ctx, 'GET', `${base()}/mechanisms`, as(viewer));
    expect(list.body.mechanisms.map((m: { kind: string }) => m.kind)).toEqual(['compact', 'joint_committee']);
  });

  it('keeps meetings, actions and commitments, with overdue reminders, and refuses commitments outside a compact', async () => {
    const compact = (
      await api(ctx, 'POST', `${base()}/mechanisms`, {
        ...owner(),
        body: { name: 'Security compact', kind: 'compact' },
      })
    ).body.mechanism;
    const committee = (
      await api(ctx, 'POST', `${base()}/mechanisms`, {
        ...owner(),
        body: { name: 'Committee', kind: 'joint_committee' },
      })
    ).body.mechanism;
    const mech = `${base()}/mechanisms/${compact.id}`;
    const meeting = await api(ctx, 'POST', `${mech}/meetings`, {
      ...owner(),
      body: { heldOn: '2027-01-15', summary: 'Kick-off', decisions: ['Share work plans'] },
    });
    expect(meeting.status).toBe(201);
    const badDate = await api(ctx, 'POST', `${mech}/meetings`, {
      ...owner(),
      body: { heldOn: '2027-02-30' },
    });
    expect(badDate.body.error.message).toMatch(/^heldOn: /);

    const action = await api(ctx, 'POST', `${mech}/actions`, {
      ...owner(),
      body: {
        description: 'Circulate minutes',
        meetingId: meeting.body.meeting.id,
        ownerFunderId: funderIds.UK,
        dueDate: '2027-01-31',
      },
    });
    expect(action.status).toBe(201);
    const commitment = {
      party: 'government',
      commitment: 'Adopt the police act',
      benchmark: 'Act published',
      dueDate: '2027-01-20',
    };
    const refused = await api(ctx, 'POST', `${base()}/mechanisms/${committee.id}/commitments`, {
      ...owner(),
      body: commitment,
    });
    expect(refused.status).toBe(409);
    const wrongParty = await api(ctx, 'POST', `${mech}/commitments`, {
      ...owner(),
      body: { ...commitment, funderId: funderIds.EU },
    });
    expect(wrongParty.status).toBe(400);
    expect(wrongParty.body.error.message).toMatch(/^funderId: /);
    const kept = await api(ctx, 'POST', `${mech}/commitments`, { ...owner(), body: commitment });
    expect(kept.status).toBe(201);
    await api(ctx, 'POST', `${mech}/commitments`, {
      ...owner(),
      body: { party: 'donor', funderId: funderIds.EU, commitment: 'Second tranche', dueDate: '2027-01-10' },
    });

    const reminders = await api(ctx, 'GET', `${base()}/reminders?asOf=2027-02-01`, as(viewer));
    expect(reminders.status).toBe(200);
    expect(
      reminders.body.reminders.map((r: { kind: string; daysOverdue: number }) => [r.kind, r.daysOverdue]),
    ).toEqual([
      ['commitment', 22],
      ['commitment', 12],
      ['action', 1],
    ]);

    const commitmentPath = `${base()}/commitments/${kept.body.commitment.id}`;
    expect((await api(ctx, 'PATCH', commitmentPath, { ...as(editor), body: { status: 'met' } })).status).toBe(
      403,
    );
    const met = await api(ctx, 'PATCH', commitmentPath, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { status: 'met', evidence: 'Official gazette no. 12' },
    });
    expect(met.body.commitment).toMatchObject({ status: 'met', overdue: false, version: 2 });
    const done = await api(ctx, 'PATCH', `${base()}/actions/${action.body.action.id}`, {
      ...owner(),
      body: { status: 'done' },
    });
    expect(done.body.action.status).toBe('done');
    const after = await api(ctx, 'GET', `${base()}/reminders?asOf=2027-02-01`, as(viewer));
    expect(after.body.reminders).toHaveLength(1);

    const detail = await api(ctx, 'GET', `${mech}?asOf=2027-02-01`, as(viewer));
    expect(detail.body.meetings[0].decisions).toEqual(['Share work plans']);
    expect(detail.body.mechanism.overdueCount).toBe(1);
    expect(detail.body.commitments.map((c: { overdue: boolean }) => c.overdue)).toEqual([true, false]);

    const changeKind = await api(ctx, 'PATCH', mech, { ...owner(), body: { kind: 'joint_programme' } });
    expect(changeKind.status).toBe(409);
    expect((await api(ctx, 'DELETE', `${base()}/meetings/${meeting.body.meeting.id}`, owner())).status).toBe(
      204,
    );
    expect((await api(ctx, 'DELETE', commitmentPath, owner())).status).toBe(204);
    expect((await api(ctx, 'DELETE', mech, as(viewer))).status).toBe(403);
    expect((await api(ctx, 'DELETE', mech, owner())).status).toBe(204);
    expect((await api(ctx, 'GET', mech, as(viewer))).status).toBe(404);
  });
});

describe('coverage with a pooled fund', () => {
  it('counts the pool funder of a pooled-fund mechanism among its members', async () => {
    const pool = await addFunder('Pool');
    await addFlow('Pool', null, 10);
    await addFlow('UK', null, 10);
    const codeRow = async () =>
      (await api(ctx, 'GET', `${base()}/coverage`, owner())).body.rows.find(
        (row: { kind: string }) => row.kind === 'unlinked',
      );
    expect((await codeRow()).duplication.key).toBe('coverage.duplication.noMechanism');
    const fund = await api(ctx, 'POST', `${base()}/mechanisms`, {
      ...owner(),
      body: {
        name: 'Trust fund',
        kind: 'pooled_fund',
        poolFunderId: pool,
        memberFunderIds: [funderIds.UK],
        purposeCodes: ['15210'],
      },
    });
    expect(fund.status).toBe(201);
    expect((await codeRow()).duplication).toBeNull();
    const refused = await api(ctx, 'POST', `${base()}/mechanisms`, {
      ...owner(),
      body: { name: 'Committee', kind: 'joint_committee', poolFunderId: pool },
    });
    expect(refused.body.error.message).toMatch(/^poolFunderId: /);
  });
});
