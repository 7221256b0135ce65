import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitoringAnalytics } from '../../db/schema/index.ts';
import { api, createTestContext, newWorkspace, type TestContext } from '../../testing/harness.ts';
import { insertDataElement, insertOrgUnits, seedTestValues } from './analytics-fixtures.ts';
import { refreshAnalytics, waitForAnalytics } from './analytics-refresh.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

async function figure(workspaceId: string, de: string, ou: string, period: string) {
  const [row] = await ctx.db
    .select({ value: monitoringAnalytics.value })
    .from(monitoringAnalytics)
    .where(
      and(
        eq(monitoringAnalytics.workspaceId, workspaceId),
        eq(monitoringAnalytics.dataElementId, de),
        eq(monitoringAnalytics.orgUnitId, ou),
        eq(monitoringAnalytics.period, period),
      ),
    );
  return row?.value;
}

async function periodsOf(workspaceId: string, de: string) {
  const rows = await ctx.db
    .selectDistinct({ period: monitoringAnalytics.period })
    .from(monitoringAnalytics)
    .where(and(eq(monitoringAnalytics.workspaceId, workspaceId), eq(monitoringAnalytics.dataElementId, de)));
  return rows.map((r) => r.period);
}

/** A workspace N > R1 > D, N > R2 with 5 cases in D, January 2026, already in the analytics table. */
async function setUp() {
  const ws = await newWorkspace(ctx);
  const ou = await insertOrgUnits(ctx.db, ws.id, [
    { code: 'N' },
    { code: 'R1', parent: 'N' },
    { code: 'R2', parent: 'N' },
    { code: 'D', parent: 'R1' },
  ]);
  const [N, R1, R2, D] = ['N', 'R1', 'R2', 'D'].map((c) => ou.get(c) as string);
  const cases = await insertDataElement(ctx.db, ws.id, 'CASES', 'sum');
  await seedTestValues(ctx.db, ws.id, [
    { de: cases, ou: D, period: '202601', value: 5 },
    { de: cases, ou: D, period: '202602', value: 7 },
  ]);
  await refreshAnalytics({ db: ctx.db, workspaceId: ws.id });
  const base = `/api/workspaces/${ws.slug}`;
  const owner = { cookie: ws.owner.cookie };
  return { ws, N, R1, R2, D, cases, base, owner };
}

describe('analytics after metadata changes', () => {
  it('counts a moved unit under its new parent and a deleted one nowhere', async () => {
    const { ws, N, R1, R2, D, cases, base, owner } = await setUp();
    expect(await figure(ws.id, cases, R1, '202601')).toBe(5);
    const moved = await api(ctx, 'PATCH', `${base}/monitoring/org-units/${D}`, {
      ...owner,
      body: { parentId: R2 },
    });
    expect(moved.status).toBe(200);
    await waitForAnalytics(ws.id);
    expect(await figure(ws.id, cases, R1, '202601')).toBeUndefined();
    expect(await figure(ws.id, cases, R2, '202601')).toBe(5);
    expect(await figure(ws.id, cases, N, '2026Q1')).toBe(12);

    const deleted = await api(ctx, 'DELETE', `${base}/monitoring/org-units/${D}`, owner);
    expect(deleted.status).toBe(204);
    await waitForAnalytics(ws.id);
    expect(await figure(ws.id, cases, R2, '202601')).toBeUndefined();
    expect(await figure(ws.id, cases, N, '2026Q1')).toBeUndefined();
  });

  it('re-aggregates an element whose rule changes', async () => {
    const { ws, N, cases, base, owner } = await setUp();
    expect(await figure(ws.id, cases, N, '2026Q1')).toBe(12);
    const changed = await api(ctx, 'PATCH', `${base}/monitoring/data-elements/${cases}`, {
      ...owner,
      body: { aggregation: 'last' },
    });
    expect(changed.status).toBe(200);
    await waitForAnalytics(ws.id);
    expect(await figure(ws.id, cases, N, '2026Q1')).toBe(7);
  });

  it('adds the periods of a new fiscal type from a data set, an indicator or the fiscal-year start', async () => {
    const { ws, cases, base, owner } = await setUp();
    expect(await periodsOf(ws.id, cases)).not.toContain('2025July');
    const set = await api(ctx, 'POST', `${base}/monitoring/data-sets`, {
      ...owner,
      body: { code: 'FY', name: 'Fiscal', periodType: 'financial_july' },
    });
    expect(set.status).toBe(201);
    await waitForAnalytics(ws.id);
    expect(await periodsOf(ws.id, cases)).toContain('2025July');

    const indicator = await api(ctx, 'POST', `${base}/monitoring/indicators`, {
      ...owner,
      body: {
        code: 'IND',
        name: 'Cases',
        level: 'outcome',
        kind: 'administrative',
        numerator: '1',
        frequency: 'financial_oct',
      },
    });
    expect(indicator.status).toBe(201);
    await waitForAnalytics(ws.id);
    expect(await periodsOf(ws.id, cases)).toContain('2025Oct');

    const settings = await api(ctx, 'PUT', `${base}/finance/settings`, {
      ...owner,
      body: { reportingCurrency: 'USD', fiscalYearStartMonth: 4 },
    });
    expect(settings.status).toBe(200);
    await waitForAnalytics(ws.id);
    expect(await periodsOf(ws.id, cases)).toContain('2025April');
  });
});
