import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let admin: TestUser;
let donor: TestUser;
let viewer: TestUser;

const path = (workspace = home) => `/api/workspaces/${workspace.slug}/finance/funders`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  admin = await newMember(ctx, home, 'admin');
  donor = await newMember(ctx, home, 'donor');
  viewer = await newMember(ctx, home, 'viewer');
});
afterAll(() => ctx.close());

describe('funders', () => {
  it('POST: 401, 403 for another workspace, a viewer and a donor, 400 naming the field, 201 for the secretariat', async () => {
    const body = { name: 'European Union', acronym: 'EU', type: 'multilateral', defaultCurrency: 'EUR' };
    expect((await api(ctx, 'POST', path(), { body })).status).toBe(401);
    expect((await api(ctx, 'POST', path(), { ...as(other.owner), body })).status).toBe(403);
    expect((await api(ctx, 'POST', path(), { ...as(viewer), body })).status).toBe(403);
    const refused = await api(ctx, 'POST', path(), { ...as(donor), body });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/secretariat/);
    const bad = await api(ctx, 'POST', path(), { ...as(admin), body: { ...body, defaultCurrency: 'euro' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^defaultCurrency: /);
    const foreignActor = await api(ctx, 'POST', `/api/workspaces/${other.slug}/actors`, {
      ...as(other.owner),
      body: { name: 'Outsider ministry', category: 'ministry' },
    });
    const crossed = await api(ctx, 'POST', path(), {
      ...as(admin),
      body: { ...body, actorId: foreignActor.body.actor.id },
    });
    expect(crossed.status).toBe(400);
    expect(crossed.body.error.message).toMatch(/^actorId: /);
    const created = await api(ctx, 'POST', path(), { ...as(admin), body });
    expect(created.status).toBe(201);
    expect(created.body.funder).toMatchObject({
      name: 'European Union',
      type: 'multilateral',
      members: [],
      flowsVisible: true,
      totals: { committed: 0, disbursed: 0, odaShare: null },
      version: 1,
    });
    const twice = await api(ctx, 'POST', path(), { ...as(admin), body: { ...body, name: 'european union' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/^name: /);
  });

  it('PATCH with If-Match, PUT members for donor-role members only, DELETE', async () => {
    const created = await api(ctx, 'POST', path(), {
      ...as(home.owner),
      body: { name: 'UK FCDO', type: 'bilateral', iatiRef: 'GB-GOV-1' },
    });
    const id = created.body.funder.id;
    const renamed = await api(ctx, 'PATCH', `${path()}/${id}`, {
      ...as(home.owner),
      headers: { 'if-match': '"1"' },
      body: { acronym: 'FCDO' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.funder).toMatchObject({ acronym: 'FCDO', version: 2 });
    const stale = await api(ctx, 'PATCH', `${path()}/${id}`, {
      ...as(home.owner),
      headers: { 'if-match': '"1"' },
      body: { acronym: 'DFID' },
    });
    expect(stale.status).toBe(412);
    expect((await api(ctx, 'PATCH', `${path(other)}/${id}`, { ...as(other.owner), body: {} })).status).toBe(
      404,
    );

    const notDonor = await api(ctx, 'PUT', `${path()}/${id}/members`, {
      ...as(home.owner),
      body: { userIds: [donor.id, viewer.id] },
    });
    expect(notDonor.status).toBe(400);
    expect(notDonor.body.error.message).toMatch(/^userIds\.1: only donor-role members/);
    const outsider = await api(ctx, 'PUT', `${path()}/${id}/members`, {
      ...as(home.owner),
      body: { userIds: [other.owner.id] },
    });
    expect(outsider.status).toBe(400);
    expect(
      (await api(ctx, 'PUT', `${path()}/${id}/members`, { ...as(donor), body: { userIds: [donor.id] } }))
        .status,
    ).toBe(403);
    const linked = await api(ctx, 'PUT', `${path()}/${id}/members`, {
      ...as(admin),
      body: { userIds: [donor.id] },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.funder.members).toEqual([{ userId: donor.id, name: donor.name }]);

    const list = await api(ctx, 'GET', `${path()}?currency=EUR`, as(donor));
    expect(list.status).toBe(200);
    expect(list.body.currency).toBe('EUR');
    const byName = Object.fromEntries(list.body.funders.map((f: { name: string }) => [f.name, f]));
    expect(byName['UK FCDO'].flowsVisible).toBe(true);
    expect(byName['European Union']).toMatchObject({ flowsVisible: false, totals: null });
    expect((await api(ctx, 'GET', path(), as(other.owner))).status).toBe(403);
    expect((await api(ctx, 'GET', `${path()}?currency=usd`, as(viewer))).status).toBe(400);

    expect((await api(ctx, 'DELETE', `${path()}/${id}`, as(donor))).status).toBe(403);
    // a coordination mechanism naming it as a member keeps it
    const mechanism = await api(ctx, 'POST', `/api/workspaces/${home.slug}/coordination/mechanisms`, {
      ...as(admin),
      body: { name: 'Justice donors group', kind: 'joint_committee', memberFunderIds: [id] },
    });
    expect(mechanism.status).toBe(201);
    const kept = await api(ctx, 'DELETE', `${path()}/${id}`, as(admin));
    expect(kept.status).toBe(409);
    expect(kept.body.error.message).toMatch(/Justice donors group/);
    const mechanismPath = `/api/workspaces/${home.slug}/coordination/mechanisms/${mechanism.body.mechanism.id}`;
    expect((await api(ctx, 'DELETE', mechanismPath, as(admin))).status).toBe(204);
    expect((await api(ctx, 'DELETE', `${path()}/${id}`, as(admin))).status).toBe(204);
    expect((await api(ctx, 'DELETE', `${path()}/${id}`, as(admin))).status).toBe(404);
  });

  it('refuses to delete a funder that flows still name', async () => {
    const funder = (
      await api(ctx, 'POST', path(), { ...as(admin), body: { name: 'Japan', type: 'bilateral' } })
    ).body.funder;
    const flow = await api(ctx, 'POST', `/api/workspaces/${home.slug}/finance/flows`, {
      ...as(admin),
      body: { funderId: funder.id, kind: 'commitment', amount: 10, currency: 'JPY', flowDate: '2027-01-01' },
    });
    expect(flow.status).toBe(201);
    const refused = await api(ctx, 'DELETE', `${path()}/${funder.id}`, as(admin));
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ flows: 1, budgetLines: 0 });
  });
});
