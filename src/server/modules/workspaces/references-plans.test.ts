import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTwoWorkspaces, type TestContext, type TestWorkspace } from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';
import { type BodyIdCase, expectRefused } from './references-fixtures.ts';

// Ids in plan bodies: items, dependencies, resources and risks refuse another workspace's ids, made-up ids,
// and (for plan items) an item of another plan of the same workspace, naming the field; nothing is written.

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let fixture: Awaited<ReturnType<typeof smallPlan>>;
const ids: Record<string, string> = {};

const at = (workspace: TestWorkspace, path: string) => `/api/workspaces/${workspace.slug}${path}`;
async function created(workspace: TestWorkspace, path: string, body: object) {
  const res = await api(ctx, 'POST', path.startsWith('/api/') ? path : at(workspace, path), {
    cookie: workspace.owner.cookie,
    body,
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
const read = (path: () => string) => async () =>
  (await api(ctx, 'GET', path(), { cookie: home.owner.cookie })).body;
const risk = { title: 'Hard-liners block the police act', category: 'spoilers', likelihood: 4, impact: 5 };

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  fixture = await smallPlan(ctx, home);
  ids.actor = (
    await created(home, '/actors', { name: 'Ministry of Interior', category: 'ministry' })
  ).actor.id;
  ids.foreignActor = (await created(other, '/actors', { name: 'Elsewhere', category: 'ministry' })).actor.id;
  ids.foreignNeed = (await created(other, '/needs', { title: 'Theirs', severity: 2, importance: 2 })).need.id;
  ids.siblingItem = (await smallPlan(ctx, home)).project.id;
  ids.foreignItem = (await smallPlan(ctx, other)).project.id;
  ids.risk = (await created(home, `${fixture.planPath}/risks`, risk)).risk.id;
});
afterAll(() => ctx.close());

/** An item id must be of this plan: another workspace's and another plan's are both refused. */
const itemCases = (entry: Omit<BodyIdCase, 'refused'>): BodyIdCase[] => [
  { ...entry, refused: { foreign: ids.foreignItem } },
  { ...entry, refused: { foreign: ids.siblingItem } },
];

const cases = (): BodyIdCase[] => {
  const plan = read(() => fixture.planPath);
  const risks = read(() => `${fixture.planPath}/risks`);
  const items = `${fixture.planPath}/items`;
  const activity = `${items}/${fixture.a.id}`;
  const actorCase = (field: string, method: 'POST' | 'PATCH', path: string, body: BodyIdCase['body']) => ({
    field,
    method,
    path,
    body,
    refused: { foreign: ids.foreignActor },
    read: path.includes('/risks') ? risks : plan,
  });
  return [
    ...itemCases({
      field: 'parentId',
      method: 'POST',
      path: items,
      body: (id) => ({ kind: 'activity', code: 'X.1', name: 'Orphan', duration: 1, parentId: id }),
      read: plan,
    }),
    ...itemCases({
      field: 'parentId',
      method: 'PATCH',
      path: activity,
      body: (id) => ({ parentId: id }),
      read: plan,
    }),
    ...itemCases({
      field: 'predecessorId',
      method: 'POST',
      path: `${fixture.planPath}/dependencies`,
      body: (id) => ({ predecessorId: id, successorId: fixture.c.id }),
      read: plan,
    }),
    ...itemCases({
      field: 'successorId',
      method: 'POST',
      path: `${fixture.planPath}/dependencies`,
      body: (id) => ({ predecessorId: fixture.c.id, successorId: id }),
      read: plan,
    }),
    ...itemCases({
      field: 'itemIds.1',
      method: 'POST',
      path: `${fixture.planPath}/risks`,
      body: (id) => ({ ...risk, title: 'Linked', itemIds: [fixture.a.id, id] }),
      read: risks,
    }),
    ...itemCases({
      field: 'itemIds.0',
      method: 'PATCH',
      path: `${fixture.planPath}/risks/${ids.risk}`,
      body: (id) => ({ itemIds: [id] }),
      read: risks,
    }),
    actorCase('leadActorId', 'POST', items, (id) => ({
      kind: 'programme',
      code: 'P9',
      name: 'Led',
      leadActorId: id,
    })),
    actorCase('leadActorId', 'PATCH', activity, (id) => ({ leadActorId: id })),
    actorCase('partnerActorIds.1', 'POST', items, (id) => ({
      kind: 'programme',
      code: 'P9',
      name: 'Partnered',
      partnerActorIds: [ids.actor, id],
    })),
    actorCase('partnerActorIds.1', 'PATCH', activity, (id) => ({ partnerActorIds: [ids.actor, id] })),
    {
      ...actorCase('needIds.0', 'PATCH', activity, (id) => ({ needIds: [id] })),
      refused: { foreign: ids.foreignNeed },
    },
    {
      ...actorCase('needIds.0', 'POST', items, (id) => ({
        kind: 'programme',
        code: 'P9',
        name: 'N',
        needIds: [id],
      })),
      refused: { foreign: ids.foreignNeed },
    },
    actorCase('funderActorId', 'POST', `${fixture.planPath}/resources`, (id) => ({
      name: 'EU grant',
      kind: 'budget',
      unit: 'EUR',
      currency: 'EUR',
      limitKind: 'total',
      capacityPeriod: 'year',
      capacities: [1000],
      funderActorId: id,
    })),
    actorCase('funderActorId', 'PATCH', `${fixture.planPath}/resources/${fixture.advisers.id}`, (id) => ({
      funderActorId: id,
    })),
    actorCase('ownerActorId', 'POST', `${fixture.planPath}/risks`, (id) => ({ ...risk, ownerActorId: id })),
    actorCase('ownerActorId', 'PATCH', `${fixture.planPath}/risks/${ids.risk}`, (id) => ({
      ownerActorId: id,
    })),
  ];
};

describe('ids in plan bodies', () => {
  it('refuses ids of another workspace, of another plan and made up, naming the field, writing nothing', async () => {
    for (const entry of cases()) await expectRefused(ctx, home, entry);
  });

  it("accepts this plan's items and this workspace's actors in the same places", async () => {
    const owner = { cookie: home.owner.cookie };
    const linked = await api(ctx, 'PATCH', `${fixture.planPath}/risks/${ids.risk}`, {
      ...owner,
      body: { itemIds: [fixture.a.id], ownerActorId: ids.actor },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.risk).toMatchObject({ itemIds: [fixture.a.id], ownerActorId: ids.actor });
    const led = await api(ctx, 'PATCH', `${fixture.planPath}/items/${fixture.a.id}`, {
      ...owner,
      body: { leadActorId: ids.actor, partnerActorIds: [ids.actor] },
    });
    expect(led.status).toBe(200);
    expect(led.body.item).toMatchObject({ leadActorId: ids.actor, partnerActorIds: [ids.actor] });
  });
});
