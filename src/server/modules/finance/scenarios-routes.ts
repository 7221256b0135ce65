import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { SustainabilitySchema } from './analysis-schemas.ts';
import {
  CreateFinanceScenarioBody,
  FinanceScenarioParams,
  FinanceScenarioSchema,
  ProjectionQuery,
  UpdateFinanceScenarioBody,
} from './scenarios-schemas.ts';
import * as service from './scenarios-service.ts';

const tags = ['Finance analysis'];
const path = '/api/workspaces/{slug}/finance/scenarios';
const scenarioBody = (description: string) =>
  jsonContent(z.object({ scenario: FinanceScenarioSchema }), description);

export const scenarioRouteDefs = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Finance scenarios: assumptions about growth, revenue and donors leaving',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ scenarios: z.array(FinanceScenarioSchema) }), 'Scenarios'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Save a finance scenario (finance:write)',
    request: { params: SlugParam, ...jsonBody(CreateFinanceScenarioBody) },
    responses: { 201: scenarioBody('Created'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{financeScenarioId}`,
    tags,
    summary: 'Change a finance scenario (finance:write)',
    request: {
      params: FinanceScenarioParams,
      headers: IfMatchHeaders,
      ...jsonBody(UpdateFinanceScenarioBody),
    },
    responses: { 200: scenarioBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{financeScenarioId}`,
    tags,
    summary: 'Delete a finance scenario (finance:write)',
    request: { params: FinanceScenarioParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
  projection: createRoute({
    method: 'get',
    path: `${path}/{financeScenarioId}/projection`,
    tags,
    summary: 'The sustainability gap per fiscal year under a saved scenario',
    request: { params: FinanceScenarioParams, query: ProjectionQuery },
    responses: {
      200: jsonContent(SustainabilitySchema, 'Sustainability per fiscal year'),
      ...standardErrors,
    },
  }),
};

export function scenarioRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(scenarioRouteDefs.list, async (c) =>
      c.json(await service.listFinanceScenarios({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(scenarioRouteDefs.create, async (c) => {
      const scenario = await service.createFinanceScenario({
        db,
        actor: workspaceActor(c),
        input: c.req.valid('json'),
      });
      setVersionTag(c, scenario.version);
      return c.json({ scenario }, 201);
    })
    .openapi(scenarioRouteDefs.update, async (c) => {
      const { financeScenarioId } = c.req.valid('param');
      const scenario = await service.updateFinanceScenario({
        db,
        actor: workspaceActor(c),
        scenarioId: financeScenarioId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, scenario.version);
      return c.json({ scenario }, 200);
    })
    .openapi(scenarioRouteDefs.remove, async (c) => {
      const { financeScenarioId } = c.req.valid('param');
      await service.deleteFinanceScenario({
        db,
        actor: workspaceActor(c),
        scenarioId: financeScenarioId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    })
    .openapi(scenarioRouteDefs.projection, async (c) => {
      const { financeScenarioId } = c.req.valid('param');
      const { currency } = c.req.valid('query');
      return c.json(
        await service.projectFinanceScenario({
          db,
          actor: workspaceActor(c),
          scenarioId: financeScenarioId,
          currency,
        }),
        200,
      );
    });
}
