import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFramework } from '../../../core/frameworks/index.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import { needs, users } from '../../db/schema/index.ts';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
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
let editor: TestUser;
let donor: TestUser;
let homeActorId: string;
let otherActorId: string;
let otherNeedId: string;

const needsPath = (workspace = home) => `/api/workspaces/${workspace.slug}/needs`;
const need = { title: 'Vetting of police recruits', severity: 4, importance: 3 };

async function addActor(workspace: TestWorkspace, name: string) {
  const res = await api(ctx, 'POST', `/api/workspaces/${workspace.slug}/actors`, {
    cookie: workspace.owner.cookie,
    body: { name, category: 'police' },
  });
  expect(res.status).toBe(201);
  return res.body.actor.id as string;
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  donor = await newMember(ctx, home, 'donor');
  homeActorId = await addActor(home, 'Home Police');
  otherActorId = await addActor(other, 'Other Police');
  const foreign = await api(ctx, 'POST', needsPath(other), { cookie: other.owner.cookie, body: need });
  otherNeedId = foreign.body.need.id;
});
afterAll(() => ctx.close());

describe('needs by hand', () => {
  it('POST: 401, 403 for another workspace and for an editor, 400 naming the field', async () => {
    expect((await api(ctx, 'POST', needsPath(), { body: need })).status).toBe(401);
    expect((await api(ctx, 'POST', needsPath(), { cookie: other.owner.cookie, body: need })).status).toBe(
      403,
    );
    expect((await api(ctx, 'POST', needsPath(), { cookie: editor.cookie, body: need })).status).toBe(403);
    const tooSevere = await api(ctx, 'POST', needsPath(), {
      cookie: donor.cookie,
      body: { ...need, severity: 6 },
    });
    expect(tooSevere.status).toBe(400);
    expect(tooSevere.body.error.message).toMatch(/^severity: /);
    const foreignActor = await api(ctx, 'POST', needsPath(), {
      cookie: donor.cookie,
      body: { ...need, actorId: otherActorId },
    });
    expect(foreignActor.status).toBe(400);
    expect(foreignActor.body.error.message).toMatch(/^actorId: no actor/);
  });

  it('creates, lists by priority with filters, edits, deletes, and audits each write', async () => {
    const create = (body: object) => api(ctx, 'POST', needsPath(), { cookie: donor.cookie, body });
    const low = await create({ title: 'Archive the old registers', severity: 1, importance: 2 });
    expect(low.status).toBe(201);
    const high = await create({ ...need, actorId: homeActorId, description: 'Many recruits are unvetted.' });
    expect(high.body.need).toMatchObject({
      ...need,
      priority: 12,
      status: 'open',
      actorId: homeActorId,
      assessmentId: null,
      itemId: null,
    });
    const id = high.body.need.id;

    const viewer = await newMember(ctx, home, 'viewer');
    const listed = await api(ctx, 'GET', needsPath(), { cookie: viewer.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.needs.map((n: { title: string }) => n.title)).toEqual([
      need.title,
      'Archive the old registers',
    ]);
    const byActor = await api(ctx, 'GET', `${needsPath()}?actorId=${homeActorId}`, { cookie: viewer.cookie });
    expect(byActor.body.needs.map((n: { id: string }) => n.id)).toEqual([id]);
    expect((await api(ctx, 'GET', needsPath())).status).toBe(401);
    expect((await api(ctx, 'GET', needsPath(), { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'GET', `${needsPath()}?status=closed`, { cookie: viewer.cookie })).status).toBe(
      400,
    );

    const patch = (path: string, body: object, cookie?: string) => api(ctx, 'PATCH', path, { cookie, body });
    expect((await patch(`${needsPath()}/${id}`, { status: 'addressed' })).status).toBe(401);
    expect((await patch(`${needsPath()}/${id}`, { status: 'addressed' }, other.owner.cookie)).status).toBe(
      403,
    );
    expect((await patch(`${needsPath()}/${id}`, { status: 'addressed' }, editor.cookie)).status).toBe(403);
    const badStatus = await patch(`${needsPath()}/${id}`, { status: 'done' }, donor.cookie);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.message).toMatch(/^status: /);
    expect(
      (await patch(`${needsPath(other)}/${id}`, { status: 'addressed' }, other.owner.cookie)).status,
    ).toBe(404);
    expect((await patch(`${needsPath()}/${otherNeedId}`, { status: 'addressed' }, donor.cookie)).status).toBe(
      404,
    );
    const edited = await patch(
      `${needsPath()}/${id}`,
      { status: 'addressed', importance: 5, actorId: null },
      donor.cookie,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.need).toMatchObject({
      status: 'addressed',
      importance: 5,
      priority: 20,
      actorId: null,
    });
    const open = await api(ctx, 'GET', `${needsPath()}?status=open`, { cookie: viewer.cookie });
    expect(open.body.needs.map((n: { title: string }) => n.title)).toEqual(['Archive the old registers']);

    expect((await api(ctx, 'DELETE', `${needsPath()}/${id}`)).status).toBe(401);
    expect((await api(ctx, 'DELETE', `${needsPath()}/${id}`, { cookie: other.owner.cookie })).status).toBe(
      403,
    );
    expect((await api(ctx, 'DELETE', `${needsPath()}/${id}`, { cookie: editor.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', `${needsPath()}/${otherNeedId}`, { cookie: donor.cookie })).status).toBe(
      404,
    );
    expect((await api(ctx, 'DELETE', `${needsPath()}/${id}`, { cookie: donor.cookie })).status).toBe(204);

    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=need&limit=10`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'need.delete',
      'need.update',
      'need.create',
      'need.create',
    ]);
  });
});

describe('needs drawn from an assessment', () => {
  const generatePath = (assessmentId: string, workspace = home) =>
    `/api/workspaces/${workspace.slug}/assessments/${assessmentId}/needs`;

  it('401, 403, 404 for another workspace’s assessment, 409 naming the status of a draft', async () => {
    const validated = await scoredAssessment(ctx, home);
    const draft = await scoredAssessment(ctx, home, { status: 'draft' });
    const foreign = await scoredAssessment(ctx, other);
    expect((await api(ctx, 'POST', generatePath(validated.id))).status).toBe(401);
    expect((await api(ctx, 'POST', generatePath(validated.id), { cookie: other.owner.cookie })).status).toBe(
      403,
    );
    expect((await api(ctx, 'POST', generatePath(validated.id), { cookie: editor.cookie })).status).toBe(403);
    expect((await api(ctx, 'POST', generatePath(foreign.id), { cookie: donor.cookie })).status).toBe(404);
    const early = await api(ctx, 'POST', generatePath(draft.id), { cookie: donor.cookie });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/this one is draft$/);
  });

  it('creates one need per item below target, by priority, and creates nothing the second time', async () => {
    // First three items scored 1, 3 and 4 on the 0–4 scale; every item weighs the same.
    const assessment = await scoredAssessment(ctx, home, { scores: [1, 3, 4], status: 'published' });
    const first = await api(ctx, 'POST', generatePath(assessment.id), { cookie: donor.cookie });
    expect(first.status).toBe(200);
    expect(first.body.created).toBe(2);
    expect(first.body.alreadyExisted).toBe(0);
    expect(first.body.needs).toEqual([
      expect.objectContaining({
        itemId: assessment.itemIds[0],
        title: expect.stringMatching(/^C1\.1 Are security personnel recruited/),
        description: 'Assessed at 1 against a target of 4.',
        severity: 4,
        importance: 5,
        priority: 20,
        status: 'open',
        assessmentId: assessment.id,
      }),
      expect.objectContaining({ itemId: assessment.itemIds[1], severity: 2, importance: 5, priority: 10 }),
    ]);

    const dropped = first.body.needs[1].id;
    await api(ctx, 'PATCH', `${needsPath()}/${dropped}`, {
      cookie: donor.cookie,
      body: { status: 'dropped' },
    });
    const again = await api(ctx, 'POST', generatePath(assessment.id), { cookie: home.owner.cookie });
    expect(again.body.created).toBe(0);
    expect(again.body.alreadyExisted).toBe(2);
    expect(again.body.needs.map((n: { id: string }) => n.id)).toEqual(
      first.body.needs.map((n: { id: string }) => n.id),
    );
    const listed = await api(ctx, 'GET', `${needsPath()}?assessmentId=${assessment.id}`, {
      cookie: editor.cookie,
    });
    expect(listed.body.needs).toHaveLength(2);

    // A deleted need comes back; the one still there is counted as existing.
    expect(
      (await api(ctx, 'DELETE', `${needsPath()}/${first.body.needs[0].id}`, { cookie: donor.cookie })).status,
    ).toBe(204);
    const refilled = await api(ctx, 'POST', generatePath(assessment.id), { cookie: donor.cookie });
    expect(refilled.body).toMatchObject({ created: 1, alreadyExisted: 1 });
    expect(refilled.body.needs).toHaveLength(2);

    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?action=need.generate`, {
      cookie: home.owner.cookie,
    });
    // The call that created nothing left no entry; the first and the refill did.
    expect(audit.body.entries.filter((e: { entityId: string }) => e.entityId === assessment.id)).toHaveLength(
      2,
    );
  });

  it("writes generated needs in each reader's language, keeping English and the key in the database", async () => {
    const assessment = await scoredAssessment(ctx, home, { scores: [1], status: 'validated' });
    const itemId = assessment.itemIds[0];
    const framework = findFramework('ssg-ten-criteria');
    if (!framework) throw new Error('the ten criteria are built in');
    const text = listItems(framework).find(({ item }) => item.id === itemId)?.item.text;
    if (!text) throw new Error('the first item of the ten criteria');

    const french = await api(ctx, 'POST', generatePath(assessment.id), {
      cookie: donor.cookie,
      headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    });
    expect(french.status).toBe(200);
    const [generated] = french.body.needs;
    expect(generated).toMatchObject({
      title: `C1.1 ${text.fr ?? text.en}`,
      description: 'Évalué à 1 pour une cible de 4.',
      generated: { key: 'gap', frameworkId: 'ssg-ten-criteria', itemId, code: 'C1.1', current: 1, target: 4 },
    });

    // A reader whose profile says Arabic reads Arabic, whatever the browser asks for.
    const reader = await newMember(ctx, home, 'viewer');
    await ctx.db.update(users).set({ language: 'ar' }).where(eq(users.id, reader.id));
    const arabic = await api(ctx, 'GET', `${needsPath()}?assessmentId=${assessment.id}`, {
      cookie: reader.cookie,
      headers: { 'accept-language': 'fr' },
    });
    expect(arabic.body.needs[0]).toMatchObject({
      title: `C1.1 ${text.ar ?? text.en}`,
      description: 'قُيِّم بدرجة 1 مقابل درجة مستهدفة قدرها 4.',
    });

    const [stored] = await ctx.db.select().from(needs).where(eq(needs.id, generated.id));
    expect(stored.title).toBe(`C1.1 ${text.en}`);
    expect(stored.description).toBe('Assessed at 1 against a target of 4.');
    expect(stored.generated).toEqual(generated.generated);
  });

  it('turns a generated need into typed content once its title is edited', async () => {
    const assessment = await scoredAssessment(ctx, home, { scores: [2], status: 'validated' });
    const french = { 'accept-language': 'fr' };
    const created = await api(ctx, 'POST', generatePath(assessment.id), {
      cookie: donor.cookie,
      headers: french,
    });
    const id = created.body.needs[0].id;
    const status = await api(ctx, 'PATCH', `${needsPath()}/${id}`, {
      cookie: donor.cookie,
      headers: french,
      body: { status: 'addressed' },
    });
    expect(status.body.need.generated).not.toBeNull();

    const edited = await api(ctx, 'PATCH', `${needsPath()}/${id}`, {
      cookie: donor.cookie,
      headers: french,
      body: { title: 'Recrutement au mérite dans la police' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.need).toMatchObject({
      title: 'Recrutement au mérite dans la police',
      description: 'Évalué à 2 pour une cible de 4.',
      generated: null,
    });
    // Typed content reads the same in every language.
    const english = await api(ctx, 'GET', `${needsPath()}?assessmentId=${assessment.id}`, {
      cookie: home.owner.cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.needs[0]).toMatchObject({
      title: 'Recrutement au mérite dans la police',
      description: 'Évalué à 2 pour une cible de 4.',
    });
  });
});
