import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { seedMapAndAssessments } from './seed-testing.ts';

let ctx: TestContext;
let workspace: TestWorkspace;
let planId: string;
let monitoring: Awaited<ReturnType<typeof seedMonitoring>>;

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const { owner, ownerActor, assessor } = await seedMapAndAssessments(ctx, workspace);
  await seedNeedsAndConsultations(ctx.db, workspace.slug, { owner, assessor });
  ({ planId } = await seedPlan(ctx.db, ownerActor));
  const started = performance.now();
  monitoring = await seedMonitoring(ctx.db, ownerActor, planId);
  console.info(`demo monitoring seeded in ${Math.round(performance.now() - started)} ms`);
}, 240_000);
afterAll(() => ctx.close());

const get = async (path: string) => {
  const res = await api(ctx, 'GET', `/api/workspaces/${workspace.slug}/monitoring${path}`, {
    cookie: workspace.owner.cookie,
  });
  expect(res.status, path).toBe(200);
  return res.body;
};

interface Indicator {
  id: string;
  code: string;
  level: string;
  kind: string;
}

describe('the Kasora demo monitoring', () => {
  it('has twenty indicators across the results chain, two of them computed from assessment rounds', async () => {
    const { indicators } = (await get('/indicators')) as { indicators: Indicator[] };
    expect(indicators.length).toBe(20);
    expect(indicators.filter((indicator) => indicator.kind === 'expert').length).toBe(2);
    expect(new Set(indicators.map((indicator) => indicator.level))).toEqual(
      new Set(['input', 'output', 'outcome', 'impact']),
    );
    expect(new Set(indicators.map((indicator) => indicator.kind))).toEqual(
      new Set(['administrative', 'perception', 'expert', 'event']),
    );
    const { results } = (await get('/results')) as {
      results: { level: string; planItems: { planId: string }[] }[];
    };
    expect(new Set(results.map((result) => result.level))).toEqual(
      new Set(['impact', 'outcome', 'output', 'activity']),
    );
    expect(results.some((result) => result.planItems.some((item) => item.planId === planId))).toBe(true);
  });

  it('has five years of values for each region, disaggregated by sex', async () => {
    expect(monitoring.imported.imported).toBeGreaterThan(1000);
    const staff = monitoring.elements.id('POL_STAFF');
    const { dataValues } = (await get(`/data-values?dataElementId=${staff}&format=json`)) as {
      dataValues: { period: string; orgUnit: string; categoryOptionCombo: string }[];
    };
    const years = new Set(dataValues.map((value) => value.period));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(new Set(dataValues.map((value) => value.categoryOptionCombo))).toEqual(new Set(['F', 'M']));
    expect(new Set(dataValues.map((value) => value.orgUnit))).toEqual(
      new Set(['CAP', 'NORTH', 'EAST', 'LAKE']),
    );
  });

  it('computes the two expert indicators from the validated governance assessments', async () => {
    expect(monitoring.assessed.values).toBeGreaterThanOrEqual(2);
    const { statuses } = (await get('/indicators/status')) as {
      statuses: { code: string; kind: string; actual: number | null }[];
    };
    const expert = statuses.filter((status) => status.kind === 'expert');
    expect(expert.map((status) => status.code).sort()).toEqual(['OC_GOVERNANCE', 'OC_PARL_OVERSIGHT']);
    for (const status of expert) expect(status.actual, status.code).not.toBeNull();
  });

  it('has three indicators off track and three at risk nationally at the plan’s status date (expert ones aside)', async () => {
    const { statuses } = (await get('/indicators/status')) as {
      statuses: { code: string; kind: string; orgUnitName: string; status: string }[];
    };
    // The expert indicators' status follows the assessment rounds, not the generated data.
    const national = statuses.filter(
      (status) => status.orgUnitName === 'Republic of Kasora' && status.kind !== 'expert',
    );
    const codes = (wanted: string) =>
      national
        .filter((status) => status.status === wanted)
        .map((status) => status.code)
        .sort();
    expect(codes('off_track')).toEqual(['OC_PRETRIAL', 'OC_TRUST', 'OP_WOMEN_POLICE']);
    expect(codes('at_risk')).toEqual(['IM_HOMICIDE', 'IN_BUDGET_EXECUTION', 'OC_COMPLAINTS_RESOLVED']);
  });

  it('has off-track indicators with one flag already turned into a re-planning scenario, and open flags left', async () => {
    expect(monitoring.scenarioPlanId).toBeTruthy();
    const decided = (await get('/flags?status=decided')) as {
      flags: { indicatorCode: string; decision: string; scenario: { id: string } | null; items: unknown[] }[];
    };
    const replanned = decided.flags.filter((flag) => flag.scenario);
    expect(replanned.map((flag) => flag.indicatorCode)).toEqual(['OC_PRETRIAL']);
    expect(replanned[0]).toMatchObject({ decision: 'adjust', scenario: { id: monitoring.scenarioPlanId } });
    expect(replanned[0].items.length).toBeGreaterThan(0);
    const open = (await get('/flags?status=open')) as { flags: { indicatorCode: string }[] };
    expect(new Set(open.flags.map((flag) => flag.indicatorCode))).toEqual(
      new Set(['OC_TRUST', 'OP_WOMEN_POLICE']),
    );
    const scenario = await api(
      ctx,
      'GET',
      `/api/workspaces/${workspace.slug}/plans/${monitoring.scenarioPlanId}`,
      {
        cookie: workspace.owner.cookie,
      },
    );
    expect(scenario.status).toBe(200);
  });

  it('has the "Programme overview" dashboard, every chart with figures', async () => {
    const { dashboards } = (await get('/dashboards')) as { dashboards: { id: string; name: string }[] };
    expect(dashboards.map((dashboard) => dashboard.name)).toEqual(['Programme overview']);
    const detail = (await get(`/dashboards/${monitoring.dashboardId}`)) as {
      charts: {
        title: string;
        errorCode: string | null;
        data: { rows: unknown[]; options: unknown[] } | null;
      }[];
      dataAsOf: string | null;
    };
    expect(detail.dataAsOf).not.toBeNull();
    expect(detail.charts.length).toBe(6);
    for (const chart of detail.charts) {
      expect(chart.errorCode, chart.title).toBeNull();
      expect(chart.data?.rows.length, chart.title).toBeGreaterThan(0);
    }
    const bySex = detail.charts.find((chart) => chart.title.includes('by sex'));
    expect(bySex?.data?.options.length).toBe(2);
  });
});
