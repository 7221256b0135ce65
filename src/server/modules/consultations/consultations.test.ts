import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let assessment: { id: string; itemIds: string[] };
let otherConsultationId: string;

const listPath = (workspace = home) => `/api/workspaces/${workspace.slug}/consultations`;
const townHall = () => ({
  heldOn: '2026-03-14',
  place: 'Governorate hall, Northern Province',
  format: 'town_hall',
  participants: [
    { stakeholderType: 'community', women: 34, men: 51, other: 0 },
    { stakeholderType: 'security_forces', women: 2, men: 9, other: 0 },
  ],
  topics: ['Police response times', 'Checkpoints'],
  findings: 'Residents report long police response times at night.',
  linkedItems: [{ assessmentId: assessment.id, itemId: assessment.itemIds[0] }],
});

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  donor = await newMember(ctx, home, 'donor');
  assessment = await scoredAssessment(ctx, home, { status: 'draft' });
  const foreign = await api(ctx, 'POST', listPath(other), {
    cookie: other.owner.cookie,
    body: { ...townHall(), linkedItems: [] },
  });
  otherConsultationId = foreign.body.consultation.id;
});
afterAll(() => ctx.close());

describe('logging consultations', () => {
  it('POST: 401, 403 for another workspace and for a donor, 400 naming the field', async () => {
    const post = (body: object, cookie?: string) => api(ctx, 'POST', listPath(), { cookie, body });
    expect((await post(townHall())).status).toBe(401);
    expect((await post(townHall(), other.owner.cookie)).status).toBe(403);
    expect((await post(townHall(), donor.cookie)).status).toBe(403);
    const cases: Array<[object, RegExp]> = [
      [{ heldOn: '2026-02-30' }, /^heldOn: must be a date/],
      [{ format: 'rally' }, /^format: /],
      [{ topics: [] }, /^topics: /],
      [
        { participants: [{ stakeholderType: 'youth', women: -1, men: 3, other: 0 }] },
        /^participants\.0\.women: /,
      ],
      [
        {
          participants: [
            { stakeholderType: 'youth', women: 1, men: 3, other: 0 },
            { stakeholderType: 'youth', women: 2, men: 0, other: 0 },
          ],
        },
        /^participants\.1\.stakeholderType: this stakeholder type is listed twice/,
      ],
      [
        { linkedItems: [{ assessmentId: 'nope', itemId: 'c1-q1' }] },
        /^linkedItems\.0\.assessmentId: no assessment/,
      ],
      [
        {
          linkedItems: [
            { assessmentId: assessment.id, itemId: 'c1-q1' },
            { assessmentId: assessment.id, itemId: 'x' },
          ],
        },
        /^linkedItems\.1\.itemId: "x" is not an item/,
      ],
    ];
    for (const [change, message] of cases) {
      const res = await post({ ...townHall(), ...change }, editor.cookie);
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const foreignAssessment = await scoredAssessment(ctx, other, { status: 'draft' });
    const foreignLink = await post(
      {
        ...townHall(),
        linkedItems: [{ assessmentId: foreignAssessment.id, itemId: foreignAssessment.itemIds[0] }],
      },
      editor.cookie,
    );
    expect(foreignLink.status).toBe(400);
    expect(foreignLink.body.error.message).toMatch(/^linkedItems\.0\.assessmentId: /);
  });

  it('logs, totals participants by sex, filters by date and format, edits, deletes, audits', async () => {
    const created = await api(ctx, 'POST', listPath(), { cookie: editor.cookie, body: townHall() });
    expect(created.status).toBe(201);
    expect(created.body.consultation).toMatchObject({
      ...townHall(),
      totals: { women: 36, men: 60, other: 0, all: 96 },
      womenShare: 0.375,
    });
    const id = created.body.consultation.id;
    const focusGroup = await api(ctx, 'POST', listPath(), {
      cookie: home.owner.cookie,
      body: {
        heldOn: '2026-04-02',
        place: 'Women’s centre, Kasora city',
        format: 'focus_group',
        participants: [{ stakeholderType: 'women_groups', women: 12, men: 0, other: 0 }],
        topics: ['Reporting gender-based violence'],
        findings: 'Survivors do not trust police stations to record complaints.',
      },
    });
    expect(focusGroup.body.consultation).toMatchObject({ linkedItems: [], womenShare: 1 });

    const viewer = await newMember(ctx, home, 'viewer');
    const list = (query: string, cookie = viewer.cookie) =>
      api(ctx, 'GET', `${listPath()}${query}`, { cookie });
    const all = await list('');
    expect(all.status).toBe(200);
    expect(all.body.consultations.map((c: { format: string }) => c.format)).toEqual([
      'focus_group',
      'town_hall',
    ]);
    expect((await list('?format=town_hall')).body.consultations.map((c: { id: string }) => c.id)).toEqual([
      id,
    ]);
    expect(
      (await list('?from=2026-03-14&to=2026-03-31')).body.consultations.map((c: { id: string }) => c.id),
    ).toEqual([id]);
    expect((await list('?from=2026-03-15')).body.consultations).toHaveLength(1);
    const backwards = await list('?from=2026-05-01&to=2026-04-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/^to: /);
    expect((await api(ctx, 'GET', listPath())).status).toBe(401);
    expect((await list('', other.owner.cookie)).status).toBe(403);

    const one = `${listPath()}/${id}`;
    expect((await api(ctx, 'GET', one, { cookie: viewer.cookie })).body.consultation.id).toBe(id);
    expect((await api(ctx, 'GET', one)).status).toBe(401);
    expect((await api(ctx, 'GET', one, { cookie: other.owner.cookie })).status).toBe(403);
    expect(
      (await api(ctx, 'GET', `${listPath()}/${otherConsultationId}`, { cookie: viewer.cookie })).status,
    ).toBe(404);
    expect((await api(ctx, 'GET', `${listPath(other)}/${id}`, { cookie: other.owner.cookie })).status).toBe(
      404,
    );

    const patch = (path: string, body: object, cookie?: string) => api(ctx, 'PATCH', path, { cookie, body });
    expect((await patch(one, { place: 'Moved' })).status).toBe(401);
    expect((await patch(one, { place: 'Moved' }, other.owner.cookie)).status).toBe(403);
    expect((await patch(one, { place: 'Moved' }, donor.cookie)).status).toBe(403);
    const badPlace = await patch(one, { place: ' ' }, editor.cookie);
    expect(badPlace.status).toBe(400);
    expect(badPlace.body.error.message).toMatch(/^place: /);
    expect(
      (await patch(`${listPath()}/${otherConsultationId}`, { place: 'Moved' }, editor.cookie)).status,
    ).toBe(404);
    const edited = await patch(
      one,
      { participants: [{ stakeholderType: 'community', women: 40, men: 40, other: 0 }], linkedItems: [] },
      editor.cookie,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.consultation).toMatchObject({
      place: townHall().place,
      totals: { women: 40, men: 40, other: 0, all: 80 },
      womenShare: 0.5,
      linkedItems: [],
    });

    expect((await api(ctx, 'DELETE', one)).status).toBe(401);
    expect((await api(ctx, 'DELETE', one, { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'DELETE', one, { cookie: viewer.cookie })).status).toBe(403);
    expect(
      (await api(ctx, 'DELETE', `${listPath()}/${otherConsultationId}`, { cookie: editor.cookie })).status,
    ).toBe(404);
    expect((await api(ctx, 'DELETE', one, { cookie: editor.cookie })).status).toBe(204);
    expect((await api(ctx, 'GET', one, { cookie: viewer.cookie })).status).toBe(404);

    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=consultation`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'consultation.delete',
      'consultation.update',
      'consultation.create',
      'consultation.create',
    ]);
  });
});
