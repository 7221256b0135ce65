import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { IndicatorParams } from './indicators-schemas.ts';
import {
  CreateTargetBody,
  TargetBodySchema,
  TargetListSchema,
  TargetParams,
  UpdateTargetBody,
} from './targets-schemas.ts';
import { createTarget, deleteTarget, listTargets, updateTarget } from './targets-service.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring';

export const targetRoutes = {
  list: createRoute({
    method: 'get',
    path: `${base}/indicators/{indicatorId}/targets`,
    tags,
    summary: "An indicator's baselines and targets per period, org unit and disaggregation",
    request: { params: IndicatorParams },
    responses: { 200: jsonContent(TargetListSchema, 'Baselines and targets'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path: `${base}/indicators/{indicatorId}/targets`,
    tags,
    summary: 'Set a baseline or a target for a period, org unit and disaggregation (monitoring:configure)',
    request: { params: IndicatorParams, ...jsonBody(CreateTargetBody) },
    responses: { 201: jsonContent(TargetBodySchema, 'Created'), ...standardErrors, ...conflictError },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/targets/{targetId}`,
    tags,
    summary: 'Change a baseline or target',
    request: { params: TargetParams, headers: IfMatchHeaders, ...jsonBody(UpdateTargetBody) },
    responses: {
      200: jsonContent(TargetBodySchema, 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/targets/{targetId}`,
    tags,
    summary: 'Delete a baseline or target',
    request: { params: TargetParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
};

export function monitoringTargetRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .openapi(targetRoutes.list, async (c) =>
      c.json(
        await listTargets({ db, actor: workspaceActor(c), indicatorId: c.req.valid('param').indicatorId }),
        200,
      ),
    )
    .openapi(targetRoutes.create, async (c) => {
      const target = await createTarget({
        db,
        actor: workspaceActor(c),
        indicatorId: c.req.valid('param').indicatorId,
        input: c.req.valid('json'),
      });
      setVersionTag(c, target.version);
      return c.json({ target }, 201);
    })
    .openapi(targetRoutes.update, async (c) => {
      const target = await updateTarget({
        db,
        actor: workspaceActor(c),
        targetId: c.req.valid('param').targetId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, target.version);
      return c.json({ target }, 200);
    })
    .openapi(targetRoutes.remove, async (c) => {
      await deleteTarget({
        db,
        actor: workspaceActor(c),
        targetId: c.req.valid('param').targetId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    });
}
