import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
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
  CreateResultBody,
  ResultBodySchema,
  ResultParams,
  ResultsListSchema,
  UpdateResultBody,
} from './results-schemas.ts';
import { createResult, deleteResult, listResults, updateResult } from './results-service.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring/results';

export const resultRoutes = {
  list: createRoute({
    method: 'get',
    path: base,
    tags,
    summary:
      'The results chain (impact → outcome → output → activity) with linked plan items, assessment criteria and indicators',
    request: { params: SlugParam },
    responses: { 200: jsonContent(ResultsListSchema, 'Results chain'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path: base,
    tags,
    summary: 'Add a result to the chain, below a result of a higher level (monitoring:configure)',
    request: { params: SlugParam, ...jsonBody(CreateResultBody) },
    responses: { 201: jsonContent(ResultBodySchema, 'Created'), ...standardErrors, ...conflictError },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/{resultId}`,
    tags,
    summary: 'Change a result; plan items and assessment criteria are replaced when given',
    request: { params: ResultParams, headers: IfMatchHeaders, ...jsonBody(UpdateResultBody) },
    responses: {
      200: jsonContent(ResultBodySchema, 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/{resultId}`,
    tags,
    summary: 'Delete a result and every result below it; their indicators stay, unlinked',
    request: { params: ResultParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
};

export async function languageOf(c: Context<AppEnv>, db: AppDeps['database']['db']) {
  const actor = workspaceActor(c);
  return readerLanguage({
    db,
    userId: actor.user.id,
    acceptLanguage: c.req.header('accept-language'),
    workspaceLanguage: actor.workspace.defaultLanguage,
  });
}

export function monitoringResultRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .openapi(resultRoutes.list, async (c) =>
      c.json(await listResults({ db, actor: workspaceActor(c), language: await languageOf(c, db) }), 200),
    )
    .openapi(resultRoutes.create, async (c) => {
      const result = await createResult({
        db,
        actor: workspaceActor(c),
        input: c.req.valid('json'),
        language: await languageOf(c, db),
      });
      setVersionTag(c, result.version);
      return c.json({ result }, 201);
    })
    .openapi(resultRoutes.update, async (c) => {
      const result = await updateResult({
        db,
        actor: workspaceActor(c),
        resultId: c.req.valid('param').resultId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
        language: await languageOf(c, db),
      });
      setVersionTag(c, result.version);
      return c.json({ result }, 200);
    })
    .openapi(resultRoutes.remove, async (c) => {
      await deleteResult({
        db,
        actor: workspaceActor(c),
        resultId: c.req.valid('param').resultId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    });
}
