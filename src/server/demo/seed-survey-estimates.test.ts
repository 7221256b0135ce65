import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForAnalytics } from '../modules/monitoring/analytics-refresh.ts';
import { computeIndicatorValues } from '../modules/monitoring/indicator-values.ts';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../testing/harness.ts';
import { seedMonitoring } from './seed-monitoring.ts';
import { seedNeedsAndConsultations } from './seed-needs.ts';
import { seedPlan } from './seed-plan.ts';
import { seedSurveyEstimates } from './seed-survey-estimates.ts';
import { seedSurveys } from './seed-surveys.ts';
import { seedMapAndAssessments } from './seed-testing.ts';

let ctx: TestContext;
let workspace: TestWorkspace;
let surveyId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const { owner, ownerActor, assessor } = await seedMapAndAssessments(ctx, workspace);
  await seedNeedsAndConsultations(ctx.db, workspace.slug, { owner, assessor });
  const { planId } = await seedPlan(ctx.db, ownerActor);
  await seedMonitoring(ctx.db, ownerActor, planId);
  ({ surveyId } = await seedSurveys(ctx.db, ownerActor));
  await seedSurveyEstimates(ctx.db, ownerActor, surveyId);
  await waitForAnalytics(workspace.id);
}, 300_000);
afterAll(async () => {
  await waitForAnalytics(workspace.id);
  await ctx.close();
});

const get = async (path: string) => {
  const res = await api(ctx, 'GET', `/api/workspaces/${workspace.slug}${path}`, {
    cookie: workspace.owner.cookie,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('the demo survey estimates', () => {
  it('computes the stored estimates under the two-stage design, with design effects above 1', async () => {
    const { sample, estimates, problem } = await get(`/surveys/${surveyId}/estimates`);
    expect(problem).toBeNull();
    expect(sample.strata).toBe(4);
    expect(sample.psus).toBe(88);
    const trust = estimates.filter(
      (e: { variable: string; domain: string | null }) => e.variable === 'trust_police',
    );
    expect(trust.length).toBeGreaterThan(1);
    expect(Math.max(...trust.map((e: { deff: number }) => e.deff))).toBeGreaterThan(1);
  });

  it('publishes feeling safe and trust in the police to Monitor, the indicator equal to the estimate', async () => {
    const { indicators } = await get('/monitoring/indicators');
    for (const code of ['IM_SAFE', 'OC_TRUST']) {
      const indicator = indicators.find((i: { code: string }) => i.code === code);
      const { intervals } = await get(`/monitoring/indicators/${indicator.id}/intervals`);
      const total = intervals.find(
        (i: { disaggregation: string; period: string; n: number }) =>
          i.period === '2026' && i.disaggregation === '' && i.n > 1000,
      );
      expect(total, code).toBeDefined();
      expect(total.ciLow).toBeLessThan(total.estimate);
      const [monitor] = await computeIndicatorValues({
        db: ctx.db,
        workspaceId: workspace.id,
        indicatorIds: [indicator.id],
        periods: ['2026'],
        orgUnitIds: [total.orgUnitId],
      });
      expect(monitor?.value).toBeCloseTo(total.estimate, 6);
      const disaggregations = new Set(intervals.map((i: { disaggregation: string }) => i.disaggregation));
      expect(disaggregations).toEqual(
        new Set(['', 'SEX=F', 'SEX=M', 'AGE=Y15_24', 'AGE=Y25_49', 'AGE=Y50P']),
      );
    }
  });
});
