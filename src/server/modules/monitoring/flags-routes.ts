import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { readerLanguage } from '../users/language.ts';
import {
  DecisionBody,
  FlagParams,
  FlagResponse,
  FlagsQuery,
  FlagsSchema,
  ScenarioBody,
} from './flags-schemas.ts';
import { decideFlag, listFlags, openScenarioFromFlag } from './flags-service.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring';

export const flagRoutes = {
  list: createRoute({
    method: 'get',
    path: `${base}/flags`,
    tags,
    summary: 'Review flags raised when indicators went off track, with the plan items up for review',
    request: { params: SlugParam, query: FlagsQuery },
    responses: { 200: jsonContent(FlagsSchema, 'Flags, newest first'), ...standardErrors },
  }),
  decide: createRoute({
    method: 'post',
    path: `${base}/flags/{flagId}/decision`,
    tags,
    summary: 'Record the decision on an off-track indicator: adjust, continue or drop, with a reason',
    request: { params: FlagParams, headers: IfMatchHeaders, ...jsonBody(DecisionBody) },
    responses: {
      200: jsonContent(FlagResponse, 'Decided'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  scenario: createRoute({
    method: 'post',
    path: `${base}/flags/{flagId}/scenario`,
    tags,
    summary:
      'Open a re-planning scenario (a copy of the plan holding the flagged items) from a flag (monitoring:decide and plan:write)',
    request: { params: FlagParams, ...jsonBody(ScenarioBody) },
    responses: { 201: jsonContent(FlagResponse, 'Scenario opened'), ...standardErrors, ...conflictError },
  }),
};

export function flagsRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const languageOf = (c: Context, actor: ReturnType<typeof workspaceActor>) =>
    readerLanguage({
      db,
      userId: actor.user.id,
      acceptLanguage: c.req.header('accept-language'),
      workspaceLanguage: actor.workspace.defaultLanguage,
    });
  return createRouter()
    .openapi(flagRoutes.list, async (c) => {
      const actor = workspaceActor(c);
      const flags = await listFlags({
        db,
        actor,
        language: await languageOf(c, actor),
        ...c.req.valid('query'),
      });
      return c.json({ flags }, 200);
    })
    .openapi(flagRoutes.decide, async (c) => {
      const actor = workspaceActor(c);
      const flag = await decideFlag({
        db,
        actor,
        language: await languageOf(c, actor),
        flagId: c.req.valid('param').flagId,
        input: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, flag.version);
      return c.json({ flag }, 200);
    })
    .openapi(flagRoutes.scenario, async (c) => {
      const actor = workspaceActor(c);
      const flag = await openScenarioFromFlag({
        db,
        actor,
        language: await languageOf(c, actor),
        flagId: c.req.valid('param').flagId,
        input: c.req.valid('json'),
      });
      return c.json({ flag }, 201);
    });
}
