import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFramework } from '../core/frameworks/index.ts';
import { listItems } from '../core/frameworks/structure.ts';
import type { Framework } from '../core/frameworks/types.ts';
import { waitForOptimisation } from './modules/plans/optimiser-jobs.ts';
import { scoredAssessment } from './testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from './testing/harness.ts';
import { smallPlan } from './testing/plan-fixtures.ts';

/**
 * Walks every workspace route in the OpenAPI document as a member of another workspace and
 * expects 403 or 404 each time. A new route must add its example body and ids here, or this fails.
 */
let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
const ids: Record<string, string> = {};

const validBodies: Record<string, unknown> = {
  'PATCH /api/workspaces/{slug}': { name: 'Taken over', requiredOversightKinds: ['judicial'] },
  'PATCH /api/workspaces/{slug}/members/{memberId}': { role: 'viewer' },
  'POST /api/workspaces/{slug}/invitations': { email: 'intruder@example.org', role: 'admin' },
  'POST /api/workspaces/{slug}/oversight-notes': { title: 'Intrusion', body: 'Should not land' },
  'PATCH /api/workspaces/{slug}/oversight-notes/{id}': { title: 'Changed' },
  'POST /api/workspaces/{slug}/actors': { name: 'Intruder Militia', category: 'militia' },
  'PATCH /api/workspaces/{slug}/actors/{actorId}': { name: 'Renamed' },
  // import routes take a multipart file; writers are checked before the body is read
  'POST /api/workspaces/{slug}/actors/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/relations/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/relations': { sourceActorId: 'x', targetActorId: 'y', type: 'command' },
  'PATCH /api/workspaces/{slug}/relations/{relationId}': { status: 'suspended' },
  'POST /api/workspaces/{slug}/needs': { title: 'Intrusion', severity: 3, importance: 3 },
  'PATCH /api/workspaces/{slug}/needs/{needId}': { status: 'dropped' },
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/needs': {},
  'POST /api/workspaces/{slug}/actors/{actorId}/swot': { kind: 'threat', text: 'Intrusion' },
  'POST /api/workspaces/{slug}/consultations': {
    heldOn: '2026-01-01',
    place: 'Intrusion',
    format: 'online',
    participants: [],
    topics: ['Intrusion'],
    findings: 'Should not land',
  },
  'PATCH /api/workspaces/{slug}/consultations/{consultationId}': { place: 'Moved' },
  'POST /api/workspaces/{slug}/frameworks': { ...findFramework('ssr-dimensions'), id: 'intruder-framework' },
  'POST /api/workspaces/{slug}/frameworks/import': { file: 'not read' },
  'POST /api/workspaces/{slug}/assessments': {
    title: 'Intrusion',
    frameworkId: 'ssg-ten-criteria',
    scope: 'sector',
    leadSide: 'donor',
    team: [{ userId: 'x', side: 'donor', teamRole: 'lead' }],
  },
  'PATCH /api/workspaces/{slug}/assessments/{assessmentId}': { title: 'Taken over' },
  'PUT /api/workspaces/{slug}/assessments/{assessmentId}/answers/{itemId}': { answer: 0 },
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/transitions': { action: 'publish' },
  'PUT /api/workspaces/{slug}/assessments/{assessmentId}/baseline': { isBaseline: false },
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/review-comments': {
    itemId: 'x',
    body: 'Intrusion',
  },
  'PATCH /api/workspaces/{slug}/assessments/{assessmentId}/review-comments/{commentId}': { resolved: true },
  // evidence is a multipart upload; membership is checked before the body is read
  'POST /api/workspaces/{slug}/assessments/{assessmentId}/evidence': { file: 'not read' },
  'POST /api/workspaces/{slug}/plans': { name: 'Intrusion', startMonth: '2027-01', horizonMonths: 12 },
  'PATCH /api/workspaces/{slug}/plans/{planId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/plans/{planId}/approve': {},
  'POST /api/workspaces/{slug}/plans/{planId}/scenarios': { name: 'Intrusion' },
  'PUT /api/workspaces/{slug}/plans/{planId}/schedule': { starts: {} },
  'POST /api/workspaces/{slug}/plans/{planId}/items': { kind: 'programme', code: 'X1', name: 'Intrusion' },
  'PATCH /api/workspaces/{slug}/plans/{planId}/items/{itemId}': { name: 'Taken over' },
  'POST /api/workspaces/{slug}/plans/{planId}/dependencies': { predecessorId: 'x', successorId: 'y' },
  'POST /api/workspaces/{slug}/plans/{planId}/resources': {
    name: 'Intrusion',
    kind: 'custom',
    unit: 'units',
    limitKind: 'concurrent',
    capacityPeriod: 'month',
    capacities: [1],
  },
  'PATCH /api/workspaces/{slug}/plans/{planId}/resources/{resourceId}': { capacities: [0] },
  'POST /api/workspaces/{slug}/plans/{planId}/risks': {
    title: 'Intrusion',
    category: 'spoilers',
    likelihood: 1,
    impact: 1,
  },
  'PATCH /api/workspaces/{slug}/plans/{planId}/risks/{riskId}': { status: 'closed' },
  'POST /api/workspaces/{slug}/plans/{planId}/optimisations': { schedules: 100 },
  'POST /api/workspaces/{slug}/plans/{planId}/optimisations/{optimisationId}/cancel': {},
  'POST /api/workspaces/{slug}/plans/{planId}/optimisations/{optimisationId}/apply': {},
};

/** Which real resource of the home workspace each path parameter names. */
function paramValue(path: string, param: string): string {
  if (param === 'memberId') return ids.member;
  if (path.includes('/invitations/')) return ids.invitation;
  if (path.includes('/oversight-notes/')) return ids.note;
  if (param === 'actorId') return ids.actor;
  if (param === 'relationId') return ids.relation;
  if (param === 'needId') return ids.need;
  if (param === 'assessmentId') return ids.assessment;
  if (param === 'entryId') return ids.swotEntry;
  if (param === 'consultationId') return ids.consultation;
  if (param === 'frameworkId') return ids.framework;
  if (param === 'planId') return ids.plan;
  if (param === 'otherPlanId') return ids.scenario;
  if (param === 'itemId' && path.includes('/plans/')) return ids.planItem;
  if (param === 'dependencyId') return ids.dependency;
  if (param === 'resourceId') return ids.resource;
  if (param === 'riskId') return ids.risk;
  if (param === 'optimisationId') return ids.optimisation;
  if (param === 'tokenId') return ids.token;
  if (param === 'itemId') return ids.item;
  // Ids that exist nowhere: the outsider must still get 403 or 404, never a hint.
  if (param === 'commentId' || param === 'evidenceId') return 'no-such-id';
  throw new Error(`isolation test: say which resource {${param}} in ${path} names`);
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  const member = await newMember(ctx, home, 'editor');
  ids.member = member.memberId;
  const invitation = await api(ctx, 'POST', `/api/workspaces/${home.slug}/invitations`, {
    cookie: home.owner.cookie,
    body: { email: 'guest@example.org', role: 'viewer' },
  });
  ids.invitation = invitation.body.invitation.id;
  const note = await api(ctx, 'POST', `/api/workspaces/${home.slug}/oversight-notes`, {
    cookie: home.owner.cookie,
    body: { title: 'Home note', body: 'Private to home' },
  });
  ids.note = note.body.note.id;
  const actor = (body: object) =>
    api(ctx, 'POST', `/api/workspaces/${home.slug}/actors`, { cookie: home.owner.cookie, body });
  ids.actor = (await actor({ name: 'Home Police', category: 'police' })).body.actor.id;
  const court = (await actor({ name: 'Home Court', category: 'court' })).body.actor.id;
  const relation = await api(ctx, 'POST', `/api/workspaces/${home.slug}/relations`, {
    cookie: home.owner.cookie,
    body: { sourceActorId: court, targetActorId: ids.actor, type: 'oversight', oversightKind: 'judicial' },
  });
  ids.relation = relation.body.relation.id;
  const post = (path: string, body: object) =>
    api(ctx, 'POST', `/api/workspaces/${home.slug}${path}`, { cookie: home.owner.cookie, body });
  ids.need = (await post('/needs', { title: 'Home need', severity: 2, importance: 2 })).body.need.id;
  ids.assessment = (await scoredAssessment(ctx, home)).id;
  ids.swotEntry = (await post(`/actors/${ids.actor}/swot`, { kind: 'strength', text: 'Home' })).body.entry.id;
  const consultation = await post('/consultations', {
    heldOn: '2026-01-01',
    place: 'Home',
    format: 'workshop',
    participants: [{ stakeholderType: 'community', women: 3, men: 2, other: 0 }],
    topics: ['Home'],
    findings: 'Private to home',
  });
  ids.consultation = consultation.body.consultation.id;
  const custom = await post('/frameworks', { ...findFramework('ssr-dimensions'), id: 'home-framework' });
  ids.framework = custom.body.framework.id;
  ids.item = listItems(findFramework('ssg-ten-criteria') as Framework)[0].item.id;
  const plan = await smallPlan(ctx, home);
  ids.plan = plan.plan.id;
  ids.planItem = plan.a.id;
  ids.dependency = plan.dependency.id;
  ids.resource = plan.advisers.id;
  ids.risk = (
    await post(`/plans/${plan.plan.id}/risks`, {
      title: 'Home risk',
      category: 'coordination',
      likelihood: 2,
      impact: 3,
    })
  ).body.risk.id;
  ids.scenario = (await post(`/plans/${plan.plan.id}/scenarios`, { name: 'Home scenario' })).body.plan.id;
  const run = await post(`/plans/${plan.plan.id}/optimisations`, { schedules: 200 });
  ids.optimisation = run.body.optimisation.id;
  await waitForOptimisation(ids.optimisation);
  const token = await api(ctx, 'POST', '/api/me/tokens', {
    cookie: home.owner.cookie,
    body: { name: 'Home owner laptop' },
  });
  ids.token = token.body.token.id;
});
afterAll(() => ctx.close());

describe('workspace isolation', () => {
  it('every workspace route refuses members of another workspace, and leaves the data unchanged', async () => {
    const doc = await api(ctx, 'GET', '/api/openapi.json');
    const routes: Array<{ method: string; path: string }> = [];
    for (const [path, operations] of Object.entries(doc.body.paths as Record<string, object>)) {
      if (!path.includes('{slug}')) continue;
      for (const method of Object.keys(operations)) routes.push({ method: method.toUpperCase(), path });
    }
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const auditBefore = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit/verify`, {
      cookie: home.owner.cookie,
    });

    for (const { method, path } of routes) {
      const key = `${method} ${path}`;
      if (['POST', 'PATCH', 'PUT'].includes(method) && !(key in validBodies))
        throw new Error(`add a valid body for ${key}`);
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'slug');
      const fill = (slug: string) =>
        params.reduce(
          (p, param) => p.replace(`{${param}}`, paramValue(path, param)),
          path.replace('{slug}', slug),
        );
      // Straight at the other workspace, and at its resources through the outsider's own workspace.
      for (const url of [fill(home.slug), ...(params.length ? [fill(other.slug)] : [])]) {
        const res = await api(ctx, method, url, { cookie: other.owner.cookie, body: validBodies[key] });
        expect([403, 404], `${method} ${url} gave ${res.status}`).toContain(res.status);
      }
    }

    const auditAfter = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit/verify`, {
      cookie: home.owner.cookie,
    });
    expect(auditAfter.body.checked).toBe(auditBefore.body.checked);
    const notes = await api(ctx, 'GET', `/api/workspaces/${home.slug}/oversight-notes`, {
      cookie: home.owner.cookie,
    });
    expect(notes.body.notes.map((n: { title: string }) => n.title)).toEqual(['Home note']);
    const actors = await api(ctx, 'GET', `/api/workspaces/${home.slug}/actors`, {
      cookie: home.owner.cookie,
    });
    expect(actors.body.actors.map((a: { name: string }) => a.name)).toEqual(['Home Court', 'Home Police']);
    const relations = await api(ctx, 'GET', `/api/workspaces/${home.slug}/relations`, {
      cookie: home.owner.cookie,
    });
    expect(relations.body.relations.map((r: { status: string }) => r.status)).toEqual(['active']);
  });

  it('every route but the public ones needs a signed-in user or a valid token (401)', async () => {
    const doc = await api(ctx, 'GET', '/api/openapi.json');
    const publicRoutes = ['GET /api/health', 'GET /api/invitations/{id}'];
    // Routes outside any workspace, whose bodies the viewer pass below must not send.
    const accountBodies: Record<string, unknown> = {
      'POST /api/workspaces': { name: 'Anonymous programme', slug: 'anonymous-programme' },
      'POST /api/me/tokens': { name: 'Anonymous token' },
      'POST /api/invitations/{id}/accept': {},
    };
    const fill = (path: string) =>
      path
        .replace('{slug}', home.slug)
        .replace(/\{(\w+)\}/g, (_m, param: string) =>
          param === 'id' ? ids.invitation : paramValue(path, param),
        );
    let walked = 0;
    for (const [path, operations] of Object.entries(doc.body.paths as Record<string, object>)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        const key = `${method} ${path}`;
        if (publicRoutes.includes(key)) continue;
        walked += 1;
        if (['POST', 'PATCH', 'PUT'].includes(method) && !(key in validBodies) && !(key in accountBodies))
          throw new Error(`add a valid body for ${key}`);
        const body = validBodies[key] ?? accountBodies[key];
        const anonymous = await api(ctx, method, fill(path), { body });
        expect(anonymous.status, `${key} without a session`).toBe(401);
        const forged = await api(ctx, method, fill(path), {
          body,
          headers: { authorization: 'Bearer cst_forged-token-that-was-never-issued' },
        });
        expect(forged.status, `${key} with an unknown token`).toBe(401);
      }
    }
    expect(walked).toBeGreaterThan(60);
  });

  it('user-scoped routes never reach another user’s records', async () => {
    const res = await api(ctx, 'DELETE', `/api/me/tokens/${ids.token}`, { cookie: other.owner.cookie });
    expect(res.status).toBe(404);
    const list = await api(ctx, 'GET', '/api/me/tokens', { cookie: home.owner.cookie });
    expect(list.body.tokens.map((t: { id: string }) => t.id)).toContain(ids.token);
  });

  it('a viewer of the same workspace cannot write anything', async () => {
    const viewer = await newMember(ctx, home, 'viewer');
    for (const [key, body] of Object.entries(validBodies)) {
      const [method, path] = key.split(' ');
      const url = path
        .replace('{slug}', home.slug)
        .replace(/\{(\w+)\}/g, (_m, param: string) => paramValue(path, param));
      const res = await api(ctx, method, url, { cookie: viewer.cookie, body });
      expect(res.status, `${key} as viewer`).toBe(403);
    }
  });
});
