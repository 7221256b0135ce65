import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';
import { waitForOptimisation } from './optimiser-jobs.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let donor: TestUser;
let viewer: TestUser;
let fixture: Awaited<ReturnType<typeof smallPlan>>;

const as = (user: { cookie: string }) => ({ cookie: user.cookie });

async function optimiseAndApply(planPath: string, body: object = { schedules: 300 }) {
  const start = await api(ctx, 'POST', `${planPath}/optimisations`, { ...as(home.owner), body });
  expect(start.status).toBe(202);
  await waitForOptimisation(start.body.optimisation.id);
  const applied = await api(
    ctx,
    'POST',
    `${planPath}/optimisations/${start.body.optimisation.id}/apply`,
    as(home.owner),
  );
  expect(applied.status).toBe(200);
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  donor = await newMember(ctx, home, 'donor');
  viewer = await newMember(ctx, home, 'viewer');
  fixture = await smallPlan(ctx, home);
});
afterAll(() => ctx.close());

describe('approval and tracking', () => {
  it('refuses to approve an unscheduled plan, naming the activities; editors cannot approve', async () => {
    expect((await api(ctx, 'POST', `${fixture.planPath}/approve`, as(editor))).status).toBe(403);
    const early = await api(ctx, 'POST', `${fixture.planPath}/approve`, as(home.owner));
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/P1\.1\.1, P1\.1\.2, P1\.1\.3/);
  });

  it('approval records the baseline; progress reports turn into slippage and RAG', async () => {
    await optimiseAndApply(fixture.planPath);
    const approved = await api(ctx, 'POST', `${fixture.planPath}/approve`, as(home.owner));
    expect(approved.body.plan.status).toBe('approved');
    const detail = await api(ctx, 'GET', fixture.planPath, as(viewer));
    const a = detail.body.items.find((item: { id: string }) => item.id === fixture.a.id);
    expect(a.baselineFinish).toBe(a.baselineStart + 3);
    const programme = detail.body.items.find((item: { id: string }) => item.id === fixture.programme.id);
    expect(programme.baselineFinish).toBe(7);

    // A started on time in January 2027 but is only 10 % done in June: it now ends months late.
    const startLabel = `2027-${String(a.baselineStart + 1).padStart(2, '0')}-01`;
    const progress = await api(ctx, 'PATCH', `${fixture.planPath}/items/${fixture.a.id}`, {
      ...as(editor),
      body: { status: 'delayed', percentComplete: 10, actualStart: startLabel },
    });
    expect(progress.status).toBe(200);
    const badDate = await api(ctx, 'PATCH', `${fixture.planPath}/items/${fixture.a.id}`, {
      ...as(editor),
      body: { actualStart: '01/02/2027' },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toMatch(/^actualStart: /);
    const noSuchDay = await api(ctx, 'PATCH', `${fixture.planPath}/items/${fixture.a.id}`, {
      ...as(editor),
      body: { actualFinish: '2027-02-30' },
    });
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.body.error.message).toMatch(/^actualFinish: /);
    const finishedFirst = await api(ctx, 'PATCH', `${fixture.planPath}/items/${fixture.a.id}`, {
      ...as(editor),
      body: { actualFinish: '2026-12-31' },
    });
    expect(finishedFirst.status).toBe(400);
    expect(finishedFirst.body.error.message).toMatch(/^actualFinish: 2026-12-31 is before the actual start/);

    const tracking = await api(ctx, 'GET', `${fixture.planPath}/tracking?asOf=2027-06`, as(viewer));
    expect(tracking.status).toBe(200);
    const row = tracking.body.activities.find(
      (activity: { itemId: string }) => activity.itemId === fixture.a.id,
    );
    expect(row.rag).toBe('red');
    expect(row.slippage).toBeGreaterThan(0);
    expect(tracking.body.programmes[0]).toMatchObject({ code: 'P1', rag: 'red' });
    expect(tracking.body.totals.red).toBeGreaterThanOrEqual(1);
    const badMonth = await api(ctx, 'GET', `${fixture.planPath}/tracking?asOf=June`, as(viewer));
    expect(badMonth.status).toBe(400);
  });

  it('marking done without a percentage completes it', async () => {
    const done = await api(ctx, 'PATCH', `${fixture.planPath}/items/${fixture.b.id}`, {
      ...as(editor),
      body: { status: 'done', actualFinish: '2027-07-31' },
    });
    expect(done.body.item).toMatchObject({ status: 'done', percentComplete: 100 });
  });
});

describe('scenarios', () => {
  it('copies the whole plan, and the comparison shows what slips when capacity drops', async () => {
    const plan = await smallPlan(ctx, home);
    await optimiseAndApply(plan.planPath);
    await api(ctx, 'POST', `${plan.planPath}/risks`, {
      ...as(donor),
      body: {
        title: 'Adviser leaves',
        category: 'capacity_deficits',
        likelihood: 3,
        impact: 4,
        itemIds: [plan.a.id],
      },
    });
    const created = await api(ctx, 'POST', `${plan.planPath}/scenarios`, {
      ...as(editor),
      body: { name: 'No adviser in year one', note: 'The donor post is vacant until 2028' },
    });
    expect(created.status).toBe(201);
    const scenario = created.body.plan;
    expect(scenario.scenarioOf).toBe(plan.plan.id);
    const scenarioPath = `/api/workspaces/${home.slug}/plans/${scenario.id}`;
    const copy = await api(ctx, 'GET', scenarioPath, as(viewer));
    expect(copy.body.items).toHaveLength(5);
    expect(copy.body.dependencies).toHaveLength(1);
    const copiedA = copy.body.items.find((item: { code: string }) => item.code === 'P1.1.1');
    expect(copiedA.originId).toBe(plan.a.id);
    const copiedAdvisers = copy.body.resources[0];
    expect(copiedA.demands).toEqual({ [copiedAdvisers.id]: 1 });
    const risks = await api(ctx, 'GET', `${scenarioPath}/risks`, as(viewer));
    expect(risks.body.risks[0].itemIds).toEqual([copiedA.id]);

    // No adviser for the first four quarters: both adviser activities move to the second year.
    await api(ctx, 'PATCH', `${scenarioPath}/resources/${copiedAdvisers.id}`, {
      ...as(editor),
      body: { capacities: [0, 0, 0, 0, 1] },
    });
    await optimiseAndApply(scenarioPath);
    const comparison = await api(ctx, 'GET', `${plan.planPath}/compare/${scenario.id}`, as(viewer));
    expect(comparison.status).toBe(200);
    expect(comparison.body.base.finishMonth).toBe(7);
    expect(comparison.body.scenario.finishMonth).toBe(19);
    const slipped = comparison.body.slips.map((slip: { code: string }) => slip.code);
    expect(slipped).toEqual(expect.arrayContaining(['P1', 'P1.1.1', 'P1.1.3']));
    // The base plan itself is untouched.
    const base = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(base.body.analysis.finishMonth).toBe(7);
    const unrelated = await api(ctx, 'GET', `${plan.planPath}/compare/${fixture.plan.id}`, as(viewer));
    expect(unrelated.status).toBe(409);
  });
});

describe('comparing a scenario that starts later than its base', () => {
  it('puts both plans on one calendar: slips, finish delta and yearly costs count the later start', async () => {
    const plan = await smallPlan(ctx, home);
    const budget = await api(ctx, 'POST', `${plan.planPath}/resources`, {
      ...as(editor),
      body: {
        name: 'Treasury',
        kind: 'budget',
        unit: 'EUR',
        currency: 'EUR',
        limitKind: 'total',
        capacityPeriod: 'year',
        capacities: [1000],
      },
    });
    expect(budget.status).toBe(201);
    await api(ctx, 'PATCH', `${plan.planPath}/items/${plan.a.id}`, {
      ...as(editor),
      body: { demands: { [plan.advisers.id]: 1, [budget.body.resource.id]: 300 } },
    });
    await optimiseAndApply(plan.planPath);
    const created = await api(ctx, 'POST', `${plan.planPath}/scenarios`, {
      ...as(editor),
      body: { name: 'The programme starts a year later' },
    });
    const scenario = created.body.plan;
    const scenarioPath = `/api/workspaces/${home.slug}/plans/${scenario.id}`;
    // The same schedule, month for month, from January 2028 instead of January 2027.
    const patched = await api(ctx, 'PATCH', scenarioPath, { ...as(editor), body: { startMonth: '2028-01' } });
    expect(patched.status).toBe(200);

    const comparison = await api(ctx, 'GET', `${plan.planPath}/compare/${scenario.id}`, as(viewer));
    expect(comparison.status).toBe(200);
    const body = comparison.body;
    expect(body.startMonth).toBe('2027-01');
    expect(body.base).toMatchObject({ startMonth: '2027-01', offsetMonths: 0, finishMonth: 7 });
    expect(body.scenario).toMatchObject({ startMonth: '2028-01', offsetMonths: 12, finishMonth: 7 });
    expect(body.finishDelta).toBe(12);
    const slips = body.slips.map((slip: { code: string; months: number }) => [slip.code, slip.months]);
    expect(slips).toEqual(
      expect.arrayContaining([
        ['P1', 12],
        ['P1.1', 12],
        ['P1.1.1', 12],
        ['P1.1.2', 12],
        ['P1.1.3', 12],
      ]),
    );
    expect(slips).toHaveLength(5);
    expect(body.gains).toEqual([]);
    // A's 300 falls in 2027 for the base and in 2028 for the scenario, counted in the same yearly blocks.
    expect(body.base.costPerYear[0].years).toEqual([300, 0]);
    expect(body.scenario.costPerYear[0].years).toEqual([0, 300, 0]);

    // Seen from the scenario, the base is still the base.
    const reverse = await api(ctx, 'GET', `${scenarioPath}/compare/${plan.plan.id}`, as(viewer));
    expect(reverse.body.base.planId).toBe(plan.plan.id);
    expect(reverse.body.finishDelta).toBe(12);
  });
});

describe('applying an optimisation', () => {
  it('refuses (409) a run whose schedule the plan has since outgrown', async () => {
    const plan = await smallPlan(ctx, home);
    const start = await api(ctx, 'POST', `${plan.planPath}/optimisations`, {
      ...as(editor),
      body: { schedules: 300 },
    });
    await waitForOptimisation(start.body.optimisation.id);
    // A now lasts a year: B, which waits for A, would start long before A ends.
    await api(ctx, 'PATCH', `${plan.planPath}/items/${plan.a.id}`, { ...as(editor), body: { duration: 12 } });
    const applyPath = `${plan.planPath}/optimisations/${start.body.optimisation.id}/apply`;
    const refused = await api(ctx, 'POST', applyPath, as(editor));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/the plan changed since this optimisation ran/);
    const detail = await api(ctx, 'GET', plan.planPath, as(viewer));
    const b = detail.body.items.find((item: { id: string }) => item.id === plan.b.id);
    expect(b.startMonth).toBeNull();
  });
});

describe('risk register', () => {
  const risksPath = () => `${fixture.planPath}/risks`;
  const risk = { title: 'Hard-liners block the police act', category: 'spoilers', likelihood: 4, impact: 5 };

  it('POST: 401, 403 for another workspace and a viewer, 400 naming the field; donors may log risks', async () => {
    expect((await api(ctx, 'POST', risksPath(), { body: risk })).status).toBe(401);
    expect((await api(ctx, 'POST', risksPath(), { ...as(other.owner), body: risk })).status).toBe(403);
    expect((await api(ctx, 'POST', risksPath(), { ...as(viewer), body: risk })).status).toBe(403);
    const badCategory = await api(ctx, 'POST', risksPath(), {
      ...as(donor),
      body: { ...risk, category: 'weather' },
    });
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.error.message).toMatch(/^category: /);
    const badLevel = await api(ctx, 'POST', risksPath(), { ...as(donor), body: { ...risk, impact: 6 } });
    expect(badLevel.body.error.message).toMatch(/^impact: /);
    const foreignItem = await api(ctx, 'POST', risksPath(), {
      ...as(donor),
      body: { ...risk, itemIds: ['nope'] },
    });
    expect(foreignItem.body.error.message).toMatch(/^itemIds\.0: no item with this id in this plan$/);
    const created = await api(ctx, 'POST', risksPath(), {
      ...as(donor),
      body: { ...risk, itemIds: [fixture.a.id], mitigation: 'Brief the committee early' },
    });
    expect(created.status).toBe(201);
    expect(created.body.risk).toMatchObject({ score: 20, rating: 'critical', status: 'open' });
  });

  it('lists the highest score first and closed risks last; updates and deletes', async () => {
    const low = await api(ctx, 'POST', risksPath(), {
      ...as(editor),
      body: { title: 'Donor meetings clash', category: 'coordination', likelihood: 2, impact: 2 },
    });
    const list = await api(ctx, 'GET', risksPath(), as(viewer));
    expect(list.body.risks.map((r: { score: number }) => r.score)).toEqual([20, 4]);
    const closed = await api(ctx, 'PATCH', `${risksPath()}/${list.body.risks[0].id}`, {
      ...as(editor),
      body: { status: 'closed' },
    });
    expect(closed.body.risk.status).toBe('closed');
    const reordered = await api(ctx, 'GET', risksPath(), as(viewer));
    expect(reordered.body.risks[0].id).toBe(low.body.risk.id);
    expect((await api(ctx, 'DELETE', `${risksPath()}/${low.body.risk.id}`, as(viewer))).status).toBe(403);
    expect((await api(ctx, 'DELETE', `${risksPath()}/${low.body.risk.id}`, as(editor))).status).toBe(204);
    expect((await api(ctx, 'DELETE', `${risksPath()}/${low.body.risk.id}`, as(editor))).status).toBe(404);
  });

  it('writes are in the audit trail', async () => {
    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=risk`, as(home.owner));
    expect(audit.status).toBe(200);
    const actions = audit.body.entries.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['risk.create', 'risk.update', 'risk.delete']));
  });
});
