import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import * as risks from './risks-service.ts';
import { CreateRiskBody, PlanParams, RiskParams, RiskSchema, UpdateRiskBody } from './schemas.ts';

const tags = ['Risks'];
const path = '/api/workspaces/{slug}/plans/{planId}/risks';
const riskBody = (description: string) => jsonContent(z.object({ risk: RiskSchema }), description);

const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'The risk register of a plan, highest likelihood × impact first',
    request: { params: PlanParams },
    responses: { 200: jsonContent(z.object({ risks: z.array(RiskSchema) }), 'Risks'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Log a risk or spoiler (needs risk:write)',
    request: { params: PlanParams, ...jsonBody(CreateRiskBody) },
    responses: { 201: riskBody('Created'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{riskId}`,
    tags,
    summary: 'Change a risk: rating, owner, mitigation, status, linked initiatives',
    request: { params: RiskParams, headers: IfMatchHeaders, ...jsonBody(UpdateRiskBody) },
    responses: { 200: riskBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{riskId}`,
    tags,
    summary: 'Delete a risk',
    request: { params: RiskParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function riskRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json({ risks: await risks.listRisks({ db, actor, planId }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json({ risk: await risks.createRisk({ db, actor, planId, input: c.req.valid('json') }) }, 201);
    })
    .openapi(routes.update, async (c) => {
      const { planId, riskId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const risk = await risks.updateRisk({
        db,
        actor,
        planId,
        riskId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, risk.version);
      return c.json({ risk }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { planId, riskId } = c.req.valid('param');
      await risks.deleteRisk({
        db,
        actor: workspaceActor(c),
        planId,
        riskId,
      });
      return c.body(null, 204);
    });
}
