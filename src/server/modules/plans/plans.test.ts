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
import { holdOptimisersAtStart, waitForOptimisation } from './optimiser-jobs.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let fixture: Awaited<ReturnType<typeof smallPlan>>;

const plansPath = (workspace = home) => `/api/workspaces/${workspace.slug}/plans`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  viewer = await newMember(ctx, home, 'viewer');
  fixture = await smallPlan(ctx, home);
});
afterAll(() => ctx.close());

describe('plans', () => {
  it('POST: 401, 403 for another workspace and a viewer, 400 naming the field, 201 for an editor', async () => {
    const body = { name: 'Plan', startMonth: '2027-01', horizonMonths: 36 };
    expect((await api(ctx, 'POST', plansPath(), { body })).status).toBe(401);
    expect((await api(ctx, 'POST', plansPath(), { ...as(other.owner), body })).status).toBe(403);
    expect((await api(ctx, 'POST', plansPath(), { ...as(viewer), body })).status).toBe(403);
    const bad = await api(ctx, 'POST', plansPath(), {
      ...as(editor),
      body: { ...body, startMonth: '2027-13' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^startMonth: /);
    const created = await api(ctx, 'POST', plansPath(), { ...as(editor), body });
    expect(created.status).toBe(201);
    expect(created.body.plan).toMatchObject({ name: 'Plan', status: 'draft', horizonMonths: 36 });
  });

  it('GET lists plans with activity counts; a member of another workspace gets 403', async () => {
    const list = await api(ctx, 'GET', plansPath(), as(viewer));
    expect(list.status).toBe(200);
    const summary = list.body.plans.find((plan: { id: string }) => plan.id === fixture.plan.id);
    expect(summary.activityCount).toBe(3);
    expect((await api(ctx, 'GET', fixture.planPath, as(other.owner))).status).toBe(403);
    expect((await api(ctx, 'GET', `${plansPath()}/no-such-plan`, as(viewer))).status).toBe(404);
  });

  it('detail lists items parents first, with demands, and analyses the unscheduled plan', async () => {
    const res = await api(ctx, 'GET', fixture.planPath, as(viewer));
    expect(res.status).toBe(200);
    expect(res.body.items.map((item: { code: string }) => item.code)).toEqual([
      'P1',
      'P1.1',
      'P1.1.1',
      'P1.1.2',
      'P1.1.3',
    ]);
    expect(res.body.items[2].demands).toEqual({ [fixture.advisers.id]: 1 });
    // critical path A(3) + B(2); the one adviser must do A and C (3 + 4) one after the other
    expect(res.body.analysis.lowerBound).toBe(7);
    expect(res.body.analysis.infeasibility).toBeNull();
  });
});

describe('portfolio checks', () => {
  const item = (body: object, user: { cookie: string } = home.owner) =>
    api(ctx, 'POST', `${fixture.planPath}/items`, { ...as(user), body });

  it('refuses an activity outside a project and a duration on a programme, naming the field', async () => {
    const orphan = await item({ kind: 'activity', code: 'X1', name: 'Orphan', duration: 2 });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.message).toMatch(/^parentId: an activity belongs to a project/);
    const underProgramme = await item({
      kind: 'activity',
      code: 'X2',
      name: 'Misplaced',
      duration: 2,
      parentId: fixture.programme.id,
    });
    expect(underProgramme.body.error.message).toMatch(/^parentId: .* not to a programme/);
    const timed = await item({ kind: 'programme', code: 'X3', name: 'Timed', duration: 4 });
    expect(timed.status).toBe(400);
    expect(timed.body.error.message).toMatch(/^duration: /);
    const untimed = await item({
      kind: 'activity',
      code: 'X4',
      name: 'Untimed',
      parentId: fixture.project.id,
    });
    expect(untimed.body.error.message).toMatch(/^duration: an activity needs a duration/);
  });

  it('refuses a taken code (409), an unknown principle, a foreign need and a resource of another plan', async () => {
    const taken = await item({ kind: 'programme', code: 'P1', name: 'Again' });
    expect(taken.status).toBe(409);
    const principle = await item({ kind: 'programme', code: 'P9', name: 'Odd', principles: ['p99'] });
    expect(principle.body.error.message).toMatch(/^principles\.0: "p99"/);
    const foreignNeed = await api(ctx, 'POST', `/api/workspaces/${other.slug}/needs`, {
      ...as(other.owner),
      body: { title: 'Theirs', severity: 2, importance: 2 },
    });
    const need = await item({
      kind: 'programme',
      code: 'P9',
      name: 'Odd',
      needIds: [foreignNeed.body.need.id],
    });
    expect(need.status).toBe(400);
    expect(need.body.error.message).toMatch(/^needIds\.0: no need with this id in this workspace$/);
    const demand = await item({
      kind: 'activity',
      code: 'P1.1.9',
      name: 'Odd',
      parentId: fixture.project.id,
      duration: 1,
      demands: { 'not-a-resource': 1 },
    });
    expect(demand.body.error.message).toMatch(/^demands\.not-a-resource: /);
  });

  it('links needs of the workspace and keeps the links when other fields change', async () => {
    const need = await api(ctx, 'POST', `/api/workspaces/${home.slug}/needs`, {
      ...as(home.owner),
      body: { title: 'Police law outdated', severity: 4, importance: 5 },
    });
    const created = await item({
      kind: 'programme',
      code: 'P2',
      name: 'Police',
      needIds: [need.body.need.id],
      principles: ['p1'],
    });
    expect(created.status).toBe(201);
    const renamed = await api(ctx, 'PATCH', `${fixture.planPath}/items/${created.body.item.id}`, {
      ...as(editor),
      body: { name: 'Police reform' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.item).toMatchObject({
      name: 'Police reform',
      needIds: [need.body.need.id],
      principles: ['p1'],
    });
    expect(
      (await api(ctx, 'DELETE', `${fixture.planPath}/items/${created.body.item.id}`, as(viewer))).status,
    ).toBe(403);
    expect(
      (await api(ctx, 'DELETE', `${fixture.planPath}/items/${created.body.item.id}`, as(editor))).status,
    ).toBe(204);
  });

  it('refuses a dependency that closes a cycle (409 naming it) and one between nested items', async () => {
    const cycle = await api(ctx, 'POST', `${fixture.planPath}/dependencies`, {
      ...as(home.owner),
      body: { predecessorId: fixture.b.id, successorId: fixture.a.id },
    });
    expect(cycle.status).toBe(409);
    expect(cycle.body.error.message).toMatch(/cycle/);
    expect(cycle.body.error.message).toMatch(/P1\.1\.1/);
    const nested = await api(ctx, 'POST', `${fixture.planPath}/dependencies`, {
      ...as(home.owner),
      body: { predecessorId: fixture.project.id, successorId: fixture.c.id },
    });
    expect(nested.status).toBe(400);
    const again = await api(ctx, 'POST', `${fixture.planPath}/dependencies`, {
      ...as(home.owner),
      body: { predecessorId: fixture.a.id, successorId: fixture.b.id },
    });
    expect(again.status).toBe(409);
  });
});

describe('moving items in the tree', () => {
  it('refuses (409 naming the cycle) a move under a project whose dependency closes a cycle, changing nothing', async () => {
    const plan = await smallPlan(ctx, home);
    const post = async (path: string, body: object) =>
      api(ctx, 'POST', `${plan.planPath}/${path}`, { ...as(editor), body });
    const project = (
      await post('items', {
        kind: 'project',
        code: 'P1.2',
        name: 'Police training',
        parentId: plan.programme.id,
      })
    ).body.item;
    await post('items', {
      kind: 'activity',
      code: 'P1.2.1',
      name: 'Curriculum',
      parentId: project.id,
      duration: 2,
    });
    // The training project waits for B; B already waits for A.
    expect((await post('dependencies', { predecessorId: plan.b.id, successorId: project.id })).status).toBe(
      201,
    );
    const before = await api(ctx, 'GET', plan.planPath, as(viewer));

    // A under the training project would wait for B, which waits for A.
    const move = await api(ctx, 'PATCH', `${plan.planPath}/items/${plan.a.id}`, {
      ...as(editor),
      body: { parentId: project.id },
    });
    expect(move.status).toBe(409);
    expect(move.body.error.message).toMatch(
      /^parentId: moving P1\.1\.1 under P1\.2 would close a dependency cycle/,
    );
    expect(move.body.error.message).toMatch(/P1\.1\.1 .*→ P1\.1\.2 .*→ P1\.1\.1/);
    const after = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(after.body.items).toEqual(before.body.items);
    expect(after.body.dependencies).toEqual(before.body.dependencies);
    expect(after.body.plan.updatedAt).toBe(before.body.plan.updatedAt);

    // C has no dependencies of its own: it may move there.
    const free = await api(ctx, 'PATCH', `${plan.planPath}/items/${plan.c.id}`, {
      ...as(editor),
      body: { parentId: project.id },
    });
    expect(free.status).toBe(200);
    expect(free.body.item.parentId).toBe(project.id);
  });

  it('refuses a new activity under a project whose dependencies would then form a cycle', async () => {
    const plan = await smallPlan(ctx, home);
    const post = (path: string, body: object) =>
      api(ctx, 'POST', `${plan.planPath}/${path}`, { ...as(editor), body });
    // An empty project has no activities for its dependencies to bind, so both directions are accepted.
    const project = (
      await post('items', { kind: 'project', code: 'P1.3', name: 'Oversight', parentId: plan.programme.id })
    ).body.item;
    expect((await post('dependencies', { predecessorId: project.id, successorId: plan.b.id })).status).toBe(
      201,
    );
    expect((await post('dependencies', { predecessorId: plan.b.id, successorId: project.id })).status).toBe(
      201,
    );
    const added = await post('items', {
      kind: 'activity',
      code: 'P1.3.1',
      name: 'Inspectorate',
      parentId: project.id,
      duration: 1,
    });
    expect(added.status).toBe(409);
    expect(added.body.error.message).toMatch(
      /^parentId: adding P1\.3\.1 under P1\.3 would close a dependency cycle/,
    );
    const detail = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(detail.body.items.map((item: { code: string }) => item.code)).not.toContain('P1.3.1');
  });
});

describe('schedule and optimiser', () => {
  it('PUT schedule saves starts and reports what breaks: the dependency and the adviser overload', async () => {
    const res = await api(ctx, 'PUT', `${fixture.planPath}/schedule`, {
      ...as(editor),
      body: { starts: { [fixture.a.id]: 0, [fixture.b.id]: 1, [fixture.c.id]: 0 } },
    });
    expect(res.status).toBe(200);
    const kinds = res.body.analysis.violations.map((v: { kind: string }) => v.kind).sort();
    expect(kinds).toContain('precedence');
    expect(kinds).toContain('resource');
    const unknown = await api(ctx, 'PUT', `${fixture.planPath}/schedule`, {
      ...as(editor),
      body: { starts: { [fixture.project.id]: 0 } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/only activities are scheduled/);
  });

  it('optimises in the background to a feasible, optimal schedule, and applies it', async () => {
    const start = await api(ctx, 'POST', `${fixture.planPath}/optimisations`, {
      ...as(editor),
      body: { objective: 'makespan', schedules: 500, seed: 3 },
    });
    expect(start.status).toBe(202);
    expect(start.body.optimisation.status).toBe('running');
    expect(start.body.optimisation.before.violations).toBeGreaterThan(0);
    await waitForOptimisation(start.body.optimisation.id);
    const run = await api(
      ctx,
      'GET',
      `${fixture.planPath}/optimisations/${start.body.optimisation.id}`,
      as(viewer),
    );
    expect(run.body.optimisation).toMatchObject({ status: 'done', lowerBound: 7 });
    expect(run.body.optimisation.after).toMatchObject({ violations: 0, finishMonth: 7 });
    const applied = await api(
      ctx,
      'POST',
      `${fixture.planPath}/optimisations/${start.body.optimisation.id}/apply`,
      as(editor),
    );
    expect(applied.body.optimisation.status).toBe('applied');
    const detail = await api(ctx, 'GET', fixture.planPath, as(viewer));
    expect(detail.body.analysis).toMatchObject({ finishMonth: 7, violations: [] });
    const twice = await api(
      ctx,
      'POST',
      `${fixture.planPath}/optimisations/${start.body.optimisation.id}/apply`,
      as(editor),
    );
    expect(twice.status).toBe(409);
  });

  it('with the weighted objective, the high-value activity goes first', async () => {
    const start = await api(ctx, 'POST', `${fixture.planPath}/optimisations`, {
      ...as(editor),
      body: { objective: 'weighted-completion', schedules: 500 },
    });
    await waitForOptimisation(start.body.optimisation.id);
    const run = await api(
      ctx,
      'GET',
      `${fixture.planPath}/optimisations/${start.body.optimisation.id}`,
      as(editor),
    );
    const starts = run.body.optimisation.after.starts;
    expect(starts[fixture.c.id]).toBe(0);
    expect(starts[fixture.a.id]).toBeGreaterThanOrEqual(4);
  });

  it('says why no schedule exists: the resource whose capacity is below one activity’s need', async () => {
    const plan = await smallPlan(ctx, home);
    await api(ctx, 'PATCH', `${plan.planPath}/resources/${plan.advisers.id}`, {
      ...as(editor),
      body: { capacities: [0.5] },
    });
    const refused = await api(ctx, 'POST', `${plan.planPath}/optimisations`, { ...as(editor), body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Advisers/);
    const detail = await api(ctx, 'GET', plan.planPath, as(viewer));
    expect(detail.body.analysis.infeasibility.kind).toBe('capacity');
    // the fields the web words the reason from, in the reader's language
    expect(detail.body.analysis.infeasibility.capacity).toMatchObject({
      resourceId: plan.advisers.id,
      month: 0,
      available: 0.5,
    });
    expect(detail.body.analysis.infeasibility.capacity.need).toBeGreaterThan(0.5);
  });

  it('cancel stops a run and keeps its best schedule; a viewer cannot start one', async () => {
    expect(
      (await api(ctx, 'POST', `${fixture.planPath}/optimisations`, { ...as(viewer), body: {} })).status,
    ).toBe(403);
    // the worker waits at its start gate until the cancel arrives, so the search cannot finish first
    holdOptimisersAtStart(true);
    const start = await api(ctx, 'POST', `${fixture.planPath}/optimisations`, {
      ...as(editor),
      body: { schedules: 1_000_000, timeLimitSeconds: 120 },
    }).finally(() => holdOptimisersAtStart(false));
    expect(start.status).toBe(202);
    const busy = await api(ctx, 'POST', `${fixture.planPath}/optimisations`, { ...as(editor), body: {} });
    expect(busy.status).toBe(409);
    const cancelled = await api(
      ctx,
      'POST',
      `${fixture.planPath}/optimisations/${start.body.optimisation.id}/cancel`,
      as(editor),
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.optimisation.status).toBe('cancelled');
    expect(cancelled.body.optimisation.after.violations).toBe(0);
    const list = await api(ctx, 'GET', `${fixture.planPath}/optimisations`, as(viewer));
    expect(list.body.optimisations[0].id).toBe(start.body.optimisation.id);
  });

  it('refuses with 429 when the server already runs as many searches as its limit', async () => {
    const second = await smallPlan(ctx, home);
    process.env.CUSTODES_OPTIMISER_WORKERS = '1';
    try {
      const start = await api(ctx, 'POST', `${fixture.planPath}/optimisations`, {
        ...as(editor),
        body: { schedules: 1_000_000, timeLimitSeconds: 120 },
      });
      expect(start.status).toBe(202);
      const refused = await api(ctx, 'POST', `${second.planPath}/optimisations`, { ...as(editor), body: {} });
      expect(refused.status).toBe(429);
      expect(refused.body.error.message).toMatch(/CUSTODES_OPTIMISER_WORKERS=1/);
      await api(
        ctx,
        'POST',
        `${fixture.planPath}/optimisations/${start.body.optimisation.id}/cancel`,
        as(editor),
      );
      const after = await api(ctx, 'POST', `${second.planPath}/optimisations`, {
        ...as(editor),
        body: { schedules: 300 },
      });
      expect(after.status).toBe(202);
      await waitForOptimisation(after.body.optimisation.id);
    } finally {
      delete process.env.CUSTODES_OPTIMISER_WORKERS;
    }
  });
});
