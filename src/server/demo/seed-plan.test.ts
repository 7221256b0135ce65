import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../testing/harness.ts';
import { readDemoPlan } from './plan-file.ts';
import { seedNeedsAndConsultations } from './seed-needs.ts';
import { seedPlan } from './seed-plan.ts';
import { seedMapAndAssessments } from './seed-testing.ts';

let ctx: TestContext;
let workspace: TestWorkspace;
let seeded: Awaited<ReturnType<typeof seedPlan>>;
const demo = readDemoPlan();

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const { owner, ownerActor, assessor } = await seedMapAndAssessments(ctx, workspace);
  await seedNeedsAndConsultations(ctx.db, workspace.slug, { owner, assessor });
  seeded = await seedPlan(ctx.db, ownerActor);
}, 120_000);
afterAll(() => ctx.close());

const get = async (path: string) =>
  (
    await api(ctx, 'GET', `/api/workspaces/${workspace.slug}/plans${path}`, {
      cookie: workspace.owner.cookie,
    })
  ).body;

describe('the Kasora demo plan', () => {
  it('holds about sixty activities, linked to needs, scheduled without breaking any constraint', async () => {
    const detail = await get(`/${seeded.planId}`);
    const activities = detail.items.filter((item: { kind: string }) => item.kind === 'activity');
    expect(activities.length).toBe(demo.items.filter((item) => item.kind === 'activity').length);
    expect(activities.length).toBeGreaterThanOrEqual(55);
    expect(detail.dependencies.length).toBe(demo.dependencies.length);
    expect(detail.items.some((item: { needIds: string[] }) => item.needIds.length > 0)).toBe(true);
    expect(detail.analysis.violations).toEqual([]);
    expect(detail.analysis.finishMonth).toBeGreaterThanOrEqual(detail.analysis.lowerBound);
    expect(detail.analysis.finishMonth).toBeLessThanOrEqual(72);
    expect(detail.plan.status).toBe('approved');
    // Criticality counts the capacities too, so more than the last activities before the finish are critical.
    const critical = activities.filter((item: { id: string }) =>
      detail.analysis.criticalPath.includes(item.id),
    );
    expect(critical.length).toBeGreaterThan(5);
    expect(
      critical.some(
        (item: { startMonth: number; duration: number }) =>
          item.startMonth + item.duration === detail.analysis.finishMonth,
      ),
    ).toBe(true);
  });

  it('has progress, an approved baseline and risks', async () => {
    const tracking = await get(`/${seeded.planId}/tracking?asOf=2026-11`);
    expect(tracking.totals.green).toBeGreaterThan(0);
    expect(tracking.totals.amber + tracking.totals.red).toBeGreaterThan(0);
    const { risks } = await get(`/${seeded.planId}/risks`);
    expect(risks.length).toBe(demo.risks.length);
    expect(risks.some((risk: { category: string }) => risk.category === 'spoilers')).toBe(true);
  });

  it('has a scenario that finishes later with less EU money, and says which reforms slip', async () => {
    const comparison = await get(`/${seeded.planId}/compare/${seeded.scenarioId}`);
    expect(comparison.scenario.finishMonth).toBeGreaterThanOrEqual(comparison.base.finishMonth);
    expect(comparison.slips.length).toBeGreaterThan(0);
    const scenario = await get(`/${seeded.scenarioId}`);
    expect(scenario.analysis.violations).toEqual([]);
  });
});
