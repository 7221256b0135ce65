import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { monitoringCharts, monitoringDashboards } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { runAnalyticsQueries, runAnalyticsQuery } from './analytics-query.ts';
import { analyticsStateQuick } from './analytics-refresh.ts';
import { AnalyticsQuery, type AnalyticsQueryInput } from './analytics-schemas.ts';
import { chartErrorCode } from './dashboards-chart-errors.ts';
import type { CHART_TYPES } from './dashboards-schemas.ts';

/** Saved dashboards of charts; a dashboard's charts are computed together, from the analytics table only. */

interface Options {
  db: Db;
  actor: WorkspaceActor;
}
type DashboardRow = typeof monitoringDashboards.$inferSelect;
type ChartRow = typeof monitoringCharts.$inferSelect;
type ChartType = (typeof CHART_TYPES)[number];

function presentDashboard(row: DashboardRow, chartCount: number) {
  return {
    id: row.id,
    name: row.name,
    version: row.rowVersion,
    chartCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentChart(row: ChartRow) {
  const config = AnalyticsQuery.safeParse(row.config);
  return {
    id: row.id,
    dashboardId: row.dashboardId,
    title: row.title,
    type: row.type as ChartType,
    config: config.success ? config.data : null,
    position: row.position,
    version: row.rowVersion,
  };
}

const auditedDashboard = (row: DashboardRow) => ({ name: row.name });
const auditedChart = (row: ChartRow) => ({
  title: row.title,
  type: row.type,
  dashboardId: row.dashboardId,
  position: row.position,
});

async function findDashboard(db: Db, workspaceId: string, dashboardId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringDashboards)
    .where(and(eq(monitoringDashboards.id, dashboardId), eq(monitoringDashboards.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no dashboard "${dashboardId}" in this workspace`);
  return row;
}

async function findChart(db: Db, workspaceId: string, chartId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringCharts)
    .where(and(eq(monitoringCharts.id, chartId), eq(monitoringCharts.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no chart "${chartId}" in this workspace`);
  return row;
}

async function chartsOf(db: Db, dashboardId: string) {
  return db
    .select()
    .from(monitoringCharts)
    .where(eq(monitoringCharts.dashboardId, dashboardId))
    .orderBy(asc(monitoringCharts.position), asc(monitoringCharts.createdAt));
}

export async function listDashboards({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const rows = await db
    .select({ dashboard: monitoringDashboards, charts: count(monitoringCharts.id) })
    .from(monitoringDashboards)
    .leftJoin(monitoringCharts, eq(monitoringCharts.dashboardId, monitoringDashboards.id))
    .where(eq(monitoringDashboards.workspaceId, actor.workspace.id))
    .groupBy(monitoringDashboards.id)
    .orderBy(asc(monitoringDashboards.name), desc(monitoringDashboards.createdAt));
  return rows.map((row) => presentDashboard(row.dashboard, row.charts));
}

export async function createDashboard({ db, actor, input }: Options & { input: { name: string } }) {
  authorize(actor, 'dashboard:write');
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(monitoringDashboards)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        name: input.name,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_dashboard.create',
      entityType: 'monitoring_dashboard',
      entityId: created.id,
      after: auditedDashboard(created),
    });
    return presentDashboard(created, 0);
  });
}

/** The dashboard and its charts in order, in one statement (none when it is not in this workspace). */
async function dashboardWithCharts(db: Db, workspaceId: string, dashboardId: string) {
  const rows = await db
    .select({ dashboard: monitoringDashboards, chart: monitoringCharts })
    .from(monitoringDashboards)
    .leftJoin(monitoringCharts, eq(monitoringCharts.dashboardId, monitoringDashboards.id))
    .where(and(eq(monitoringDashboards.id, dashboardId), eq(monitoringDashboards.workspaceId, workspaceId)))
    .orderBy(asc(monitoringCharts.position), asc(monitoringCharts.createdAt));
  const [first] = rows;
  if (!first) throw new AppError('not_found', `no dashboard "${dashboardId}" in this workspace`);
  return { dashboard: first.dashboard, charts: rows.flatMap((row) => (row.chart ? [row.chart] : [])) };
}

/**
 * A dashboard with each chart's figures. The charts' queries run together (runAnalyticsQueries): the
 * metadata once, then every chart's analytics cells in one statement.
 */
export async function dashboardDetail({
  db,
  actor,
  dashboardId,
  language,
}: Options & { dashboardId: string; language: string }) {
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const { dashboard, charts: rows } = await dashboardWithCharts(db, workspaceId, dashboardId);
  const state = await analyticsStateQuick(db, workspaceId);
  const charts = rows.map(presentChart);
  const queries = charts.flatMap((chart) => (chart.config ? [chart.config] : []));
  const answers = await runAnalyticsQueries({ db, workspaceId, queries, language, state });
  let next = 0;
  const withData = charts.map((chart) => {
    if (!chart.config) return { ...chart, data: null, errorCode: 'unreadable' as const };
    const answer = answers[next++];
    if (!answer) throw new Error('a chart has no answer');
    if (answer.data) return { ...chart, data: answer.data, errorCode: null };
    const errorCode = chartErrorCode(answer.error);
    if (errorCode) return { ...chart, data: null, errorCode };
    throw answer.error;
  });
  return {
    dashboard: presentDashboard(dashboard, charts.length),
    charts: withData,
    dataAsOf: state.refreshedAt?.toISOString() ?? null,
    stale: state.stale,
  };
}

export async function updateDashboard({
  db,
  actor,
  dashboardId,
  patch,
  expectedVersion,
}: Options & { dashboardId: string; patch: { name?: string }; expectedVersion?: number }) {
  authorize(actor, 'dashboard:write');
  return db.transaction(async (tx) => {
    const before = await findDashboard(tx, actor.workspace.id, dashboardId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const [{ charts }] = await tx
      .select({ charts: count() })
      .from(monitoringCharts)
      .where(eq(monitoringCharts.dashboardId, before.id));
    if (patch.name === undefined || patch.name === before.name) return presentDashboard(before, charts);
    const [updated] = await tx
      .update(monitoringDashboards)
      .set({
        name: patch.name,
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringDashboards.rowVersion),
      })
      .where(eq(monitoringDashboards.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_dashboard.update',
      entityType: 'monitoring_dashboard',
      entityId: before.id,
      before: auditedDashboard(before),
      after: auditedDashboard(updated),
    });
    return presentDashboard(updated, charts);
  });
}

export async function deleteDashboard({
  db,
  actor,
  dashboardId,
  expectedVersion,
}: Options & { dashboardId: string; expectedVersion?: number }) {
  authorize(actor, 'dashboard:write');
  await db.transaction(async (tx) => {
    const before = await findDashboard(tx, actor.workspace.id, dashboardId, true);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(monitoringDashboards).where(eq(monitoringDashboards.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_dashboard.delete',
      entityType: 'monitoring_dashboard',
      entityId: before.id,
      before: auditedDashboard(before),
    });
  });
}

/** Renumbers a dashboard's charts 0, 1, 2… with `moved` at `position` (clamped). */
async function placeChart(tx: Db, dashboardId: string, moved: string, position: number) {
  const others = (await chartsOf(tx, dashboardId)).filter((row) => row.id !== moved);
  const at = Math.min(position, others.length);
  const order = [...others.slice(0, at).map((r) => r.id), moved, ...others.slice(at).map((r) => r.id)];
  const current = new Map(others.map((r) => [r.id, r.position]));
  for (const [index, id] of order.entries()) {
    if (current.get(id) === index) continue;
    await tx.update(monitoringCharts).set({ position: index }).where(eq(monitoringCharts.id, id));
  }
}

/** Refuses a config naming items, org units or a category this workspace does not have (400 on `config.…`). */
async function checkConfig(db: Db, workspaceId: string, config: AnalyticsQueryInput) {
  try {
    await runAnalyticsQuery({ db, workspaceId, query: config, language: 'en' });
  } catch (error) {
    if (error instanceof AppError && error.code === 'bad_request')
      throw new AppError('bad_request', `config.${error.message}`, error.details);
    throw error;
  }
}

export interface ChartInput {
  title: string;
  type: ChartType;
  config: AnalyticsQueryInput;
  position?: number;
}

export async function createChart({
  db,
  actor,
  dashboardId,
  input,
}: Options & { dashboardId: string; input: ChartInput }) {
  authorize(actor, 'dashboard:write');
  await findDashboard(db, actor.workspace.id, dashboardId);
  await checkConfig(db, actor.workspace.id, input.config);
  return db.transaction(async (tx) => {
    const dashboard = await findDashboard(tx, actor.workspace.id, dashboardId, true);
    const id = randomUUID();
    await tx.insert(monitoringCharts).values({
      id,
      workspaceId: actor.workspace.id,
      dashboardId: dashboard.id,
      title: input.title,
      type: input.type,
      config: input.config as Record<string, unknown>,
      position: 1000,
    });
    await placeChart(tx, dashboard.id, id, input.position ?? 1000);
    const created = await findChart(tx, actor.workspace.id, id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_chart.create',
      entityType: 'monitoring_chart',
      entityId: id,
      after: auditedChart(created),
    });
    return presentChart(created);
  });
}

export async function updateChart({
  db,
  actor,
  chartId,
  patch,
  expectedVersion,
}: Options & { chartId: string; patch: Partial<ChartInput>; expectedVersion?: number }) {
  authorize(actor, 'dashboard:write');
  await findChart(db, actor.workspace.id, chartId);
  if (patch.config) await checkConfig(db, actor.workspace.id, patch.config);
  return db.transaction(async (tx) => {
    const before = await findChart(tx, actor.workspace.id, chartId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const { position, ...fields } = patch;
    await tx
      .update(monitoringCharts)
      .set({
        ...fields,
        config: fields.config as Record<string, unknown> | undefined,
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringCharts.rowVersion),
      })
      .where(eq(monitoringCharts.id, before.id));
    if (position !== undefined) await placeChart(tx, before.dashboardId, before.id, position);
    const updated = await findChart(tx, actor.workspace.id, before.id);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_chart.update',
      entityType: 'monitoring_chart',
      entityId: before.id,
      before: auditedChart(before),
      after: auditedChart(updated),
    });
    return presentChart(updated);
  });
}

export async function deleteChart({
  db,
  actor,
  chartId,
  expectedVersion,
}: Options & { chartId: string; expectedVersion?: number }) {
  authorize(actor, 'dashboard:write');
  await db.transaction(async (tx) => {
    const before = await findChart(tx, actor.workspace.id, chartId, true);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(monitoringCharts).where(eq(monitoringCharts.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'monitoring_chart.delete',
      entityType: 'monitoring_chart',
      entityId: before.id,
      before: auditedChart(before),
    });
  });
}
