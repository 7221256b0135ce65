import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { auditActions, createActor, createRelation, relationsPath } from './sector-map-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  ids.mod = (
    await createActor(ctx, home, { name: 'Ministry of Defence', acronym: 'MoD', category: 'ministry' })
  ).id;
  ids.forces = (await createActor(ctx, home, { name: 'Armed Forces', category: 'armed_forces' })).id;
  ids.audit = (await createActor(ctx, home, { name: 'Court of Accounts', category: 'audit_institution' })).id;
  ids.donor = (await createActor(ctx, home, { name: 'Partner Agency', category: 'donor' })).id;
  ids.foreign = (await createActor(ctx, other, { name: 'Elsewhere', category: 'police' })).id;
});
afterAll(() => ctx.close());

const command = () => ({ sourceActorId: ids.mod, targetActorId: ids.forces, type: 'command' });

describe('relations', () => {
  it('POST: 401, 403 for another workspace and for read-only roles, 400 for bad input, 409 for a copy', async () => {
    expect((await api(ctx, 'POST', relationsPath(home), { body: command() })).status).toBe(401);
    expect(
      (await api(ctx, 'POST', relationsPath(home), { cookie: other.owner.cookie, body: command() })).status,
    ).toBe(403);
    for (const role of ['donor', 'assessor', 'viewer'] as const) {
      const member = await newMember(ctx, home, role);
      expect(
        (await api(ctx, 'POST', relationsPath(home), { cookie: member.cookie, body: command() })).status,
      ).toBe(403);
    }
    const cookie = home.owner.cookie;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...command(), type: 'owns' }, /^type: /],
      [{ ...command(), status: 'dormant' }, /^status: /],
      [{ ...command(), targetActorId: ids.mod }, /^targetActorId: an actor cannot be related to itself$/],
      [{ ...command(), targetActorId: ids.foreign }, /^targetActorId: no actor .* in this workspace$/],
      [{ ...command(), type: 'oversight' }, /^oversightKind: is required/],
      [{ ...command(), oversightKind: 'executive' }, /^oversightKind: applies only to oversight relations$/],
    ];
    for (const [body, message] of cases) {
      const res = await api(ctx, 'POST', relationsPath(home), { cookie, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const editor = await newMember(ctx, home, 'editor');
    const created = await api(ctx, 'POST', relationsPath(home), {
      cookie: editor.cookie,
      body: { ...command(), evidence: 'Defence Act 2019, s. 4' },
    });
    expect(created.status).toBe(201);
    expect(created.body.relation).toMatchObject({
      type: 'command',
      status: 'active',
      oversightKind: null,
      evidence: 'Defence Act 2019, s. 4',
      source: { id: ids.mod, name: 'Ministry of Defence', acronym: 'MoD', group: 'management_oversight' },
      target: { id: ids.forces, name: 'Armed Forces' },
    });
    expect((await api(ctx, 'POST', relationsPath(home), { cookie, body: command() })).status).toBe(409);
  });

  it('GET list: 401, 403 for another workspace, filters by type, category and actor', async () => {
    await createRelation(ctx, home, {
      sourceActorId: ids.audit,
      targetActorId: ids.forces,
      type: 'oversight',
      oversightKind: 'independent',
    });
    await createRelation(ctx, home, { sourceActorId: ids.donor, targetActorId: ids.mod, type: 'funding' });
    expect((await api(ctx, 'GET', relationsPath(home))).status).toBe(401);
    expect((await api(ctx, 'GET', relationsPath(home), { cookie: other.owner.cookie })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    const list = async (query: string) => {
      const res = await api(ctx, 'GET', `${relationsPath(home)}${query}`, { cookie: viewer.cookie });
      expect(res.status).toBe(200);
      return res.body.relations.map((r: { type: string }) => r.type);
    };
    expect(await list('')).toEqual(['command', 'oversight', 'funding']);
    expect(await list('?type=funding')).toEqual(['funding']);
    expect(await list('?category=armed_forces')).toEqual(['command', 'oversight']);
    expect(await list(`?actorId=${ids.donor}`)).toEqual(['funding']);
    expect(await list('?category=donor&type=command')).toEqual([]);
    expect(
      (await api(ctx, 'GET', `${relationsPath(home)}?type=owns`, { cookie: viewer.cookie })).status,
    ).toBe(400);
  });

  it('PATCH: 401, 403, 404 from another workspace, 400 for an inconsistent kind, success audited', async () => {
    const relation = await createRelation(ctx, home, {
      sourceActorId: ids.audit,
      targetActorId: ids.mod,
      type: 'oversight',
      oversightKind: 'independent',
    });
    const path = `${relationsPath(home)}/${relation.id}`;
    expect((await api(ctx, 'PATCH', path, { body: { status: 'weak' } })).status).toBe(401);
    expect(
      (await api(ctx, 'PATCH', path, { cookie: other.owner.cookie, body: { status: 'weak' } })).status,
    ).toBe(403);
    const foreign = await api(ctx, 'PATCH', `${relationsPath(other)}/${relation.id}`, {
      cookie: other.owner.cookie,
      body: { status: 'weak' },
    });
    expect(foreign.status).toBe(404);
    const viewer = await newMember(ctx, home, 'viewer');
    expect((await api(ctx, 'PATCH', path, { cookie: viewer.cookie, body: { status: 'weak' } })).status).toBe(
      403,
    );
    const cookie = home.owner.cookie;
    const kindless = await api(ctx, 'PATCH', path, { cookie, body: { oversightKind: null } });
    expect(kindless.status).toBe(400);
    expect(kindless.body.error.message).toMatch(/^oversightKind: is required/);

    const weak = await api(ctx, 'PATCH', path, {
      cookie,
      body: { status: 'weak', evidence: 'Audit report 2024' },
    });
    expect(weak.status).toBe(200);
    expect(weak.body.relation).toMatchObject({ status: 'weak', evidence: 'Audit report 2024' });
    // becoming a reporting line drops the oversight kind
    const retyped = await api(ctx, 'PATCH', path, { cookie, body: { type: 'reporting' } });
    expect(retyped.body.relation).toMatchObject({ type: 'reporting', oversightKind: null });
    const [entry] = await auditActions(ctx, home, 'actor_relation');
    expect(entry).toMatchObject({
      action: 'actor_relation.update',
      entityId: relation.id,
      changes: {
        type: { before: 'oversight', after: 'reporting' },
        oversightKind: { before: 'independent', after: null },
      },
    });
  });

  it('DELETE: 401, 403, 404 from another workspace, success audited', async () => {
    const relation = await createRelation(ctx, home, {
      sourceActorId: ids.donor,
      targetActorId: ids.forces,
      type: 'funding',
    });
    const path = `${relationsPath(home)}/${relation.id}`;
    expect((await api(ctx, 'DELETE', path)).status).toBe(401);
    expect((await api(ctx, 'DELETE', path, { cookie: other.owner.cookie })).status).toBe(403);
    expect(
      (await api(ctx, 'DELETE', `${relationsPath(other)}/${relation.id}`, { cookie: other.owner.cookie }))
        .status,
    ).toBe(404);
    const donor = await newMember(ctx, home, 'donor');
    expect((await api(ctx, 'DELETE', path, { cookie: donor.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', path, { cookie: home.owner.cookie })).status).toBe(204);
    expect((await api(ctx, 'DELETE', path, { cookie: home.owner.cookie })).status).toBe(404);
    expect((await auditActions(ctx, home, 'actor_relation'))[0]).toMatchObject({
      action: 'actor_relation.delete',
      entityId: relation.id,
      changes: { type: { before: 'funding', after: null } },
    });
  });
});
