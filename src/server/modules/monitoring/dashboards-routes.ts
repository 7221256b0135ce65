import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { readerLanguage } from '../users/language.ts';
import {
  ChartParams,
  ChartSchema,
  CreateChartBody,
  CreateDashboardBody,
  DashboardDetailSchema,
  DashboardParams,
  DashboardSchema,
  UpdateChartBody,
  UpdateDashboardBody,
} from './dashboards-schemas.ts';
import * as dashboards from './dashboards-service.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring';
const dashboardBody = (description: string) =>
  jsonContent(z.object({ dashboard: DashboardSchema }), description);
const chartBody = (description: string) => jsonContent(z.object({ chart: ChartSchema }), description);

export const dashboardRouteDefs = {
  list: createRoute({
    method: 'get',
    path: `${base}/dashboards`,
    tags,
    summary: 'Dashboards of saved charts, by name',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ dashboards: z.array(DashboardSchema) }), 'Dashboards'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path: `${base}/dashboards`,
    tags,
    summary: 'Create a dashboard (dashboard:write)',
    request: { params: SlugParam, ...jsonBody(CreateDashboardBody) },
    responses: { 201: dashboardBody('Created'), ...standardErrors },
  }),
  detail: createRoute({
    method: 'get',
    path: `${base}/dashboards/{dashboardId}`,
    tags,
    summary: 'A dashboard with its charts and each chart’s figures, from the analytics tables',
    request: { params: DashboardParams },
    responses: { 200: jsonContent(DashboardDetailSchema, 'Dashboard'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/dashboards/{dashboardId}`,
    tags,
    summary: 'Rename a dashboard (dashboard:write)',
    request: { params: DashboardParams, headers: IfMatchHeaders, ...jsonBody(UpdateDashboardBody) },
    responses: { 200: dashboardBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/dashboards/{dashboardId}`,
    tags,
    summary: 'Delete a dashboard with its charts (dashboard:write)',
    request: { params: DashboardParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
  createChart: createRoute({
    method: 'post',
    path: `${base}/dashboards/{dashboardId}/charts`,
    tags,
    summary: 'Save a chart (its analytics query) on a dashboard (dashboard:write)',
    request: { params: DashboardParams, ...jsonBody(CreateChartBody) },
    responses: { 201: chartBody('Created'), ...standardErrors },
  }),
  updateChart: createRoute({
    method: 'patch',
    path: `${base}/charts/{chartId}`,
    tags,
    summary: 'Change a chart’s title, type or query, or move it (position) (dashboard:write)',
    request: { params: ChartParams, headers: IfMatchHeaders, ...jsonBody(UpdateChartBody) },
    responses: { 200: chartBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  removeChart: createRoute({
    method: 'delete',
    path: `${base}/charts/{chartId}`,
    tags,
    summary: 'Remove a chart from its dashboard (dashboard:write)',
    request: { params: ChartParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
};

/** The reader's language for names (profile, then Accept-Language, then the workspace's). */
export function languageOf(deps: AppDeps, c: Context<AppEnv>) {
  const actor = workspaceActor(c);
  return readerLanguage({
    db: deps.database.db,
    userId: actor.user.id,
    acceptLanguage: c.req.header('accept-language'),
    workspaceLanguage: actor.workspace.defaultLanguage,
  });
}

export function dashboardRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const defs = dashboardRouteDefs;
  return createRouter()
    .openapi(defs.list, async (c) =>
      c.json({ dashboards: await dashboards.listDashboards({ db, actor: workspaceActor(c) }) }, 200),
    )
    .openapi(defs.create, async (c) => {
      const input = c.req.valid('json');
      const dashboard = await dashboards.createDashboard({ db, actor: workspaceActor(c), input });
      setVersionTag(c, dashboard.version);
      return c.json({ dashboard }, 201);
    })
    .openapi(defs.detail, async (c) => {
      const { dashboardId } = c.req.valid('param');
      const language = await languageOf(deps, c);
      const detail = await dashboards.dashboardDetail({
        db,
        actor: workspaceActor(c),
        dashboardId,
        language,
      });
      setVersionTag(c, detail.dashboard.version);
      return c.json(detail, 200);
    })
    .openapi(defs.update, async (c) => {
      const { dashboardId } = c.req.valid('param');
      const dashboard = await dashboards.updateDashboard({
        db,
        actor: workspaceActor(c),
        dashboardId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, dashboard.version);
      return c.json({ dashboard }, 200);
    })
    .openapi(defs.remove, async (c) => {
      const { dashboardId } = c.req.valid('param');
      await dashboards.deleteDashboard({
        db,
        actor: workspaceActor(c),
        dashboardId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    })
    .openapi(defs.createChart, async (c) => {
      const { dashboardId } = c.req.valid('param');
      const chart = await dashboards.createChart({
        db,
        actor: workspaceActor(c),
        dashboardId,
        input: c.req.valid('json'),
      });
      setVersionTag(c, chart.version);
      return c.json({ chart }, 201);
    })
    .openapi(defs.updateChart, async (c) => {
      const { chartId } = c.req.valid('param');
      const chart = await dashboards.updateChart({
        db,
        actor: workspaceActor(c),
        chartId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, chart.version);
      return c.json({ chart }, 200);
    })
    .openapi(defs.removeChart, async (c) => {
      const { chartId } = c.req.valid('param');
      await dashboards.deleteChart({
        db,
        actor: workspaceActor(c),
        chartId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    });
}
