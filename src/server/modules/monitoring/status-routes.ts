import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { readerLanguage } from '../users/language.ts';
import { IndicatorParams } from './indicators-schemas.ts';
import { StatusDetailSchema, StatusListSchema, StatusQuery } from './status-schemas.ts';
import { indicatorStatusDetail, listIndicatorStatuses } from './status-service.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring';

export const statusRoutes = {
  list: createRoute({
    method: 'get',
    path: `${base}/indicators/status`,
    tags,
    summary:
      'Where every indicator stands at the status date: actual against baseline, target and the expected line',
    request: { params: SlugParam, query: StatusQuery },
    responses: { 200: jsonContent(StatusListSchema, 'Statuses'), ...standardErrors },
  }),
  detail: createRoute({
    method: 'get',
    path: `${base}/indicators/{indicatorId}/status`,
    tags,
    summary: "One indicator's status per org unit with its series from the baseline on, and its review flags",
    request: { params: IndicatorParams, query: StatusQuery },
    responses: { 200: jsonContent(StatusDetailSchema, 'Status'), ...standardErrors },
  }),
};

/** Mounted before the indicator routes, so that `/indicators/status` is not read as an indicator id. */
export function indicatorStatusRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .openapi(statusRoutes.list, async (c) => {
      const actor = workspaceActor(c);
      const language = await readerLanguage({
        db,
        userId: actor.user.id,
        acceptLanguage: c.req.header('accept-language'),
        workspaceLanguage: actor.workspace.defaultLanguage,
      });
      return c.json(await listIndicatorStatuses({ db, actor, language, ...c.req.valid('query') }), 200);
    })
    .openapi(statusRoutes.detail, async (c) => {
      const actor = workspaceActor(c);
      const language = await readerLanguage({
        db,
        userId: actor.user.id,
        acceptLanguage: c.req.header('accept-language'),
        workspaceLanguage: actor.workspace.defaultLanguage,
      });
      const { indicatorId } = c.req.valid('param');
      return c.json(
        await indicatorStatusDetail({ db, actor, language, indicatorId, ...c.req.valid('query') }),
        200,
      );
    });
}
