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
let viewer: TestUser;

const as = (user: { cookie: string }) => ({ cookie: user.cookie });

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
});
afterAll(() => ctx.close());

describe('PATCH plan: status date and quick-impact window', () => {
  it('401 without a session, 403 for another workspace and a viewer', async () => {
    const { planPath } = await smallPlan(ctx, home);
    const body = { statusDate: '2027-06' };
    expect((await api(ctx, 'PATCH', planPath, { body })).status).toBe(401);
    expect((await api(ctx, 'PATCH', planPath, { ...as(other.owner), body })).status).toBe(403);
    expect((await api(ctx, 'PATCH', planPath, { ...as(viewer), body })).status).toBe(403);
  });

  it.each([
    [{ statusDate: '2027-13' }, /^statusDate: must be a month as YYYY-MM/],
    [{ statusDate: '06/2027' }, /^statusDate: /],
    [{ quickImpactMonths: 0 }, /^quickImpactMonths: /],
    [{ quickImpactMonths: 2.5 }, /^quickImpactMonths: /],
  ])('400 for %j, naming the field', async (body, message) => {
    const { planPath } = await smallPlan(ctx, home);
    const res = await api(ctx, 'PATCH', planPath, { ...as(home.owner), body });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('sets and clears the status date; the analysis counts from it', async () => {
    const { planPath } = await smallPlan(ctx, home);
    const set = await api(ctx, 'PATCH', planPath, {
      ...as(home.owner),
      body: { statusDate: '2027-06', quickImpactMonths: 9 },
    });
    expect(set.status).toBe(200);
    expect(set.body.plan).toMatchObject({
      statusDate: '2027-06',
      statusDateIsDefault: false,
      quickImpactMonths: 9,
    });
    const detail = await api(ctx, 'GET', planPath, as(viewer));
    expect(detail.body.plan.statusDate).toBe('2027-06');
    expect(detail.body.analysis.statusMonth).toBe(5);

    const cleared = await api(ctx, 'PATCH', planPath, { ...as(home.owner), body: { statusDate: null } });
    expect(cleared.body.plan).toMatchObject({
      statusDate: new Date().toISOString().slice(0, 7),
      statusDateIsDefault: true,
      quickImpactMonths: 9,
    });
  });
});

describe('re-planning from the status date', () => {
  it('the optimiser proposes no start before it, keeps every recorded actual start and says what it held', async () => {
    const plan = await smallPlan(ctx, home);
    const patchItem = (id: string, body: object) =>
      api(ctx, 'PATCH', `${plan.planPath}/items/${id}`, { ...as(home.owner), body });
    const late = await api(ctx, 'POST', `${plan.planPath}/items`, {
      ...as(home.owner),
      body: { kind: 'activity', code: 'P1.1.4', name: 'Not started', parentId: plan.project.id, duration: 2 },
    });
    const d = late.body.item;
    const starts = { [plan.a.id]: 1, [plan.b.id]: 7, [plan.c.id]: 0, [d.id]: 0 };
    expect(
      (await api(ctx, 'PUT', `${plan.planPath}/schedule`, { ...as(home.owner), body: { starts } })).status,
    ).toBe(200);
    // C ran in January; A started in February and is half done; it is now May 2027 (month 4).
    await patchItem(plan.c.id, { status: 'done', actualStart: '2027-01-04', actualFinish: '2027-01-29' });
    await patchItem(plan.a.id, { status: 'on_track', actualStart: '2027-02-10', percentComplete: 50 });
    await api(ctx, 'PATCH', plan.planPath, { ...as(home.owner), body: { statusDate: '2027-05' } });

    const before = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(before.body.analysis.violations).toEqual([
      expect.objectContaining({ kind: 'status_date', itemIds: [d.id] }),
    ]);

    const start = await api(ctx, 'POST', `${plan.planPath}/optimisations`, {
      ...as(home.owner),
      body: { schedules: 400, seed: 5 },
    });
    expect(start.status).toBe(202);
    await waitForOptimisation(start.body.optimisation.id);
    const run = (
      await api(ctx, 'GET', `${plan.planPath}/optimisations/${start.body.optimisation.id}`, as(viewer))
    ).body.optimisation;
    expect(run.status).toBe('done');
    expect(run.statusDate).toBe('2027-05');
    expect(run.held).toEqual([
      { itemId: plan.a.id, code: 'P1.1.1', state: 'started', start: 1, finish: 6 },
      { itemId: plan.c.id, code: 'P1.1.3', state: 'finished', start: 0, finish: 1 },
    ]);
    expect(run.after.violations).toBe(0);
    expect(run.after.starts[plan.c.id]).toBe(0);
    expect(run.after.starts[plan.a.id]).toBe(1);
    expect(run.after.starts[plan.b.id]).toBeGreaterThanOrEqual(6); // waits for A's remaining work
    expect(run.after.starts[d.id]).toBeGreaterThanOrEqual(4);

    const applied = await api(
      ctx,
      'POST',
      `${plan.planPath}/optimisations/${start.body.optimisation.id}/apply`,
      as(home.owner),
    );
    expect(applied.status).toBe(200);
    const after = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(after.body.analysis.violations).toEqual([]);
    expect(after.body.analysis.held.map((held: { itemId: string }) => held.itemId).sort()).toEqual(
      [plan.a.id, plan.c.id].sort(),
    );
  });

  it('warns, without blocking, when quick-impact work starts after its window', async () => {
    const plan = await smallPlan(ctx, home);
    await api(ctx, 'PATCH', `${plan.planPath}/items/${plan.project.id}`, {
      ...as(home.owner),
      body: { quickImpact: true },
    });
    const starts = { [plan.a.id]: 2, [plan.b.id]: 5, [plan.c.id]: 5 };
    await api(ctx, 'PUT', `${plan.planPath}/schedule`, { ...as(home.owner), body: { starts } });
    await api(ctx, 'PATCH', plan.planPath, { ...as(home.owner), body: { quickImpactMonths: 1 } });
    const detail = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(detail.body.analysis.warnings).toEqual([
      { kind: 'quick_impact_late', itemIds: [plan.project.id], start: 2, limit: 1 },
    ]);
    expect(detail.body.analysis.violations).toEqual([]);
  });
});
