import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';

// Deleting a dependency, a resource and a whole plan: each succeeds, shows in the next read, and is audited.

let ctx: TestContext;
let home: TestWorkspace;
let editor: Awaited<ReturnType<typeof newMember>>;

beforeAll(async () => {
  ({ ctx, home } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
});
afterAll(() => ctx.close());

const as = (user: { cookie: string }) => ({ cookie: user.cookie });
const readPlan = async (planPath: string) => api(ctx, 'GET', planPath, as(home.owner));

async function auditOf(entityType: string, entityId: string) {
  const res = await api(
    ctx,
    'GET',
    `/api/workspaces/${home.slug}/audit?entityType=${entityType}`,
    as(home.owner),
  );
  expect(res.status).toBe(200);
  return (
    res.body.entries as Array<{ action: string; entityId: string; actor: { id: string } | null }>
  ).filter((entry) => entry.entityId === entityId);
}

describe('deleting parts of a plan', () => {
  it('DELETE dependency: 204, gone from the plan with its items kept, audited with what it linked', async () => {
    const fixture = await smallPlan(ctx, home);
    const path = `${fixture.planPath}/dependencies/${fixture.dependency.id}`;
    const before = await readPlan(fixture.planPath);
    expect(before.body.dependencies.map((d: { id: string }) => d.id)).toEqual([fixture.dependency.id]);

    const removed = await api(ctx, 'DELETE', path, as(editor));
    expect(removed.status).toBe(204);

    const after = await readPlan(fixture.planPath);
    expect(after.body.dependencies).toEqual([]);
    expect(after.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      before.body.items.map((item: { id: string }) => item.id).sort(),
    );
    expect(await auditOf('plan_dependency', fixture.dependency.id)).toMatchObject([
      {
        action: 'plan_dependency.delete',
        actor: { id: editor.id },
        changes: {
          predecessorId: { before: fixture.a.id, after: null },
          successorId: { before: fixture.b.id, after: null },
        },
      },
      { action: 'plan_dependency.create' },
    ]);
    expect((await api(ctx, 'DELETE', path, as(editor))).status).toBe(404);
  });

  it('DELETE resource: 204, gone from the plan and from the demands of the activities that used it, audited', async () => {
    const fixture = await smallPlan(ctx, home);
    const path = `${fixture.planPath}/resources/${fixture.advisers.id}`;
    const demandsOf = (body: { items: Array<{ id: string; demands: Record<string, number> }> }, id: string) =>
      body.items.find((item) => item.id === id)?.demands;
    expect(demandsOf((await readPlan(fixture.planPath)).body, fixture.a.id)).toEqual({
      [fixture.advisers.id]: 1,
    });

    const removed = await api(ctx, 'DELETE', path, as(editor));
    expect(removed.status).toBe(204);

    const after = await readPlan(fixture.planPath);
    expect(after.body.resources).toEqual([]);
    expect(demandsOf(after.body, fixture.a.id)).toEqual({});
    expect(demandsOf(after.body, fixture.c.id)).toEqual({});
    expect(await auditOf('plan_resource', fixture.advisers.id)).toMatchObject([
      { action: 'plan_resource.delete', actor: { id: editor.id } },
      { action: 'plan_resource.create' },
    ]);
    expect((await api(ctx, 'DELETE', path, as(editor))).status).toBe(404);
  });

  it('DELETE plan: only the secretariat; 204, gone from the list and from its own address, audited', async () => {
    const fixture = await smallPlan(ctx, home);
    const planId = fixture.plan.id;
    expect((await api(ctx, 'DELETE', fixture.planPath, as(editor))).status).toBe(403);

    const removed = await api(ctx, 'DELETE', fixture.planPath, as(home.owner));
    expect(removed.status).toBe(204);

    expect((await readPlan(fixture.planPath)).status).toBe(404);
    const list = await api(ctx, 'GET', `/api/workspaces/${home.slug}/plans`, as(home.owner));
    expect(list.status).toBe(200);
    expect(list.body.plans.map((plan: { id: string }) => plan.id)).not.toContain(planId);
    const entries = await auditOf('plan', planId);
    expect(entries[0]).toMatchObject({ action: 'plan.delete', actor: { id: home.owner.id } });
    expect((await api(ctx, 'DELETE', fixture.planPath, as(home.owner))).status).toBe(404);
  });
});
