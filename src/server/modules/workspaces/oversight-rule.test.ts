import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { createActor, createRelation } from '../sector-map/sector-map-fixtures.ts';

/**
 * The oversight rule is a workspace setting: owners and admins choose the kinds an armed actor
 * must be under, and the gap analysis follows it.
 */
let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

const DEFAULT_RULE = ['parliamentary', 'judicial', 'independent'];
const settingsPath = () => `/api/workspaces/${home.slug}`;
const gapsPath = () => `/api/workspaces/${home.slug}/sector-map/oversight-gaps`;

/** The police are under all three default kinds; civil society watches them only weakly. */
beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  const id = async (body: Record<string, unknown>) => (await createActor(ctx, home, body)).id;
  const police = await id({ name: 'National Police', category: 'police' });
  const oversee = async (body: Record<string, unknown>, oversightKind: string, status = 'active') =>
    createRelation(ctx, home, {
      sourceActorId: await id(body),
      targetActorId: police,
      type: 'oversight',
      oversightKind,
      status,
    });
  await oversee({ name: 'Security Committee', category: 'parliamentary_committee' }, 'parliamentary');
  await oversee({ name: 'High Court', category: 'court' }, 'judicial');
  await oversee({ name: 'Ombudsman', category: 'ombuds' }, 'independent');
  await oversee({ name: 'Police Watch', category: 'ngo' }, 'civil_society', 'weak');
});
afterAll(() => ctx.close());

async function policeCoverage(cookie: string) {
  const res = await api(ctx, 'GET', gapsPath(), { cookie });
  expect(res.status).toBe(200);
  const [police] = res.body.coverage;
  return { requiredKinds: res.body.requiredKinds, gapCount: res.body.gapCount, police };
}

describe('the workspace oversight rule', () => {
  it('starts as parliamentary, judicial and independent, in the workspace and in the gaps', async () => {
    const workspace = await api(ctx, 'GET', settingsPath(), { cookie: home.owner.cookie });
    expect(workspace.body.workspace.requiredOversightKinds).toEqual(DEFAULT_RULE);
    const gaps = await policeCoverage(home.owner.cookie);
    expect(gaps).toMatchObject({ requiredKinds: DEFAULT_RULE, gapCount: 0 });
    expect(gaps.police).toMatchObject({ missing: [], weak: [] });
  });

  it('401 without a session, 403 from another workspace, 403 for a role below admin', async () => {
    const body = { requiredOversightKinds: ['judicial'] };
    expect((await api(ctx, 'PATCH', settingsPath(), { body })).status).toBe(401);
    expect((await api(ctx, 'PATCH', settingsPath(), { cookie: other.owner.cookie, body })).status).toBe(403);
    for (const role of ['editor', 'oversight', 'viewer'] as const) {
      const member = await newMember(ctx, home, role);
      const denied = await api(ctx, 'PATCH', settingsPath(), { cookie: member.cookie, body });
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toMatch(/workspace:update/);
    }
    const workspace = await api(ctx, 'GET', settingsPath(), { cookie: home.owner.cookie });
    expect(workspace.body.workspace.requiredOversightKinds).toEqual(DEFAULT_RULE);
  });

  it.each([
    ['empty', [], /at least one/],
    ['unknown kind', ['judicial', 'military'], /^requiredOversightKinds\.1: .*civil_society/],
    ['repeated kind', ['judicial', 'judicial'], /listed twice/],
    ['not a list', 'judicial', /./],
  ])('400 naming the field for a rule that is %s', async (_case, requiredOversightKinds, message) => {
    const res = await api(ctx, 'PATCH', settingsPath(), {
      cookie: home.owner.cookie,
      body: { requiredOversightKinds },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toMatch(/^requiredOversightKinds(\.\d+)?: /);
    expect(res.body.error.message).toMatch(message);
  });

  it('an admin widens the rule: audited, and the gaps follow it', async () => {
    const admin = await newMember(ctx, home, 'admin');
    const wider = ['civil_society', 'executive', 'parliamentary', 'judicial', 'independent'];
    const res = await api(ctx, 'PATCH', settingsPath(), {
      cookie: admin.cookie,
      body: { requiredOversightKinds: wider },
    });
    expect(res.status).toBe(200);
    const canonical = ['parliamentary', 'judicial', 'executive', 'independent', 'civil_society'];
    expect(res.body.workspace.requiredOversightKinds).toEqual(canonical);

    const gaps = await policeCoverage(admin.cookie);
    expect(gaps).toMatchObject({ requiredKinds: canonical, gapCount: 1 });
    expect(gaps.police).toMatchObject({ missing: ['executive'], weak: ['civil_society'] });

    const audit = await api(ctx, 'GET', `${settingsPath()}/audit?action=workspace.update`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries[0].changes).toEqual({
      requiredOversightKinds: { before: DEFAULT_RULE, after: canonical },
    });
  });

  it('an owner narrows the rule, and a kind it no longer names is no longer a gap', async () => {
    const res = await api(ctx, 'PATCH', settingsPath(), {
      cookie: home.owner.cookie,
      body: { requiredOversightKinds: ['judicial'] },
    });
    expect(res.status).toBe(200);
    const gaps = await policeCoverage(home.owner.cookie);
    expect(gaps).toMatchObject({ requiredKinds: ['judicial'], gapCount: 0 });
    expect(gaps.police).toMatchObject({ missing: [], weak: [] });
    const otherGaps = await api(ctx, 'GET', `/api/workspaces/${other.slug}/sector-map/oversight-gaps`, {
      cookie: other.owner.cookie,
    });
    expect(otherGaps.body.requiredKinds).toEqual(DEFAULT_RULE);
  });

  it('the actor profile and the graph use the same rule', async () => {
    await api(ctx, 'PATCH', settingsPath(), {
      cookie: home.owner.cookie,
      body: { requiredOversightKinds: ['executive'] },
    });
    const graph = await api(ctx, 'GET', `/api/workspaces/${home.slug}/sector-map/graph`, {
      cookie: home.owner.cookie,
    });
    const police = graph.body.nodes.find((node: { name: string }) => node.name === 'National Police');
    expect(police.missingOversight).toEqual(['executive']);
    const profile = await api(ctx, 'GET', `/api/workspaces/${home.slug}/actors/${police.id}`, {
      cookie: home.owner.cookie,
    });
    expect(profile.body.oversight.missing).toEqual(['executive']);
  });
});
