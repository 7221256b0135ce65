import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { CONTENT_TYPES } from '../sector-map/spreadsheet.ts';
import {
  AnalyticsQuery,
  AnalyticsResult,
  AnalyticsStateSchema,
  ExportQuery,
  RefreshFiguresSchema,
} from './analytics-schemas.ts';
import {
  exportAnalytics,
  queryAnalytics,
  readAnalyticsState,
  refreshAnalyticsNow,
} from './analytics-service.ts';
import { dashboardRoutes, languageOf } from './dashboards-routes.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring/analytics';

export const analyticsRouteDefs = {
  state: createRoute({
    method: 'get',
    path: `${base}/state`,
    tags,
    summary: 'When the analytics tables were last rebuilt, and whether data changed since',
    request: { params: SlugParam },
    responses: { 200: jsonContent(AnalyticsStateSchema, 'Analytics state'), ...standardErrors },
  }),
  refresh: createRoute({
    method: 'post',
    path: `${base}/refresh`,
    tags,
    summary: 'Rebuild the analytics tables now (data-values:write)',
    request: { params: SlugParam },
    responses: { 200: jsonContent(RefreshFiguresSchema, 'The run'), ...standardErrors },
  }),
  query: createRoute({
    method: 'post',
    path: `${base}/query`,
    tags,
    summary:
      'Indicator and data element figures for periods and org units, optionally split by a category (read only)',
    request: { params: SlugParam, ...jsonBody(AnalyticsQuery) },
    responses: {
      200: jsonContent(AnalyticsResult, 'Figures with names and "data as of"'),
      ...standardErrors,
    },
  }),
  export: createRoute({
    method: 'post',
    path: `${base}/export`,
    tags,
    summary: 'The figures of a query as CSV or XLSX: item, period, org unit, option, value',
    request: { params: SlugParam, query: ExportQuery, ...jsonBody(AnalyticsQuery) },
    responses: {
      200: {
        description: 'The table',
        content: {
          [CONTENT_TYPES.csv]: { schema: z.string() },
          [CONTENT_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...standardErrors,
    },
  }),
};

/** Analytics (state, refresh, query, export) and the dashboards built on it. */
export function analyticsRoutes(deps: AppDeps) {
  return createRouter().route('/', analyticsQueryRoutes(deps)).route('/', dashboardRoutes(deps));
}

function analyticsQueryRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .openapi(analyticsRouteDefs.state, async (c) =>
      c.json(await readAnalyticsState({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(analyticsRouteDefs.refresh, async (c) =>
      c.json(await refreshAnalyticsNow({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(analyticsRouteDefs.query, async (c) => {
      const language = await languageOf(deps, c);
      const query = c.req.valid('json');
      return c.json(await queryAnalytics({ db, actor: workspaceActor(c), query, language }), 200);
    })
    .openapi(analyticsRouteDefs.export, async (c) => {
      const { slug } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const language = await languageOf(deps, c);
      const bytes = await exportAnalytics({
        db,
        actor: workspaceActor(c),
        query: c.req.valid('json'),
        language,
        format,
      });
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES[format],
          'content-disposition': `attachment; filename="${slug}-analytics.${format}"`,
        },
      });
    });
}
