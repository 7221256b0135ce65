import { createRoute } from '@hono/zod-openapi';
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
import {
  CheckExpressionBody,
  CreateIndicatorBody,
  ExpressionCheckSchema,
  IndicatorBodySchema,
  IndicatorListSchema,
  IndicatorParams,
  UpdateIndicatorBody,
} from './indicators-schemas.ts';
import {
  checkIndicatorExpression,
  createIndicator,
  deleteIndicator,
  indicatorDetail,
  listIndicators,
  updateIndicator,
} from './indicators-service.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring/indicators';

export const indicatorRoutes = {
  list: createRoute({
    method: 'get',
    path: base,
    tags,
    summary: 'Indicator definitions by code, with the responsible institution and the result they measure',
    request: { params: SlugParam },
    responses: { 200: jsonContent(IndicatorListSchema, 'Indicators'), ...standardErrors },
  }),
  detail: createRoute({
    method: 'get',
    path: `${base}/{indicatorId}`,
    tags,
    summary: "An indicator's definition",
    request: { params: IndicatorParams },
    responses: { 200: jsonContent(IndicatorBodySchema, 'Indicator'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path: base,
    tags,
    summary:
      'Define an indicator: numerator and denominator over data elements, factor, thresholds (monitoring:configure)',
    request: { params: SlugParam, ...jsonBody(CreateIndicatorBody) },
    responses: { 201: jsonContent(IndicatorBodySchema, 'Created'), ...standardErrors, ...conflictError },
  }),
  checkExpression: createRoute({
    method: 'post',
    path: `${base}/check-expression`,
    tags,
    summary:
      "Check an expression against this workspace's data elements, for the indicator form (a read: changes nothing)",
    request: { params: SlugParam, ...jsonBody(CheckExpressionBody) },
    responses: {
      200: jsonContent(ExpressionCheckSchema, 'Whether it is valid, and what it reads'),
      ...standardErrors,
    },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/{indicatorId}`,
    tags,
    summary: "Change an indicator's definition",
    request: { params: IndicatorParams, headers: IfMatchHeaders, ...jsonBody(UpdateIndicatorBody) },
    responses: {
      200: jsonContent(IndicatorBodySchema, 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/{indicatorId}`,
    tags,
    summary: 'Delete an indicator with its baselines, targets and review flags',
    request: { params: IndicatorParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
};

export function monitoringIndicatorRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .openapi(indicatorRoutes.list, async (c) =>
      c.json({ indicators: await listIndicators({ db, actor: workspaceActor(c) }) }, 200),
    )
    .openapi(indicatorRoutes.checkExpression, async (c) =>
      c.json(
        await checkIndicatorExpression({
          db,
          actor: workspaceActor(c),
          expression: c.req.valid('json').expression,
        }),
        200,
      ),
    )
    .openapi(indicatorRoutes.detail, async (c) => {
      const indicator = await indicatorDetail({
        db,
        actor: workspaceActor(c),
        indicatorId: c.req.valid('param').indicatorId,
      });
      setVersionTag(c, indicator.version);
      return c.json({ indicator }, 200);
    })
    .openapi(indicatorRoutes.create, async (c) => {
      const indicator = await createIndicator({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      setVersionTag(c, indicator.version);
      return c.json({ indicator }, 201);
    })
    .openapi(indicatorRoutes.update, async (c) => {
      const indicator = await updateIndicator({
        db,
        actor: workspaceActor(c),
        indicatorId: c.req.valid('param').indicatorId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, indicator.version);
      return c.json({ indicator }, 200);
    })
    .openapi(indicatorRoutes.remove, async (c) => {
      await deleteIndicator({
        db,
        actor: workspaceActor(c),
        indicatorId: c.req.valid('param').indicatorId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    });
}
