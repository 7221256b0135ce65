import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planToProblem } from '../../core/planning/model.ts';
import { monthOffset } from '../../core/planning/portfolio.ts';
import { criticalPathBound } from '../../core/scheduling/index.ts';
import { assessments, needs } from '../db/schema/index.ts';
import { getOptimisation, startOptimisation, waitForOptimisation } from '../modules/plans/optimiser-jobs.ts';
import { getPlanDetail, updatePlan } from '../modules/plans/plans-service.ts';
import { findPlan, loadPlanContents } from '../modules/plans/repo.ts';
import { listRisks } from '../modules/plans/risks-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { createTestContext, newWorkspace, type TestContext } from '../testing/harness.ts';
import { KASORA_PLAN_FILE, parseDemoPlan, readDemoPlan } from './plan-file.ts';
import { seedNeedsAndConsultations } from './seed-needs.ts';
import { seedPlan } from './seed-plan.ts';
import { seedMapAndAssessments } from './seed-testing.ts';

const demo = readDemoPlan();
const rawFile = () => JSON.parse(readFileSync(KASORA_PLAN_FILE, 'utf8'));
const countOf = (items: Array<{ kind: string }>, kind: string) =>
  items.filter((item) => item.kind === kind).length;

describe('the Kasora plan file', () => {
  it('reads through the plans API schemas and holds the whole plan', () => {
    expect(countOf(demo.items, 'programme')).toBe(7);
    expect(countOf(demo.items, 'project')).toBe(18);
    expect(countOf(demo.items, 'activity')).toBe(69);
    expect(demo.dependencies).toHaveLength(81);
    expect(demo.resources).toHaveLength(9);
    expect(demo.risks).toHaveLength(12);
    expect(demo.scenario.name).toBe('EU funding ends after 2027');
    const fiscal = demo.risks.filter((risk) => risk.category === 'fiscal_sustainability');
    expect(fiscal.map((risk) => risk.title)).toEqual([
      'Retirement scheme costs exceed what the treasury can carry',
    ]);
  });

  it('refuses a file that names a missing row or a field the API does not take, naming the field', () => {
    const dangling = rawFile();
    dangling.dependencies[0].to = '9.9.9';
    expect(() => parseDemoPlan(dangling)).toThrow('dependencies.0.to: no item with code "9.9.9"');
    const unknownResource = rawFile();
    unknownResource.scenario.capacities.imf = [1];
    expect(() => parseDemoPlan(unknownResource)).toThrow(
      'scenario.capacities.imf: no resource with key "imf"',
    );
    // Items name actors by acronym in `lead`; the API's id field has no place in the file.
    const idField = rawFile();
    idField.items[0].leadActorId = 'some-id';
    expect(() => parseDemoPlan(idField)).toThrow(/^demo plan: items\.0: .*leadActorId/);
    const badCategory = rawFile();
    badCategory.risks[0].category = 'bad_luck';
    expect(() => parseDemoPlan(badCategory)).toThrow(/^demo plan: risks\.0\.category: /);
  });
});

describe('the Kasora plan seeded through the plans services', () => {
  let ctx: TestContext;
  let owner: WorkspaceActor;
  let seeded: Awaited<ReturnType<typeof seedPlan>>;
  const detailOf = (planId: string) => getPlanDetail({ db: ctx.db, actor: owner, planId });

  beforeAll(async () => {
    ctx = await createTestContext();
    const workspace = await newWorkspace(ctx);
    const { ownerActor, assessor } = await seedMapAndAssessments(ctx, workspace);
    owner = ownerActor;
    await seedNeedsAndConsultations(ctx.db, workspace.slug, { owner: workspace.owner, assessor });
    seeded = await seedPlan(ctx.db, owner);
  }, 120_000);
  afterAll(() => ctx.close());

  it('creates every row of the file and approves the plan', async () => {
    const detail = await detailOf(seeded.planId);
    expect(detail.plan).toMatchObject({ name: demo.plan.name, startMonth: '2026-01', status: 'approved' });
    expect(countOf(detail.items, 'programme')).toBe(7);
    expect(countOf(detail.items, 'project')).toBe(18);
    expect(countOf(detail.items, 'activity')).toBe(69);
    expect(detail.dependencies).toHaveLength(81);
    expect(detail.resources.map((resource) => resource.name)).toEqual(
      demo.resources.map((resource) => resource.name),
    );
    const risks = await listRisks({ db: ctx.db, actor: owner, planId: seeded.planId });
    expect(risks).toHaveLength(12);
    expect(risks.every((risk) => risk.itemIds.length > 0)).toBe(true);
    expect(risks.filter((risk) => risk.category === 'fiscal_sustainability')).toHaveLength(1);
  });

  it('schedules every activity without breaking a constraint, resources delaying the finish', async () => {
    const detail = await detailOf(seeded.planId);
    const activities = detail.items.filter((item) => item.kind === 'activity');
    expect(activities.every((item) => item.startMonth !== null && item.baselineStart !== null)).toBe(true);
    expect(detail.analysis.infeasibility).toBeNull();
    expect(detail.analysis.violations).toEqual([]);
    expect(detail.analysis.finishMonth).toBeLessThanOrEqual(72);
    // Without the capacities the dependencies alone would let the plan end sooner.
    const { data } = await loadPlanContents(
      ctx.db,
      await findPlan(ctx.db, owner.workspace.id, seeded.planId),
    );
    expect(criticalPathBound(planToProblem(data).problem)).toBeLessThan(detail.analysis.finishMonth);
    const elections = activities.find((item) => item.name === 'General elections');
    expect(elections).toMatchObject({ duration: 0, startMonth: 33 });
  });

  it('records progress, then re-plans from the status date, keeping work under way where it started', async () => {
    const detail = await detailOf(seeded.planId);
    expect(detail.plan).toMatchObject({ statusDate: demo.plan.statusDate, statusDateIsDefault: false });
    expect(detail.analysis.statusMonth).toBe(10);
    expect(detail.analysis.held).toHaveLength(19);
    const byCode = new Map(detail.items.map((item) => [item.code, item]));
    const tracked = demo.items.filter((item) => item.progress);
    expect(tracked).toHaveLength(19);
    for (const { code, progress } of tracked) {
      const item = byCode.get(code);
      expect(item, code).toMatchObject({
        status: progress?.status,
        percentComplete: progress?.percentComplete,
        actualStart: progress?.actualStart,
        actualFinish: progress?.actualFinish ?? null,
      });
      expect(item?.startMonth, code).toBe(monthOffset(demo.plan.startMonth, progress?.actualStart as string));
    }
    const untouched = detail.items.filter((item) => item.kind === 'activity' && !item.actualStart);
    expect(untouched.every((item) => item.status === 'not_started')).toBe(true);
  });

  it('links each item to the needs the baseline found for the criteria the file names', async () => {
    const detail = await detailOf(seeded.planId);
    const [baseline] = await ctx.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.workspaceId, owner.workspace.id), eq(assessments.isBaseline, true)));
    const needRows = await ctx.db.select().from(needs).where(eq(needs.assessmentId, baseline.id));
    const criterionOf = new Map(needRows.map((row) => [row.id, row.itemId]));
    const byCode = new Map(detail.items.map((item) => [item.code, item]));
    const found = new Set(needRows.map((row) => row.itemId));
    for (const { code, needItems = [] } of demo.items) {
      const linked = (byCode.get(code)?.needIds ?? []).map((id) => criterionOf.get(id));
      expect(linked.sort(), code).toEqual(needItems.filter((criterion) => found.has(criterion)).sort());
    }
    const working = detail.items.filter((item) => item.kind === 'activity' && item.duration !== 0);
    const withNeeds = working.filter((item) => item.needIds.length > 0);
    // Only where the baseline found no gap (2.3.3's c8-q1 today) does an activity stay unlinked.
    expect(withNeeds.length).toBeGreaterThan(working.length * 0.9);
  });

  it('optimised on a later status date, proposes no start before it and keeps every recorded actual start', async () => {
    await updatePlan({ db: ctx.db, actor: owner, planId: seeded.planId, patch: { statusDate: '2026-12' } });
    const started = await startOptimisation({
      db: ctx.db,
      actor: owner,
      planId: seeded.planId,
      input: { schedules: 2000, seed: 3 },
    });
    await waitForOptimisation(started.id);
    const run = await getOptimisation({
      db: ctx.db,
      actor: owner,
      planId: seeded.planId,
      optimisationId: started.id,
    });
    expect(run.status).toBe('done');
    expect(run.statusDate).toBe('2026-12');
    const statusMonth = monthOffset(demo.plan.startMonth, '2026-12');
    const detail = await detailOf(seeded.planId);
    const tracked = new Map(demo.items.filter((item) => item.progress).map((item) => [item.code, item]));
    expect(run.held).toHaveLength(tracked.size);
    for (const item of detail.items.filter((candidate) => candidate.kind === 'activity')) {
      const proposed = run.after?.starts[item.id];
      const progress = tracked.get(item.code)?.progress;
      if (progress)
        expect(proposed, item.code).toBe(monthOffset(demo.plan.startMonth, progress.actualStart as string));
      else expect(proposed, item.code).toBeGreaterThanOrEqual(statusMonth);
    }
    await updatePlan({
      db: ctx.db,
      actor: owner,
      planId: seeded.planId,
      patch: { statusDate: demo.plan.statusDate },
    });
  });

  it('has a scenario with less EU money that still schedules cleanly and ends no sooner', async () => {
    const base = await detailOf(seeded.planId);
    const scenario = await detailOf(seeded.scenarioId);
    expect(scenario.plan).toMatchObject({ name: demo.scenario.name, scenarioOf: seeded.planId });
    const eu = scenario.resources.find((resource) => resource.currency === 'EUR');
    expect(eu?.capacities).toEqual(demo.scenario.capacities.eu);
    expect(scenario.items.every((item) => item.kind !== 'activity' || item.startMonth !== null)).toBe(true);
    expect(scenario.analysis.violations).toEqual([]);
    expect(scenario.analysis.finishMonth).toBeGreaterThanOrEqual(base.analysis.finishMonth);
  });
});
