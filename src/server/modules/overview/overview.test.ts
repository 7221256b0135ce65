import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  newWorkspace,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let assessor: TestUser;
let viewer: TestUser;
let inReviewId: string;
let currentId: string;
let baselineId: string;
let plan: Awaited<ReturnType<typeof smallPlan>>;
let milestoneId: string;

const overviewOf = (workspace: TestWorkspace, cookie?: string) =>
  api(ctx, 'GET', `/api/workspaces/${workspace.slug}/overview`, { cookie });

async function post(path: string, body: object, cookie = home.owner.cookie) {
  const res = await api(ctx, 'POST', `/api/workspaces/${home.slug}${path}`, { cookie, body });
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  assessor = await newMember(ctx, home, 'assessor');
  viewer = await newMember(ctx, home, 'viewer');

  const police = (await post('/actors', { name: 'National Police', category: 'police' })).actor;
  await post('/actors', { name: 'Armed Forces', category: 'armed_forces' });
  const assembly = (await post('/actors', { name: 'National Assembly', category: 'parliament' })).actor;
  await post('/relations', {
    sourceActorId: assembly.id,
    targetActorId: police.id,
    type: 'oversight',
    oversightKind: 'parliamentary',
  });

  inReviewId = (await scoredAssessment(ctx, home, { status: 'in_review', title: 'Awaiting review' })).id;
  const baseline = await scoredAssessment(ctx, home, { scores: [1, 1, 1], title: 'Baseline 2025' });
  baselineId = baseline.id;
  const marked = await api(ctx, 'PUT', `/api/workspaces/${home.slug}/assessments/${baselineId}/baseline`, {
    cookie: home.owner.cookie,
    body: { isBaseline: true },
  });
  expect(marked.status).toBe(200);
  const current = await post('/assessments', {
    title: 'Follow-up 2027',
    frameworkId: 'ssg-ten-criteria',
    scope: 'sector',
    leadSide: 'government',
    baselineId,
    team: [{ userId: assessor.id, side: 'government', teamRole: 'lead' }],
  });
  currentId = current.assessment.id;
  for (const itemId of baseline.itemIds.slice(0, 3)) {
    const res = await api(
      ctx,
      'PUT',
      `/api/workspaces/${home.slug}/assessments/${currentId}/answers/${itemId}`,
      {
        cookie: assessor.cookie,
        body: { answer: 3 },
      },
    );
    expect(res.status).toBe(200);
  }

  plan = await smallPlan(ctx, home);
  milestoneId = (
    await post(`/plans/${plan.plan.id}/items`, {
      kind: 'activity',
      code: 'M1',
      name: 'Police act adopted',
      parentId: plan.project.id,
      duration: 0,
      startMonth: 5,
    })
  ).item.id;
  const delayed = await api(ctx, 'PATCH', `${plan.planPath}/items/${plan.a.id}`, {
    cookie: home.owner.cookie,
    body: { status: 'delayed' },
  });
  expect(delayed.status).toBe(200);
  const risk = (title: string, likelihood: number, impact: number, status = 'open') =>
    post(`/plans/${plan.plan.id}/risks`, { title, category: 'spoilers', likelihood, impact, status });
  await risk('Spoilers in the presidential guard', 5, 4);
  await risk('Budget cuts', 3, 4, 'mitigating');
  await risk('Minor delays', 2, 2);
  await risk('Old threat', 5, 5, 'closed');
});
afterAll(() => ctx.close());

describe('GET /api/workspaces/{slug}/overview', () => {
  it('401 without a session, 403 for another workspace, 404 for an unknown one', async () => {
    expect((await overviewOf(home)).status).toBe(401);
    expect((await overviewOf(home, other.owner.cookie)).status).toBe(403);
    expect(
      (await api(ctx, 'GET', '/api/workspaces/no-such-place/overview', { cookie: home.owner.cookie })).status,
    ).toBe(404);
  });

  it('is empty, not absent, for a new workspace', async () => {
    const fresh = await newWorkspace(ctx);
    const res = await overviewOf(fresh, fresh.owner.cookie);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      sectorMap: { actorCount: 0, relationCount: 0, byGroup: [], oversight: { gapCount: 0, gaps: [] } },
      assessment: null,
      plan: null,
      risks: { openHighCount: 0, top: [] },
      tasks: [],
      compacts: { overdueCount: 0, top: [] },
    });
  });

  it('gives the sector map in numbers with its oversight gaps, the most exposed first', async () => {
    const { sectorMap } = (await overviewOf(home, viewer.cookie)).body;
    expect(sectorMap.actorCount).toBe(3);
    expect(sectorMap.relationCount).toBe(1);
    expect(sectorMap.byGroup).toEqual([
      { group: 'force_bearing', count: 2 },
      { group: 'management_oversight', count: 1 },
    ]);
    expect(sectorMap.relationsByType).toEqual([{ type: 'oversight', count: 1 }]);
    expect(sectorMap.oversight.assessedCount).toBe(2);
    expect(sectorMap.oversight.gapCount).toBe(2);
    expect(
      sectorMap.oversight.gaps.map((gap: { actor: { name: string }; missing: string[] }) => [
        gap.actor.name,
        gap.missing,
      ]),
    ).toEqual([
      ['Armed Forces', ['parliamentary', 'judicial', 'independent']],
      ['National Police', ['judicial', 'independent']],
    ]);
  });

  it('compares the latest assessment with its baseline', async () => {
    const { assessment } = (await overviewOf(home, viewer.cookie)).body;
    expect(assessment).toMatchObject({
      id: currentId,
      title: 'Follow-up 2027',
      status: 'draft',
      score: 3,
      scoredCount: 3,
      baseline: { id: baselineId, title: 'Baseline 2025', score: 1, change: 2, direction: 'improved' },
    });
    expect(assessment.itemCount).toBeGreaterThan(3);
  });

  it('shows plan progress against the status date and the next milestones', async () => {
    const body = (await overviewOf(home, viewer.cookie)).body;
    expect(body.plan).toMatchObject({
      id: plan.plan.id,
      status: 'draft',
      statusDate: '2027-01',
      activityCount: 4,
      progress: { onTrack: 0, atRisk: 0, delayed: 1, done: 0, notBaselined: 3 },
      nextMilestones: [{ itemId: milestoneId, name: 'Police act adopted', month: '2027-06', overdue: false }],
    });
  });

  it('lists open high and critical risks, gravest first, leaving closed and lesser ones out', async () => {
    const { risks } = (await overviewOf(home, viewer.cookie)).body;
    expect(risks.openHighCount).toBe(2);
    expect(risks.top.map((risk: { title: string; rating: string }) => [risk.title, risk.rating])).toEqual([
      ['Spoilers in the presidential guard', 'critical'],
      ['Budget cuts', 'high'],
    ]);
    expect(risks.top[0].planName).toBe('Fixture plan');
  });

  it('lists compact commitments past their due date and not met, the longest overdue first', async () => {
    const compact = (await post('/coordination/mechanisms', { name: 'Security compact', kind: 'compact' }))
      .mechanism;
    const commit = (commitment: string, dueDate: string, status = 'pending') =>
      post(`/coordination/mechanisms/${compact.id}/commitments`, {
        party: 'government',
        commitment,
        dueDate,
        status,
      });
    await commit('Adopt the police act', '2020-03-01');
    await commit('Publish the defence budget', '2020-01-01', 'in_progress');
    await commit('Already kept', '2020-01-01', 'met');
    await commit('Not due yet', '2999-01-01');
    const res = await overviewOf(home, viewer.cookie);
    expect(res.body.compacts.overdueCount).toBe(2);
    expect(res.body.compacts.top.map((c: { commitment: string }) => c.commitment)).toEqual([
      'Publish the defence budget',
      'Adopt the police act',
    ]);
    expect(res.body.compacts.top[0]).toMatchObject({
      mechanismName: 'Security compact',
      status: 'in_progress',
    });
    expect(res.body.compacts.top[0].daysOverdue).toBeGreaterThan(365);
  });

  it("lists each reader's own tasks: the assessor scores, the owner validates and approves, a viewer has none", async () => {
    const mine = (await overviewOf(home, assessor.cookie)).body.tasks;
    expect(mine).toEqual([
      {
        kind: 'score',
        subject: 'assessment',
        subjectId: currentId,
        title: 'Follow-up 2027',
        remaining: (await overviewOf(home, viewer.cookie)).body.assessment.itemCount - 3,
      },
    ]);
    const owner = (await overviewOf(home, home.owner.cookie)).body.tasks;
    expect(owner.map((task: { kind: string; subjectId: string }) => [task.kind, task.subjectId])).toEqual([
      ['validate', inReviewId],
      ['approve_plan', plan.plan.id],
    ]);
    expect((await overviewOf(home, viewer.cookie)).body.tasks).toEqual([]);
  });
});
