import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  monitoringFlags,
  monitoringIndicators,
  monitoringOrgUnits,
  monitoringResultPlanItems,
  monitoringResults,
  plans,
} from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';
import { applyFlagStatuses } from './flags-service.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let fixture: Awaited<ReturnType<typeof smallPlan>>;
const ids = { nation: randomUUID(), region: randomUUID(), outcome: randomUUID(), output: randomUUID() };
const indicators = { linked: randomUUID(), unlinked: randomUUID() };

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });

async function addFlag(indicatorId: string, period: string, orgUnitId = ids.nation) {
  const id = randomUUID();
  await ctx.db.insert(monitoringFlags).values({
    id,
    workspaceId: home.id,
    indicatorId,
    period,
    orgUnitId,
    status: 'off_track',
    actual: 12,
    expected: 30,
  });
  return id;
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  fixture = await smallPlan(ctx, home);
  await ctx.db.insert(monitoringOrgUnits).values([
    { id: ids.nation, workspaceId: home.id, code: 'NAT', name: 'Kasora', path: `/${ids.nation}/`, level: 1 },
    {
      id: ids.region,
      workspaceId: home.id,
      code: 'NORTH',
      name: 'North',
      nameTranslations: { fr: 'Nord' },
      parentId: ids.nation,
      path: `/${ids.nation}/${ids.region}/`,
      level: 2,
    },
  ]);
  await ctx.db.insert(monitoringResults).values([
    { id: ids.outcome, workspaceId: home.id, level: 'outcome', code: 'OC1', title: 'Trust in police' },
    {
      id: ids.output,
      workspaceId: home.id,
      parentId: ids.outcome,
      level: 'output',
      code: 'OP1',
      title: 'Police act adopted',
    },
  ]);
  // the outcome's indicator puts the output's items (a descendant result) up for review
  await ctx.db.insert(monitoringResultPlanItems).values([
    { resultId: ids.output, planItemId: fixture.a.id },
    { resultId: ids.outcome, planItemId: fixture.project.id },
  ]);
  await ctx.db.insert(monitoringIndicators).values([
    {
      id: indicators.linked,
      workspaceId: home.id,
      code: 'TRUST',
      name: 'Trust in police',
      nameTranslations: { fr: 'Confiance dans la police' },
      level: 'outcome',
      kind: 'perception',
      numerator: '#{TRUST_YES}',
      resultId: ids.outcome,
    },
    {
      id: indicators.unlinked,
      workspaceId: home.id,
      code: 'CASES',
      name: 'Cases closed',
      level: 'output',
      kind: 'administrative',
      numerator: '#{CLOSED}',
    },
  ]);
});
afterAll(() => ctx.close());

describe('review flags', () => {
  it('lists flags with the plan items up for review, in the reader’s language, filtered by plan', async () => {
    const flagId = await addFlag(indicators.linked, '2026');
    await addFlag(indicators.unlinked, '2026', ids.region);
    expect((await api(ctx, 'GET', `${base()}/flags`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/flags`, as(other.owner))).status).toBe(403);
    const bad = await api(ctx, 'GET', `${base()}/flags?status=closed`, as(editor));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^status: /);

    const listed = await api(ctx, 'GET', `${base()}/flags?status=open`, {
      ...as(editor),
      headers: { 'accept-language': 'fr' },
    });
    expect(listed.status).toBe(200);
    const flag = listed.body.flags.find((f: { id: string }) => f.id === flagId);
    expect(flag).toMatchObject({
      indicatorCode: 'TRUST',
      indicatorName: 'Confiance dans la police',
      orgUnitName: 'Kasora',
      period: '2026',
      status: 'off_track',
      actual: 12,
      expected: 30,
      decision: null,
      scenario: null,
    });
    expect(flag.items.map((i: { code: string }) => i.code).sort()).toEqual(['P1.1', 'P1.1.1']);
    expect(flag.items[0]).toMatchObject({ planId: fixture.plan.id, planName: 'Fixture plan' });
    const cases = listed.body.flags.find((f: { indicatorCode: string }) => f.indicatorCode === 'CASES');
    expect(cases).toMatchObject({ orgUnitName: 'Nord', items: [] });

    // the home page lists open flags as tasks for those who may re-plan or decide, in the reader's
    // language, and only those with plan items to re-plan
    const overview = await api(ctx, 'GET', `/api/workspaces/${home.slug}/overview`, as(editor));
    expect(overview.body.tasks).toContainEqual({
      kind: 'review_flag',
      subject: 'flag',
      subjectId: flagId,
      title: 'TRUST Trust in police',
      remaining: null,
    });
    expect(overview.body.tasks.filter((t: { kind: string }) => t.kind === 'review_flag')).toHaveLength(1);
    const inFrench = await api(ctx, 'GET', `/api/workspaces/${home.slug}/overview`, {
      ...as(editor),
      headers: { 'accept-language': 'fr' },
    });
    expect(inFrench.body.tasks).toContainEqual(
      expect.objectContaining({ subjectId: flagId, title: 'TRUST Confiance dans la police' }),
    );

    const forPlan = await api(ctx, 'GET', `${base()}/flags?planId=${fixture.plan.id}`, as(editor));
    expect(forPlan.body.flags.map((f: { id: string }) => f.id)).toEqual([flagId]);
    const otherPlan = await api(ctx, 'GET', `${base()}/flags?planId=nope`, as(editor));
    expect(otherPlan.body.flags).toEqual([]);
  });

  it('records a decision once, with a reason, for monitoring:decide only', async () => {
    const flagId = await addFlag(indicators.linked, '2025');
    const path = `${base()}/flags/${flagId}/decision`;
    const body = { decision: 'continue', reason: 'Survey delayed; the trend is rising' };
    expect((await api(ctx, 'POST', path, { body })).status).toBe(401);
    expect((await api(ctx, 'POST', path, { ...as(other.owner), body })).status).toBe(403);
    expect((await api(ctx, 'POST', path, { ...as(editor), body })).status).toBe(403);
    const noReason = await api(ctx, 'POST', path, {
      ...as(home.owner),
      body: { decision: 'drop', reason: ' ' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/^reason: /);
    const badDecision = await api(ctx, 'POST', path, {
      ...as(home.owner),
      body: { decision: 'pause', reason: 'x' },
    });
    expect(badDecision.body.error.message).toMatch(/^decision: /);
    const stale = await api(ctx, 'POST', path, { ...as(home.owner), body, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);

    const decided = await api(ctx, 'POST', path, { ...as(home.owner), body, headers: { 'if-match': '"1"' } });
    expect(decided.status).toBe(200);
    expect(decided.body.flag).toMatchObject({
      decision: 'continue',
      reason: body.reason,
      decidedBy: home.owner.name,
      version: 2,
    });
    expect(decided.headers.get('etag')).toBe('"2"');
    const again = await api(ctx, 'POST', path, {
      ...as(home.owner),
      body: { decision: 'drop', reason: 'No' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/^decision: /);
    const missing = await api(ctx, 'POST', `${base()}/flags/nope/decision`, { ...as(home.owner), body });
    expect(missing.status).toBe(404);

    const decidedList = await api(ctx, 'GET', `${base()}/flags?status=decided`, as(editor));
    expect(decidedList.body.flags.map((f: { id: string }) => f.id)).toContain(flagId);
    const audit = await ctx.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityId, flagId)));
    expect(audit).toEqual([{ action: 'monitoring_flag.decide', actorId: home.owner.id }]);
  });

  it('opens one re-planning scenario of the plan holding the flagged items and decides "adjust"', async () => {
    const flagId = await addFlag(indicators.linked, '2024');
    const path = `${base()}/flags/${flagId}/scenario`;
    expect((await api(ctx, 'POST', path, { ...as(editor), body: {} })).status).toBe(403);
    const bad = await api(ctx, 'POST', path, { ...as(home.owner), body: { name: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^name: /);

    const opened = await api(ctx, 'POST', path, { ...as(home.owner), body: { note: 'Re-sequence the act' } });
    expect(opened.status).toBe(201);
    const { flag } = opened.body;
    expect(flag).toMatchObject({
      decision: 'adjust',
      reason: 'Re-sequence the act',
      scenario: { name: 'TRUST 2024' },
    });
    const [scenario] = await ctx.db.select().from(plans).where(eq(plans.id, flag.scenario.id));
    expect(scenario).toMatchObject({ scenarioOf: fixture.plan.id, scenarioNote: 'Re-sequence the act' });
    const again = await api(ctx, 'POST', path, { ...as(home.owner), body: {} });
    expect(again.status).toBe(409);

    const noItems = await addFlag(indicators.unlinked, '2024');
    const refused = await api(ctx, 'POST', `${base()}/flags/${noItems}/scenario`, {
      ...as(home.owner),
      body: {},
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/^flagId: no plan item/);
  });
});

describe('applyFlagStatuses', () => {
  it('raises a flag per off-track indicator and org unit, refreshes others, never reopens decided ones', async () => {
    const status = (orgUnitId: string, period: string, s: 'off_track' | 'on_track', actual: number) => ({
      indicatorId: indicators.unlinked,
      orgUnitId,
      period,
      status: s,
      actual,
      expected: 50,
    });
    const first = await applyFlagStatuses(ctx.db, home.id, [
      status(ids.nation, '2030', 'off_track', 10),
      status(ids.region, '2030', 'on_track', 60),
    ]);
    expect(first.raised).toBe(1);
    const again = await applyFlagStatuses(ctx.db, home.id, [status(ids.nation, '2030', 'off_track', 11)]);
    expect(again.raised).toBe(0);
    const rows = () =>
      ctx.db
        .select()
        .from(monitoringFlags)
        .where(
          and(eq(monitoringFlags.workspaceId, home.id), eq(monitoringFlags.indicatorId, indicators.unlinked)),
        )
        .orderBy(asc(monitoringFlags.period));
    const flag2030 = (await rows()).find((r) => r.period === '2030' && r.orgUnitId === ids.nation);
    expect(flag2030).toMatchObject({ status: 'off_track', actual: 11, decision: null });
    await ctx.db
      .update(monitoringFlags)
      .set({ decision: 'continue', reason: 'ok' })
      .where(eq(monitoringFlags.id, flag2030?.id as string));
    await applyFlagStatuses(ctx.db, home.id, [status(ids.nation, '2030', 'on_track', 55)]);
    const recovered = (await rows()).find((r) => r.id === flag2030?.id);
    expect(recovered).toMatchObject({ status: 'on_track', actual: 55, decision: 'continue' });
    const raised = await ctx.db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.action, 'monitoring_flag.raise')));
    expect(raised).toEqual([{ actorId: null }]);
  });
});
