import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let lead: Awaited<ReturnType<typeof newMember>>;
let second: Awaited<ReturnType<typeof newMember>>;
let reviewer: Awaited<ReturnType<typeof newMember>>;
let donor: Awaited<ReturnType<typeof newMember>>;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  lead = await newMember(ctx, home, 'assessor');
  second = await newMember(ctx, home, 'editor');
  reviewer = await newMember(ctx, home, 'viewer');
  donor = await newMember(ctx, home, 'donor');
});
afterAll(() => ctx.close());

const path = () => `/api/workspaces/${home.slug}/assessments`;
const body = (overrides: Record<string, unknown> = {}) => ({
  title: 'Baseline 2025',
  frameworkId: 'ssg-ten-criteria',
  scope: 'sector',
  leadSide: 'government',
  team: [
    { userId: lead.id, side: 'government', teamRole: 'lead' },
    { userId: second.id, side: 'government', teamRole: 'assessor' },
    { userId: reviewer.id, side: 'civil_society', teamRole: 'reviewer' },
    { userId: donor.id, side: 'donor', teamRole: 'assessor' },
  ],
  ...overrides,
});

async function createAssessment(overrides: Record<string, unknown> = {}) {
  const res = await api(ctx, 'POST', path(), { cookie: lead.cookie, body: body(overrides) });
  expect(res.status).toBe(201);
  return res.body.assessment as { id: string; framework: { items: number } };
}

async function firstItems(id: string, n: number): Promise<string[]> {
  const detail = await api(ctx, 'GET', `${path()}/${id}`, { cookie: lead.cookie });
  const ids: string[] = [];
  for (const group of detail.body.framework.groups) for (const item of group.items) ids.push(item.id);
  return ids.slice(0, n);
}

describe('creating assessments', () => {
  it('401, 403 other workspace, 403 viewer, 400 bad input', async () => {
    expect((await api(ctx, 'POST', path(), { body: body() })).status).toBe(401);
    expect((await api(ctx, 'POST', path(), { cookie: other.owner.cookie, body: body() })).status).toBe(403);
    expect((await api(ctx, 'POST', path(), { cookie: reviewer.cookie, body: body() })).status).toBe(403);
    const unknown = await api(ctx, 'POST', path(), {
      cookie: lead.cookie,
      body: body({ frameworkId: 'made-up' }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^frameworkId: /);
    const outsider = await api(ctx, 'POST', path(), {
      cookie: lead.cookie,
      body: body({ team: [{ userId: other.owner.id, side: 'government', teamRole: 'lead' }] }),
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toBe('team.0.userId: no member with this user id in this workspace');
    const noScorer = await api(ctx, 'POST', path(), {
      cookie: lead.cookie,
      body: body({ team: [{ userId: reviewer.id, side: 'civil_society', teamRole: 'reviewer' }] }),
    });
    expect(noScorer.status).toBe(400);
  });

  it('creates with a frozen copy of the framework, listed for every member', async () => {
    const created = await createAssessment();
    expect(created.framework.items).toBeGreaterThan(10);
    const list = await api(ctx, 'GET', path(), { cookie: reviewer.cookie });
    expect(list.body.assessments.map((a: { id: string }) => a.id)).toContain(created.id);
    expect((await api(ctx, 'GET', `${path()}/${created.id}`, { cookie: other.owner.cookie })).status).toBe(
      403,
    );
    expect(
      (
        await api(ctx, 'GET', `/api/workspaces/${other.slug}/assessments/${created.id}`, {
          cookie: other.owner.cookie,
        })
      ).status,
    ).toBe(404);
  });
});

describe('scoring and the review workflow', () => {
  it('scores with evidence, submits, is reviewed, cannot be validated by its assessor, then is validated and published', async () => {
    const assessment = await createAssessment();
    const [a, b, c] = await firstItems(assessment.id, 3);
    const answer = (who: { cookie: string }, itemId: string, value: unknown) =>
      api(ctx, 'PUT', `${path()}/${assessment.id}/answers/${itemId}`, {
        cookie: who.cookie,
        body: { answer: value, confidence: 'high' },
      });

    expect((await answer(lead, a, 3)).status).toBe(200);
    expect((await answer(lead, b, 'insufficient_evidence')).status).toBe(200);
    expect((await answer(second, a, 1)).status).toBe(200);
    const offScale = await answer(lead, c, 7);
    expect(offScale.status).toBe(400);
    expect(offScale.body.error.message).toMatch(/is not a level of the scale/);
    expect((await answer(lead, 'no-such-item', 2)).status).toBe(400);
    const byDonor = await answer(donor, c, 2);
    expect(byDonor.status).toBe(403);
    expect(byDonor.body.error.message).toBe('a donor cannot edit an assessment led by government');
    expect((await answer(reviewer, c, 2)).status).toBe(403);

    const form = new FormData();
    form.set('itemId', a);
    form.set('sourceType', 'interview');
    form.set('description', 'Interview with the committee clerk');
    form.set('file', new File(['minutes of the hearing'], 'minutes.txt', { type: 'text/plain' }));
    const evidence = await ctx.app.request(`http://localhost:3000${path()}/${assessment.id}/evidence`, {
      method: 'POST',
      headers: { cookie: lead.cookie, origin: 'http://localhost:3000' },
      body: form,
    });
    expect(evidence.status).toBe(201);
    const evidenceId = ((await evidence.json()) as { evidence: { id: string } }).evidence.id;
    const download = await api(ctx, 'GET', `${path()}/${assessment.id}/evidence/${evidenceId}/file`, {
      cookie: reviewer.cookie,
    });
    expect(download.status).toBe(200);
    expect(download.body).toBe('minutes of the hearing');

    const transition = (who: { cookie: string }, action: string) =>
      api(ctx, 'POST', `${path()}/${assessment.id}/transitions`, { cookie: who.cookie, body: { action } });
    expect((await transition(lead, 'validate')).status).toBe(403);
    expect((await transition(lead, 'submit')).body.assessment.status).toBe('in_review');
    expect((await answer(lead, c, 2)).status).toBe(403);

    const comment = await api(ctx, 'POST', `${path()}/${assessment.id}/review-comments`, {
      cookie: reviewer.cookie,
      body: { itemId: a, body: 'The two assessors are two levels apart: which sources?' },
    });
    expect(comment.status).toBe(201);
    const byAssessor = await api(ctx, 'POST', `${path()}/${assessment.id}/review-comments`, {
      cookie: lead.cookie,
      body: { itemId: a, body: 'x' },
    });
    expect(byAssessor.status).toBe(403);

    const blocked = await transition(home.owner, 'validate');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toBe('1 review comments are still open');
    const resolved = await api(
      ctx,
      'PATCH',
      `${path()}/${assessment.id}/review-comments/${comment.body.comment.id}`,
      {
        cookie: lead.cookie,
        body: { resolved: true },
      },
    );
    expect(resolved.status).toBe(200);
    expect((await transition(home.owner, 'validate')).body.assessment.status).toBe('validated');
    expect((await transition(donor, 'publish')).status).toBe(403);
    expect((await transition(home.owner, 'publish')).body.assessment.status).toBe('published');

    const results = await api(ctx, 'GET', `${path()}/${assessment.id}/results`, { cookie: reviewer.cookie });
    expect(results.status).toBe(200);
    const first = results.body.consolidation.items.find((i: { itemId: string }) => i.itemId === a);
    expect(first).toMatchObject({ min: 1, max: 3, disagreement: true });
    expect(results.body.aggregation.overall.score).toBe(3);
    expect(results.body.aggregation.overall.counts).toMatchObject({ scored: 1, insufficientEvidence: 1 });
    expect(results.body.gaps.needs[0]).toMatchObject({ itemId: a, current: 3, target: 4 });

    const audit = await api(
      ctx,
      'GET',
      `/api/workspaces/${home.slug}/audit?entityType=assessment&limit=100`,
      { cookie: home.owner.cookie },
    );
    const actions = audit.body.entries.map((e: { action: string }) => e.action);
    for (const action of [
      'assessment.create',
      'assessment.score',
      'assessment.evidence_add',
      'assessment.submit',
      'assessment.review_comment',
      'assessment.validate',
      'assessment.publish',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('a baseline is compared with the next round', async () => {
    const baseline = await createAssessment({ title: 'Round 1' });
    const [a] = await firstItems(baseline.id, 1);
    await api(ctx, 'PUT', `${path()}/${baseline.id}/answers/${a}`, {
      cookie: lead.cookie,
      body: { answer: 1 },
    });
    const notYet = await api(ctx, 'PUT', `${path()}/${baseline.id}/baseline`, {
      cookie: home.owner.cookie,
      body: { isBaseline: true },
    });
    expect(notYet.status).toBe(409);
    await api(ctx, 'POST', `${path()}/${baseline.id}/transitions`, {
      cookie: lead.cookie,
      body: { action: 'submit' },
    });
    await api(ctx, 'POST', `${path()}/${baseline.id}/transitions`, {
      cookie: home.owner.cookie,
      body: { action: 'validate' },
    });
    expect(
      (
        await api(ctx, 'PUT', `${path()}/${baseline.id}/baseline`, {
          cookie: lead.cookie,
          body: { isBaseline: true },
        })
      ).status,
    ).toBe(403);
    const marked = await api(ctx, 'PUT', `${path()}/${baseline.id}/baseline`, {
      cookie: home.owner.cookie,
      body: { isBaseline: true },
    });
    expect(marked.body.assessment.isBaseline).toBe(true);

    const round = await createAssessment({ title: 'Round 2', baselineId: baseline.id });
    await api(ctx, 'PUT', `${path()}/${round.id}/answers/${a}`, { cookie: lead.cookie, body: { answer: 3 } });
    const results = await api(ctx, 'GET', `${path()}/${round.id}/results`, { cookie: lead.cookie });
    expect(results.body.baseline.id).toBe(baseline.id);
    expect(results.body.baseline.comparison.overall).toMatchObject({
      baseline: 1,
      current: 3,
      change: 2,
      direction: 'improved',
    });
  });
});

describe('heat map of actors × criteria', () => {
  it('shows each actor-scoped assessment by top-level group, preferring validated results', async () => {
    const police = await api(ctx, 'POST', `/api/workspaces/${home.slug}/actors`, {
      cookie: home.owner.cookie,
      body: { name: 'Heat Police', category: 'police' },
    });
    const actorId = police.body.actor.id;
    const validated = await createAssessment({
      title: 'Police 2025',
      scope: 'actors',
      scopeActorIds: [actorId],
    });
    const [a] = await firstItems(validated.id, 1);
    await api(ctx, 'PUT', `${path()}/${validated.id}/answers/${a}`, {
      cookie: lead.cookie,
      body: { answer: 2 },
    });
    await api(ctx, 'POST', `${path()}/${validated.id}/transitions`, {
      cookie: lead.cookie,
      body: { action: 'submit' },
    });
    await api(ctx, 'POST', `${path()}/${validated.id}/transitions`, {
      cookie: home.owner.cookie,
      body: { action: 'validate' },
    });
    const draft = await createAssessment({
      title: 'Police 2027 draft',
      scope: 'actors',
      scopeActorIds: [actorId],
    });
    await api(ctx, 'PUT', `${path()}/${draft.id}/answers/${a}`, { cookie: lead.cookie, body: { answer: 4 } });

    expect(
      (
        await api(ctx, 'GET', `${path()}/heatmap?frameworkId=ssg-ten-criteria`, {
          cookie: other.owner.cookie,
        })
      ).status,
    ).toBe(403);
    expect((await api(ctx, 'GET', `${path()}/heatmap?frameworkId=`, { cookie: lead.cookie })).status).toBe(
      400,
    );
    expect(
      (await api(ctx, 'GET', `${path()}/heatmap?frameworkId=unknown`, { cookie: lead.cookie })).status,
    ).toBe(404);
    // The ten criteria are the default framework.
    const res = await api(ctx, 'GET', `${path()}/heatmap`, { cookie: reviewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body.groups).toHaveLength(10);
    const row = res.body.rows.find((r: { actor: { id: string } }) => r.actor.id === actorId);
    expect(row.assessment).toMatchObject({ id: validated.id, status: 'validated' });
    expect(row.scores[res.body.groups[0].id]).toBe(2);
    expect(row.scores[res.body.groups[1].id]).toBeNull();
  });
});
