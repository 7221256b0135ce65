import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, monitoringDataElements } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { insertDataElement, insertOrgUnits, seedTestValues } from './analytics-fixtures.ts';
import { scheduleAnalyticsRefresh, waitForAnalytics } from './analytics-refresh.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let viewer: TestUser;
let donor: TestUser;
const ids: Record<string, string> = {};

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;
const as = (user: { cookie: string }, headers: Record<string, string> = {}) => ({
  cookie: user.cookie,
  headers,
});

const chartConfig = (item = ids.CASES) => ({
  items: [{ type: 'dataElement', id: item }],
  periods: ['2026'],
  orgUnits: { level: 2 },
});

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  donor = await newMember(ctx, home, 'donor');
  const ou = await insertOrgUnits(ctx.db, home.id, [
    { code: 'N' },
    { code: 'R1', parent: 'N' },
    { code: 'R2', parent: 'N' },
  ]);
  for (const [code, id] of ou) ids[code] = id;
  ids.CASES = await insertDataElement(ctx.db, home.id, 'CASES', 'sum');
  await seedTestValues(ctx.db, home.id, [
    { de: ids.CASES, ou: ids.R1, period: '202601', value: 4 },
    { de: ids.CASES, ou: ids.R2, period: '202602', value: 6 },
  ]);
  scheduleAnalyticsRefresh(ctx.db, home.id);
  await waitForAnalytics(home.id);
});
afterAll(async () => ctx?.close());

async function auditActions() {
  const rows = await ctx.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.chain, home.id));
  return rows.map((r) => r.action);
}

describe('dashboards', () => {
  it('refuses strangers, and writers only may change them', async () => {
    expect((await api(ctx, 'GET', `${base()}/dashboards`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/dashboards`, as(other.owner))).status).toBe(403);
    const byViewer = await api(ctx, 'POST', `${base()}/dashboards`, {
      ...as(viewer),
      body: { name: 'Mine' },
    });
    expect(byViewer.status).toBe(403);
    const empty = await api(ctx, 'POST', `${base()}/dashboards`, { ...as(donor), body: { name: '  ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^name/);
  });

  it('creates, fills, reads with figures, reorders, renames and deletes', async () => {
    const created = await api(ctx, 'POST', `${base()}/dashboards`, {
      ...as(donor),
      body: { name: 'Policing' },
    });
    expect(created.status).toBe(201);
    const dashboardId = created.body.dashboard.id;
    const chartsUrl = `${base()}/dashboards/${dashboardId}/charts`;

    const bad = await api(ctx, 'POST', chartsUrl, {
      ...as(donor),
      body: { title: 'Bad', type: 'ranked', config: chartConfig('nope') },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^config\.items\.0\.id/);

    const first = await api(ctx, 'POST', chartsUrl, {
      ...as(donor),
      body: { title: 'Cases by region', type: 'ranked', config: chartConfig() },
    });
    expect(first.status).toBe(201);
    const second = await api(ctx, 'POST', chartsUrl, {
      ...as(donor),
      body: { title: 'Cases table', type: 'pivot', config: chartConfig(), position: 0 },
    });
    expect(second.body.chart.position).toBe(0);

    const detail = await api(ctx, 'GET', `${base()}/dashboards/${dashboardId}`, as(viewer));
    expect(detail.status).toBe(200);
    expect(detail.body.charts.map((c: { title: string }) => c.title)).toEqual([
      'Cases table',
      'Cases by region',
    ]);
    const ranked = detail.body.charts[1];
    expect(ranked.errorCode).toBeNull();
    const values = ranked.data.rows.map((r: { orgUnit: string; value: number }) => [r.orgUnit, r.value]);
    expect(values.sort()).toEqual(
      [
        [ids.R1, 4],
        [ids.R2, 6],
      ].sort(),
    );
    expect(detail.body.dataAsOf).toEqual(expect.any(String));
    expect(detail.body.stale).toBe(false);

    const list = await api(ctx, 'GET', `${base()}/dashboards`, as(viewer));
    expect(list.body.dashboards).toEqual([expect.objectContaining({ id: dashboardId, chartCount: 2 })]);

    // Move the ranked chart first; a stale version is refused.
    const chartId = first.body.chart.id;
    const stale = await api(ctx, 'PATCH', `${base()}/charts/${chartId}`, {
      ...as(donor, { 'if-match': '"7"' }),
      body: { position: 0 },
    });
    expect(stale.status).toBe(412);
    const moved = await api(ctx, 'PATCH', `${base()}/charts/${chartId}`, {
      ...as(donor, { 'if-match': `"${first.body.chart.version}"` }),
      body: { position: 0, title: 'Cases, ranked' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.chart).toMatchObject({ position: 0, title: 'Cases, ranked', version: 2 });
    const reordered = await api(ctx, 'GET', `${base()}/dashboards/${dashboardId}`, as(viewer));
    expect(reordered.body.charts.map((c: { title: string }) => c.title)).toEqual([
      'Cases, ranked',
      'Cases table',
    ]);

    const staleRename = await api(ctx, 'PATCH', `${base()}/dashboards/${dashboardId}`, {
      ...as(donor, { 'if-match': '"9"' }),
      body: { name: 'Police' },
    });
    expect(staleRename.status).toBe(412);
    const renamed = await api(ctx, 'PATCH', `${base()}/dashboards/${dashboardId}`, {
      ...as(donor, { 'if-match': '"1"' }),
      body: { name: 'Police' },
    });
    expect(renamed.body.dashboard).toMatchObject({ name: 'Police', version: 2 });

    expect((await api(ctx, 'DELETE', `${base()}/charts/${chartId}`, as(viewer))).status).toBe(403);
    expect((await api(ctx, 'DELETE', `${base()}/charts/${chartId}`, as(donor))).status).toBe(204);
    expect((await api(ctx, 'DELETE', `${base()}/charts/${chartId}`, as(donor))).status).toBe(404);
    const gone = await api(ctx, 'DELETE', `${base()}/dashboards/${dashboardId}`, {
      ...as(donor, { 'if-match': '"1"' }),
    });
    expect(gone.status).toBe(412);
    expect((await api(ctx, 'DELETE', `${base()}/dashboards/${dashboardId}`, as(donor))).status).toBe(204);
    expect((await api(ctx, 'GET', `${base()}/dashboards/${dashboardId}`, as(viewer))).status).toBe(404);

    expect(await auditActions()).toEqual(
      expect.arrayContaining([
        'monitoring_dashboard.create',
        'monitoring_dashboard.update',
        'monitoring_dashboard.delete',
        'monitoring_chart.create',
        'monitoring_chart.update',
        'monitoring_chart.delete',
      ]),
    );
  });

  it('shows a chart whose item was deleted with a reason instead of failing the dashboard', async () => {
    const dashboard = await api(ctx, 'POST', `${base()}/dashboards`, {
      ...as(donor),
      body: { name: 'Temp' },
    });
    const dashboardId = dashboard.body.dashboard.id;
    const doomed = await insertDataElement(ctx.db, home.id, 'DOOMED', 'sum');
    await api(ctx, 'POST', `${base()}/dashboards/${dashboardId}/charts`, {
      ...as(donor),
      body: { title: 'Doomed', type: 'series', config: chartConfig(doomed) },
    });
    await ctx.db.delete(monitoringDataElements).where(eq(monitoringDataElements.id, doomed));
    const detail = await api(ctx, 'GET', `${base()}/dashboards/${dashboardId}`, as(viewer));
    expect(detail.status).toBe(200);
    expect(detail.body.charts[0]).toMatchObject({
      data: null,
      errorCode: 'missing_item',
    });
  });

  it('reports stale while a refresh is pending', async () => {
    await seedTestValues(ctx.db, home.id, [{ de: ids.CASES, ou: ids.R1, period: '202603', value: 1 }]);
    scheduleAnalyticsRefresh(ctx.db, home.id, [ids.CASES]);
    const during = await api(ctx, 'GET', `${base()}/analytics/state`, as(viewer));
    expect(during.body.stale).toBe(true);
    await waitForAnalytics(home.id);
    const after = await api(ctx, 'POST', `${base()}/analytics/query`, { ...as(viewer), body: chartConfig() });
    expect(after.body.stale).toBe(false);
    const r1 = after.body.rows.find((r: { orgUnit: string }) => r.orgUnit === ids.R1);
    expect(r1.value).toBe(5);
  });
});
