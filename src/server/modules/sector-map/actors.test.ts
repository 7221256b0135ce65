import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { actorsPath, auditActions, createActor, createRelation } from './sector-map-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const police = {
  name: 'Kasora National Police',
  acronym: 'KNP',
  category: 'police',
  headcountTotal: 14200,
  headcountWomen: 1900,
  nameTranslations: { fr: 'Police nationale du Kasora' },
};

describe('actors', () => {
  it('POST: 401, 403 for another workspace, 403 for a donor and a viewer, 400 for bad input', async () => {
    expect((await api(ctx, 'POST', actorsPath(home), { body: police })).status).toBe(401);
    const outsider = await api(ctx, 'POST', actorsPath(home), { cookie: other.owner.cookie, body: police });
    expect(outsider.status).toBe(403);
    for (const role of ['donor', 'viewer', 'oversight'] as const) {
      const member = await newMember(ctx, home, role);
      expect((await api(ctx, 'POST', actorsPath(home), { cookie: member.cookie, body: police })).status).toBe(
        403,
      );
    }
    const cookie = home.owner.cookie;
    const badCategory = await api(ctx, 'POST', actorsPath(home), {
      cookie,
      body: { ...police, category: 'army' },
    });
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.error.message).toMatch(/^category: /);
    const blankName = await api(ctx, 'POST', actorsPath(home), { cookie, body: { ...police, name: ' ' } });
    expect(blankName.body.error.message).toBe('name: is required');
    const women = await api(ctx, 'POST', actorsPath(home), {
      cookie,
      body: { ...police, headcountTotal: 10, headcountWomen: 11 },
    });
    expect(women.status).toBe(400);
    expect(women.body.error.message).toBe('headcountWomen: cannot exceed the total headcount (10)');
    const strange = await api(ctx, 'POST', actorsPath(home), { cookie, body: { ...police, budget: 3 } });
    expect(strange.status).toBe(400);
  });

  it('an editor adds an actor, statutory follows the category, names and acronyms stay unique', async () => {
    const editor = await newMember(ctx, home, 'editor');
    const created = await api(ctx, 'POST', actorsPath(home), { cookie: editor.cookie, body: police });
    expect(created.status).toBe(201);
    expect(created.body.actor).toMatchObject({
      ...police,
      group: 'force_bearing',
      statutory: true,
      level: 'national',
      parentId: null,
    });
    const militia = await createActor(ctx, home, { name: 'Eastern Hills Militia', category: 'militia' });
    expect(militia).toMatchObject({ statutory: false });
    const sameName = await api(ctx, 'POST', actorsPath(home), {
      cookie: editor.cookie,
      body: { name: 'kasora national police', category: 'police' },
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.message).toMatch(/^name: /);
    const sameAcronym = await api(ctx, 'POST', actorsPath(home), {
      cookie: editor.cookie,
      body: { name: 'Other', acronym: 'knp', category: 'police' },
    });
    expect(sameAcronym.status).toBe(409);
    // the same name in another workspace is fine
    await createActor(ctx, other, police);
  });

  it('GET list: 401, 403 for another workspace, every member reads, filters by category and group', async () => {
    await createActor(ctx, home, { name: 'Ministry of Interior', acronym: 'MoI', category: 'ministry' });
    expect((await api(ctx, 'GET', actorsPath(home))).status).toBe(401);
    expect((await api(ctx, 'GET', actorsPath(home), { cookie: other.owner.cookie })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    const all = await api(ctx, 'GET', actorsPath(home), { cookie: viewer.cookie });
    expect(all.status).toBe(200);
    expect(all.body.actors.map((a: { name: string }) => a.name)).toEqual([
      'Eastern Hills Militia',
      'Kasora National Police',
      'Ministry of Interior',
    ]);
    const ministries = await api(ctx, 'GET', `${actorsPath(home)}?category=ministry`, {
      cookie: viewer.cookie,
    });
    expect(ministries.body.actors.map((a: { name: string }) => a.name)).toEqual(['Ministry of Interior']);
    const armed = await api(ctx, 'GET', `${actorsPath(home)}?group=non_statutory`, { cookie: viewer.cookie });
    expect(armed.body.actors.map((a: { name: string }) => a.name)).toEqual(['Eastern Hills Militia']);
    const bad = await api(ctx, 'GET', `${actorsPath(home)}?group=army`, { cookie: viewer.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^group: /);
  });

  it('PATCH: 401, 403, 404 from another workspace, 400 for loops, success audited with the changed fields', async () => {
    const forces = await createActor(ctx, home, { name: 'Armed Forces', category: 'armed_forces' });
    const army = await createActor(ctx, home, {
      name: 'Army',
      category: 'armed_forces',
      parentId: forces.id,
    });
    const path = `${actorsPath(home)}/${army.id}`;
    expect((await api(ctx, 'PATCH', path, { body: { region: 'North' } })).status).toBe(401);
    expect(
      (await api(ctx, 'PATCH', path, { cookie: other.owner.cookie, body: { region: 'x' } })).status,
    ).toBe(403);
    const foreign = await api(ctx, 'PATCH', `${actorsPath(other)}/${army.id}`, {
      cookie: other.owner.cookie,
      body: { region: 'x' },
    });
    expect(foreign.status).toBe(404);
    const donor = await newMember(ctx, home, 'donor');
    expect((await api(ctx, 'PATCH', path, { cookie: donor.cookie, body: { region: 'x' } })).status).toBe(403);
    const cookie = home.owner.cookie;
    const loop = await api(ctx, 'PATCH', `${actorsPath(home)}/${forces.id}`, {
      cookie,
      body: { parentId: army.id },
    });
    expect(loop.status).toBe(400);
    expect(loop.body.error.message).toMatch(/^parentId: /);
    const self = await api(ctx, 'PATCH', path, { cookie, body: { parentId: army.id } });
    expect(self.body.error.message).toBe('parentId: an actor cannot be its own parent');
    const otherParent = await createActor(ctx, other, { name: 'Their forces', category: 'armed_forces' });
    const crossWorkspace = await api(ctx, 'PATCH', path, { cookie, body: { parentId: otherParent.id } });
    expect(crossWorkspace.status).toBe(400);
    const badLevel = await api(ctx, 'PATCH', path, { cookie, body: { level: 'federal' } });
    expect(badLevel.status).toBe(400);

    const ok = await api(ctx, 'PATCH', path, {
      cookie,
      body: { level: 'subnational', region: 'North', headcountTotal: 8000, acronym: '' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.actor).toMatchObject({
      level: 'subnational',
      region: 'North',
      headcountTotal: 8000,
      acronym: null,
    });
    const [entry] = await auditActions(ctx, home, 'actor');
    expect(entry).toMatchObject({
      action: 'actor.update',
      entityId: army.id,
      changes: {
        level: { before: 'national', after: 'subnational' },
        region: { before: null, after: 'North' },
        headcountTotal: { before: null, after: 8000 },
      },
    });
  });

  it('GET one: the profile with parent, sub-units, relations both ways and oversight gaps', async () => {
    const forces = await createActor(ctx, home, { name: 'Defence Forces', category: 'armed_forces' });
    const navy = await createActor(ctx, home, {
      name: 'Navy',
      category: 'armed_forces',
      parentId: forces.id,
    });
    const mod = await createActor(ctx, home, { name: 'Ministry of Defence', category: 'ministry' });
    const committee = await createActor(ctx, home, {
      name: 'Defence Committee',
      category: 'parliamentary_committee',
    });
    await createRelation(ctx, home, { sourceActorId: mod.id, targetActorId: forces.id, type: 'command' });
    await createRelation(ctx, home, {
      sourceActorId: committee.id,
      targetActorId: forces.id,
      type: 'oversight',
      oversightKind: 'parliamentary',
      status: 'weak',
    });
    await createRelation(ctx, home, { sourceActorId: forces.id, targetActorId: mod.id, type: 'reporting' });
    const path = `${actorsPath(home)}/${forces.id}`;
    expect((await api(ctx, 'GET', path)).status).toBe(401);
    expect((await api(ctx, 'GET', path, { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'GET', `${actorsPath(home)}/nope`, { cookie: home.owner.cookie })).status).toBe(
      404,
    );
    const viewer = await newMember(ctx, home, 'viewer');
    const profile = await api(ctx, 'GET', path, { cookie: viewer.cookie });
    expect(profile.status).toBe(200);
    expect(profile.body.actor.name).toBe('Defence Forces');
    expect(profile.body.children.map((c: { name: string }) => c.name)).toEqual(['Navy']);
    expect(profile.body.incoming).toEqual([
      expect.objectContaining({
        type: 'command',
        other: expect.objectContaining({ name: 'Ministry of Defence' }),
      }),
      expect.objectContaining({ type: 'oversight', oversightKind: 'parliamentary', status: 'weak' }),
    ]);
    expect(profile.body.outgoing).toEqual([
      expect.objectContaining({ type: 'reporting', other: expect.objectContaining({ id: mod.id }) }),
    ]);
    expect(profile.body.oversight).toMatchObject({
      missing: ['judicial', 'independent'],
      weak: ['parliamentary'],
    });
    const navyProfile = await api(ctx, 'GET', `${actorsPath(home)}/${navy.id}`, { cookie: viewer.cookie });
    expect(navyProfile.body.parent).toMatchObject({ id: forces.id, name: 'Defence Forces' });
    expect(navyProfile.body.oversight.overseers[0]).toMatchObject({
      kind: 'parliamentary',
      overseer: { name: 'Defence Committee' },
      via: { name: 'Defence Forces' },
    });
    const ministry = await api(ctx, 'GET', `${actorsPath(home)}/${mod.id}`, { cookie: viewer.cookie });
    expect(ministry.body.oversight).toBeNull();
  });

  it('DELETE: 401, 403, 409 naming relations and sub-units, cascade removes relations and detaches sub-units', async () => {
    const gendarmerie = await createActor(ctx, home, { name: 'Gendarmerie', category: 'gendarmerie' });
    const brigade = await createActor(ctx, home, {
      name: 'Northern Brigade',
      category: 'gendarmerie',
      parentId: gendarmerie.id,
    });
    const court = await createActor(ctx, home, { name: 'Supreme Court', category: 'court' });
    const relation = await createRelation(ctx, home, {
      sourceActorId: court.id,
      targetActorId: gendarmerie.id,
      type: 'oversight',
      oversightKind: 'judicial',
    });
    const path = `${actorsPath(home)}/${gendarmerie.id}`;
    expect((await api(ctx, 'DELETE', path)).status).toBe(401);
    expect((await api(ctx, 'DELETE', path, { cookie: other.owner.cookie })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    expect((await api(ctx, 'DELETE', path, { cookie: viewer.cookie })).status).toBe(403);
    const bad = await api(ctx, 'DELETE', `${path}?cascade=maybe`, { cookie: home.owner.cookie });
    expect(bad.status).toBe(400);
    const refused = await api(ctx, 'DELETE', path, { cookie: home.owner.cookie });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Supreme Court');
    expect(refused.body.error.message).toContain('Northern Brigade');
    expect(refused.body.error.details).toMatchObject({
      relations: [{ id: relation.id }],
      children: [{ id: brigade.id }],
    });

    const done = await api(ctx, 'DELETE', `${path}?cascade=true`, { cookie: home.owner.cookie });
    expect(done.status).toBe(204);
    expect((await api(ctx, 'GET', path, { cookie: home.owner.cookie })).status).toBe(404);
    const orphan = await api(ctx, 'GET', `${actorsPath(home)}/${brigade.id}`, { cookie: home.owner.cookie });
    expect(orphan.body.actor.parentId).toBeNull();
    const actions = (await auditActions(ctx, home, 'actor')).slice(0, 2).map((e) => e.action);
    expect(actions).toEqual(['actor.delete', 'actor.update']);
    expect((await auditActions(ctx, home, 'actor_relation'))[0]).toMatchObject({
      action: 'actor_relation.delete',
      entityId: relation.id,
    });
    const lonely = await createActor(ctx, home, { name: 'Customs', category: 'customs' });
    expect(
      (await api(ctx, 'DELETE', `${actorsPath(home)}/${lonely.id}`, { cookie: home.owner.cookie })).status,
    ).toBe(204);
  });
});
