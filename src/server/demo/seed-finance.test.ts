import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestContext,
  newMember,
  newWorkspace,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../testing/harness.ts';
import { readDemoFinance } from './finance-file.ts';
import { seedCoordination } from './seed-coordination.ts';
import { seedFinance } from './seed-finance.ts';
import { seedNeedsAndConsultations } from './seed-needs.ts';
import { seedPlan } from './seed-plan.ts';
import { seedMapAndAssessments } from './seed-testing.ts';

let ctx: TestContext;
let workspace: TestWorkspace;
let donor: TestUser;
let planId: string;
let finance: Awaited<ReturnType<typeof seedFinance>>;
const demo = readDemoFinance();

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const { owner, ownerActor, assessor } = await seedMapAndAssessments(ctx, workspace);
  await seedNeedsAndConsultations(ctx.db, workspace.slug, { owner, assessor });
  ({ planId } = await seedPlan(ctx.db, ownerActor));
  donor = await newMember(ctx, workspace, 'donor');
  const people = new Map([['donor@demo.custodes.org', donor.id]]);
  finance = await seedFinance(ctx.db, ownerActor, planId, { people });
  await seedCoordination(ctx.db, ownerActor, planId, finance.funderIds);
}, 240_000);
afterAll(() => ctx.close());

const get = async (path: string, user: { cookie: string } = workspace.owner) => {
  const res = await api(ctx, 'GET', `/api/workspaces/${workspace.slug}${path}`, { cookie: user.cookie });
  expect(res.status, path).toBe(200);
  return res.body;
};

describe('the Kasora demo finance', () => {
  it('has five fiscal years of budget lines with exactly one secret line, and the macro context', async () => {
    const { lines: budgetLines, years } = await get('/finance/budget-lines');
    expect(years).toEqual([2022, 2023, 2024, 2025, 2026]);
    const secret = budgetLines.filter((line: { secret: boolean }) => line.secret);
    expect(new Set(secret.map((line: { description: string }) => line.description)).size).toBe(1);
    expect(budgetLines.some((line: { sourceFunderId: string | null }) => line.sourceFunderId)).toBe(true);
    const { years: macro } = await get('/finance/macro');
    expect(macro.map((year: { fiscalYear: number }) => year.fiscalYear)).toEqual([
      2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('has six donors and a pooled fund, with flows in three currencies', async () => {
    const { funders } = await get('/finance/funders');
    const donors = funders.filter((funder: { type: string }) => funder.type !== 'pooled_fund');
    expect(donors.length).toBe(6);
    const { flows } = await get('/finance/flows');
    const currencies = new Set(flows.map((flow: { currency: string }) => flow.currency));
    for (const currency of ['USD', 'EUR', 'GBP']) expect(currencies).toContain(currency);
    const { funds } = await get('/finance/pooled-funds');
    expect(funds.length).toBe(1);
    const contributors = new Set(funds[0].contributions.map((entry: { funderId: string }) => entry.funderId));
    expect(contributors.size).toBeGreaterThanOrEqual(2);
    expect(funds[0].allocations.length).toBeGreaterThan(0);
  });

  it('imported one donor from its IATI file, with activities matched to the plan', async () => {
    expect(finance.iati).toMatchObject({ version: '2.03', activities: 4 });
    expect(finance.iati.matched).toBe(3);
    const { activities } = await get('/iati/activities');
    const matched = activities
      .map((activity: { matchedItem: { code: string } | null }) => activity.matchedItem?.code)
      .filter(Boolean)
      .sort();
    expect(matched).toEqual(['3.3.2', '6.1.1', '7.1.1']);
    const { imports } = await get('/iati/imports');
    expect(imports.length).toBe(1);
    const uk = finance.funderIds.get('UK');
    const { flows } = await get('/finance/flows');
    expect(flows.some((flow: { funderId: string; currency: string }) => flow.funderId === uk)).toBe(true);
  });

  it('links the donor person to their funder, who sees their own funding', async () => {
    const { funders } = await get('/finance/funders', donor);
    const nordic = funders.find((funder: { id: string }) => funder.id === finance.funderIds.get('NDCA'));
    expect(nordic).toBeDefined();
  });

  it('shows a sustainability gap after 2028 when the EU leaves', async () => {
    expect(finance.scenarioIds.length).toBe(demo.scenarios.length);
    const projection = await get(`/finance/scenarios/${finance.scenarioIds[0]}/projection`);
    const after = projection.years.filter((year: { fiscalYear: number }) => year.fiscalYear > 2028);
    const gap = after.reduce((sum: number, year: { gap: number | null }) => sum + (year.gap ?? 0), 0);
    expect(gap).toBeGreaterThan(0);
    expect(projection.firstGapYear).toBeGreaterThan(2028);
    const reform = projection.years.find((year: { fiscalYear: number }) => year.fiscalYear === 2029);
    expect(reform.reformRecurrent).toBeGreaterThan(0);
  });
});

describe('the Kasora demo coordination', () => {
  it('flags at least one funding gap and one possible duplication in the coverage matrix', async () => {
    const coverage = await get('/coordination/coverage');
    expect(coverage.plan.id).toBe(planId);
    expect(coverage.rows.filter((row: { gap: unknown }) => row.gap).length).toBeGreaterThanOrEqual(1);
    const duplicated = coverage.rows.filter(
      (row: { kind: string; duplication: unknown }) => row.kind === 'area' && row.duplication,
    );
    expect(duplicated.map((row: { label: string }) => row.label)).toContain('6 Justice and corrections');
    expect(coverage.missingRates).toEqual([]);
  });

  it('has a joint committee with meetings and actions, a pooled fund board, and a compact with overdue commitments', async () => {
    const { mechanisms } = await get('/coordination/mechanisms');
    const kinds = mechanisms.map((mechanism: { kind: string }) => mechanism.kind).sort();
    expect(kinds).toEqual(['compact', 'joint_committee', 'pooled_fund']);
    const committee = mechanisms.find((mechanism: { kind: string }) => mechanism.kind === 'joint_committee');
    expect(committee.meetingCount).toBeGreaterThan(0);
    expect(committee.openActionCount).toBeGreaterThan(0);
    const compact = mechanisms.find((mechanism: { kind: string }) => mechanism.kind === 'compact');
    expect(compact.overdueCount).toBeGreaterThanOrEqual(1);
    const { reminders } = await get('/coordination/reminders');
    expect(reminders.length).toBeGreaterThanOrEqual(1);
  });
});
