import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { type BodyIdCase, expectRefused, MADE_UP_ID } from './references-fixtures.ts';

// Ids in request bodies of assessments, the sector map, needs, SWOT and consultations: an id of another
// workspace and a made-up one are both refused naming the field, and nothing is written.

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
const ids: Record<string, string> = {};

const at = (workspace: TestWorkspace, path: string) => `/api/workspaces/${workspace.slug}${path}`;
async function created(workspace: TestWorkspace, path: string, body: object) {
  const res = await api(ctx, 'POST', at(workspace, path), { cookie: workspace.owner.cookie, body });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
const read = (path: string) => async () =>
  (await api(ctx, 'GET', at(home, path), { cookie: home.owner.cookie })).body;
const assessment = (overrides: object = {}) => ({
  title: 'Police assessment',
  frameworkId: 'ssg-ten-criteria',
  scope: 'actors',
  scopeActorIds: [ids.police],
  leadSide: 'government',
  team: [{ userId: home.owner.id, side: 'government', teamRole: 'lead' }],
  ...overrides,
});
const consultation = (assessmentId: string) => ({
  heldOn: '2026-03-14',
  place: 'Capital',
  format: 'workshop',
  participants: [],
  topics: ['Policing'],
  findings: 'Slow response at night.',
  linkedItems: [{ assessmentId, itemId: ids.item }],
});

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  ids.police = (await created(home, '/actors', { name: 'National Police', category: 'police' })).actor.id;
  ids.ministry = (await created(home, '/actors', { name: 'Ministry', category: 'ministry' })).actor.id;
  ids.foreignActor = (await created(other, '/actors', { name: 'Elsewhere', category: 'ministry' })).actor.id;
  ids.assessment = (await created(home, '/assessments', assessment())).assessment.id;
  ids.foreignAssessment = (
    await created(other, '/assessments', {
      ...assessment({ scope: 'sector', scopeActorIds: [] }),
      team: [{ userId: other.owner.id, side: 'government', teamRole: 'lead' }],
    })
  ).assessment.id;
  const detail = await api(ctx, 'GET', at(home, `/assessments/${ids.assessment}`), {
    cookie: home.owner.cookie,
  });
  ids.item = detail.body.framework.groups[0].items[0].id;
  ids.relation = (
    await created(home, '/relations', {
      sourceActorId: ids.ministry,
      targetActorId: ids.police,
      type: 'command',
    })
  ).relation.id;
  ids.need = (await created(home, '/needs', { title: 'Vetting', severity: 3, importance: 3 })).need.id;
  ids.consultation = (await created(home, '/consultations', consultation(ids.assessment))).consultation.id;
});
afterAll(() => ctx.close());

const cases = (): BodyIdCase[] => [
  {
    field: 'scopeActorIds.1',
    method: 'POST',
    path: at(home, '/assessments'),
    body: (id) => assessment({ scopeActorIds: [ids.police, id] }),
    refused: { foreign: ids.foreignActor },
    read: read('/assessments'),
  },
  {
    field: 'scopeActorIds.1',
    method: 'PATCH',
    path: at(home, `/assessments/${ids.assessment}`),
    body: (id) => ({ scopeActorIds: [ids.police, id] }),
    refused: { foreign: ids.foreignActor },
    read: read(`/assessments/${ids.assessment}`),
  },
  {
    field: 'team.1.userId',
    method: 'POST',
    path: at(home, '/assessments'),
    body: (id) =>
      assessment({
        team: [
          { userId: home.owner.id, side: 'government', teamRole: 'lead' },
          { userId: id, side: 'donor', teamRole: 'assessor' },
        ],
      }),
    refused: { foreign: other.owner.id },
    read: read('/assessments'),
  },
  {
    field: 'team.1.userId',
    method: 'PATCH',
    path: at(home, `/assessments/${ids.assessment}`),
    body: (id) => ({
      team: [
        { userId: home.owner.id, side: 'government', teamRole: 'lead' },
        { userId: id, side: 'donor', teamRole: 'reviewer' },
      ],
    }),
    refused: { foreign: other.owner.id },
    read: read(`/assessments/${ids.assessment}`),
  },
  {
    field: 'baselineId',
    method: 'POST',
    path: at(home, '/assessments'),
    body: (id) => assessment({ baselineId: id }),
    refused: { foreign: ids.foreignAssessment },
    read: read('/assessments'),
  },
  {
    field: 'parentId',
    method: 'POST',
    path: at(home, '/actors'),
    body: (id) => ({ name: 'Border police', category: 'police', parentId: id }),
    refused: { foreign: ids.foreignActor },
    read: read('/actors'),
  },
  {
    field: 'parentId',
    method: 'PATCH',
    path: at(home, `/actors/${ids.police}`),
    body: (id) => ({ parentId: id }),
    refused: { foreign: ids.foreignActor },
    read: read(`/actors/${ids.police}`),
  },
  ...(['sourceActorId', 'targetActorId'] as const).flatMap((field): BodyIdCase[] => [
    {
      field,
      method: 'POST',
      path: at(home, '/relations'),
      body: (id) => ({
        sourceActorId: ids.ministry,
        targetActorId: ids.police,
        type: field === 'sourceActorId' ? 'funding' : 'reporting',
        [field]: id,
      }),
      refused: { foreign: ids.foreignActor },
      read: read('/relations'),
    },
    {
      field,
      method: 'PATCH',
      path: at(home, `/relations/${ids.relation}`),
      body: (id) => ({ [field]: id }),
      refused: { foreign: ids.foreignActor },
      read: read('/relations'),
    },
  ]),
  {
    field: 'actorId',
    method: 'POST',
    path: at(home, '/needs'),
    body: (id) => ({ title: 'Oversight', severity: 2, importance: 2, actorId: id }),
    refused: { foreign: ids.foreignActor },
    read: read('/needs'),
  },
  {
    field: 'actorId',
    method: 'PATCH',
    path: at(home, `/needs/${ids.need}`),
    body: (id) => ({ actorId: id }),
    refused: { foreign: ids.foreignActor },
    read: read('/needs'),
  },
  {
    field: 'assessmentId',
    method: 'POST',
    path: at(home, `/actors/${ids.police}/swot`),
    body: (id) => ({ kind: 'strength', text: 'Trained', assessmentId: id }),
    refused: { foreign: ids.foreignAssessment },
    read: read(`/actors/${ids.police}/swot`),
  },
  {
    field: 'linkedItems.0.assessmentId',
    method: 'POST',
    path: at(home, '/consultations'),
    body: (id) => consultation(id),
    refused: { foreign: ids.foreignAssessment },
    read: read('/consultations'),
  },
  {
    field: 'linkedItems.0.assessmentId',
    method: 'PATCH',
    path: at(home, `/consultations/${ids.consultation}`),
    body: (id) => ({ linkedItems: consultation(id).linkedItems }),
    refused: { foreign: ids.foreignAssessment },
    read: read(`/consultations/${ids.consultation}`),
  },
];

describe('ids in request bodies', () => {
  it('every case refuses a foreign and a made-up id naming the field, and writes nothing', async () => {
    for (const entry of cases()) await expectRefused(ctx, home, entry);
  });

  it('the same bodies with this workspace’s ids are accepted (the cases test the ids, not the rest)', async () => {
    const accepted: Array<[BodyIdCase, string]> = cases().map((entry) => {
      const id: Record<string, string> = {
        targetActorId: ids.police,
        assessmentId: ids.assessment,
        'linkedItems.0.assessmentId': ids.assessment,
      };
      return [entry, id[entry.field] ?? ids.ministry];
    });
    for (const [entry, id] of accepted) {
      // a team needs people of this workspace; the baseline a validated round: both tested elsewhere
      if (entry.field === 'baselineId' || entry.field.startsWith('team')) continue;
      const res = await api(ctx, entry.method, entry.path, {
        cookie: home.owner.cookie,
        body: entry.body(id),
      });
      expect([200, 201], `${entry.method} ${entry.field}: ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  });
});

describe('framework item ids', () => {
  it('evidence and review comments refuse an item of another framework or a made-up one, naming itemId', async () => {
    const reviewer = await newMember(ctx, home, 'viewer');
    const round = (
      await created(
        home,
        '/assessments',
        assessment({
          title: 'Reviewed round',
          team: [
            { userId: home.owner.id, side: 'government', teamRole: 'lead' },
            { userId: reviewer.id, side: 'civil_society', teamRole: 'reviewer' },
          ],
        }),
      )
    ).assessment.id;
    for (const itemId of ['p1', MADE_UP_ID]) {
      const form = new FormData();
      form.set('itemId', itemId);
      form.set('sourceType', 'interview');
      form.set('description', 'Interview notes');
      const evidence = await ctx.app.request(
        `http://localhost:3000${at(home, `/assessments/${round}/evidence`)}`,
        {
          method: 'POST',
          headers: { cookie: home.owner.cookie, origin: 'http://localhost:3000' },
          body: form,
        },
      );
      expect(evidence.status).toBe(400);
      expect((await evidence.json()).error.message).toMatch(/^itemId: no item with this id in the framework/);
    }
    const scored = await api(ctx, 'PUT', at(home, `/assessments/${round}/answers/${ids.item}`), {
      cookie: home.owner.cookie,
      body: { answer: 1 },
    });
    expect(scored.status).toBe(200);
    const submitted = await api(ctx, 'POST', at(home, `/assessments/${round}/transitions`), {
      cookie: home.owner.cookie,
      body: { action: 'submit' },
    });
    expect(submitted.status).toBe(200);
    for (const itemId of ['p1', MADE_UP_ID]) {
      const comment = await api(ctx, 'POST', at(home, `/assessments/${round}/review-comments`), {
        cookie: reviewer.cookie,
        body: { itemId, body: 'Which source?' },
      });
      expect(comment.status).toBe(400);
      expect(comment.body.error.message).toMatch(/^itemId: no item with this id in the framework/);
    }
    const detail = await api(ctx, 'GET', at(home, `/assessments/${round}`), { cookie: home.owner.cookie });
    expect(detail.body.evidence).toEqual([]);
    expect(detail.body.reviewComments).toEqual([]);
  });
});
