import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { readerLanguage } from '../users/language.ts';
import { OverviewSchema } from './schemas.ts';
import { workspaceOverview } from './service.ts';

export const overviewRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/overview',
  tags: ['Workspaces'],
  summary:
    "The programme at a glance: sector map in numbers, latest assessment against its baseline, plan progress, open high risks and the reader's tasks",
  request: { params: SlugParam },
  responses: { 200: jsonContent(OverviewSchema, 'Workspace overview'), ...standardErrors },
});

export function overviewRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter().openapi(overviewRoute, async (c) => {
    const actor = workspaceActor(c);
    const language = await readerLanguage({
      db,
      userId: actor.user.id,
      acceptLanguage: c.req.header('accept-language'),
      workspaceLanguage: actor.workspace.defaultLanguage,
    });
    return c.json(await workspaceOverview({ db, actor, language }), 200);
  });
}
