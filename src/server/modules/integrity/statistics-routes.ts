import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { StatisticsParams, StatisticsQuery, StatisticsSchema } from './statistics-schemas.ts';
import { getStatistics } from './statistics-service.ts';

const tags = ['Integrity'];

export const statisticsRouteDefs = {
  get: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/integrity/statistics',
    tags,
    summary: 'Counts of reports by type, institution and status, small counts suppressed (workspace:read)',
    request: { params: StatisticsParams, query: StatisticsQuery },
    responses: { 200: jsonContent(StatisticsSchema, 'Statistics'), ...standardErrors },
  }),
} as const;

export function statisticsRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter().openapi(statisticsRouteDefs.get, async (c) =>
    c.json(await getStatistics({ db, actor: workspaceActor(c), year: c.req.valid('query').year }), 200),
  );
}
