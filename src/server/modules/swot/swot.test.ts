import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let homeActorId: string;
let otherActorId: string;

const swotPath = (actorId: string, workspace = home) =>
  `/api/workspaces/${workspace.slug}/actors/${actorId}/swot`;
const entry = { kind: 'weakness', text: 'No internal audit unit' };

async function addActor(workspace: TestWorkspace, name: string) {
  const res = await api(ctx, 'POST', `/api/workspaces/${workspace.slug}/actors`, {
    cookie: workspace.owner.cookie,
    body: { name, category: 'intelligence' },
  });
  return res.body.actor.id as string;
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  homeActorId = await addActor(home, 'Home Intelligence Service');
  otherActorId = await addActor(other, 'Other Intelligence Service');
});
afterAll(() => ctx.close());

describe('SWOT of an actor', () => {
  it('POST: 401, 403 for another workspace and for a viewer, 400 naming the field, 404 for a foreign actor', async () => {
    const path = swotPath(homeActorId);
    expect((await api(ctx, 'POST', path, { body: entry })).status).toBe(401);
    expect((await api(ctx, 'POST', path, { cookie: other.owner.cookie, body: entry })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    const refused = await api(ctx, 'POST', path, { cookie: viewer.cookie, body: entry });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/assessment:manage or sector-map:write/);
    const badKind = await api(ctx, 'POST', path, {
      cookie: home.owner.cookie,
      body: { ...entry, kind: 'risk' },
    });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toMatch(/^kind: /);
    const foreignAssessment = await scoredAssessment(ctx, other, { status: 'draft' });
    const badLink = await api(ctx, 'POST', path, {
      cookie: home.owner.cookie,
      body: { ...entry, assessmentId: foreignAssessment.id },
    });
    expect(badLink.status).toBe(400);
    expect(badLink.body.error.message).toMatch(/^assessmentId: no assessment/);
    const foreign = await api(ctx, 'POST', swotPath(otherActorId), {
      cookie: home.owner.cookie,
      body: entry,
    });
    expect(foreign.status).toBe(404);
  });

  it('an editor and an assessor write, everyone reads it by quadrant, a writer deletes', async () => {
    const editor = await newMember(ctx, home, 'editor');
    const assessor = await newMember(ctx, home, 'assessor');
    const assessment = await scoredAssessment(ctx, home, { status: 'draft' });
    const add = (cookie: string, body: object) => api(ctx, 'POST', swotPath(homeActorId), { cookie, body });
    const weakness = await add(editor.cookie, entry);
    expect(weakness.status).toBe(201);
    expect(weakness.body.entry).toMatchObject({ ...entry, assessmentId: null });
    const strength = await add(assessor.cookie, {
      kind: 'strength',
      text: 'Trained analysts',
      assessmentId: assessment.id,
    });
    expect(strength.status).toBe(201);
    await add(assessor.cookie, { kind: 'threat', text: 'Political capture ahead of elections' });

    const oversight = await newMember(ctx, home, 'oversight');
    const swot = await api(ctx, 'GET', swotPath(homeActorId), { cookie: oversight.cookie });
    expect(swot.status).toBe(200);
    expect(swot.body).toMatchObject({
      strengths: [{ text: 'Trained analysts', assessmentId: assessment.id }],
      weaknesses: [{ text: entry.text }],
      opportunities: [],
      threats: [{ text: 'Political capture ahead of elections' }],
    });
    expect((await api(ctx, 'GET', swotPath(homeActorId))).status).toBe(401);
    expect((await api(ctx, 'GET', swotPath(homeActorId), { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'GET', swotPath(homeActorId, other), { cookie: other.owner.cookie })).status).toBe(
      404,
    );

    const entryPath = `${swotPath(homeActorId)}/${weakness.body.entry.id}`;
    expect((await api(ctx, 'DELETE', entryPath)).status).toBe(401);
    expect((await api(ctx, 'DELETE', entryPath, { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', entryPath, { cookie: oversight.cookie })).status).toBe(403);
    const throughOther = `${swotPath(homeActorId, other)}/${weakness.body.entry.id}`;
    expect((await api(ctx, 'DELETE', throughOther, { cookie: other.owner.cookie })).status).toBe(404);
    const otherEntry = await api(ctx, 'POST', swotPath(otherActorId, other), {
      cookie: other.owner.cookie,
      body: entry,
    });
    const foreignEntry = `${swotPath(homeActorId)}/${otherEntry.body.entry.id}`;
    expect((await api(ctx, 'DELETE', foreignEntry, { cookie: editor.cookie })).status).toBe(404);
    expect((await api(ctx, 'DELETE', entryPath, { cookie: assessor.cookie })).status).toBe(204);

    const after = await api(ctx, 'GET', swotPath(homeActorId), { cookie: editor.cookie });
    expect(after.body.weaknesses).toEqual([]);
    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=swot_entry`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'swot.delete',
      'swot.create',
      'swot.create',
      'swot.create',
    ]);
  });
});
