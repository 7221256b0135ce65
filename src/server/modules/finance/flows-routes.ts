import { createRoute, z } from '@hono/zod-openapi';
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
  CreateFlowBody,
  FlowParams,
  FlowSchema,
  FlowsQuery,
  FundingTotalsSchema,
  UpdateFlowBody,
} from './flows-schemas.ts';
import * as service from './flows-service.ts';

const tags = ['Funding'];
const path = '/api/workspaces/{slug}/finance/flows';
const flowBody = (description: string) => jsonContent(z.object({ flow: FlowSchema }), description);

export const flowRouteDefs = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary:
      'Funding flows the caller reads (a donor: their own funders), with totals by kind in one currency and the rates used',
    request: { params: SlugParam, query: FlowsQuery },
    responses: {
      200: jsonContent(
        z.object({
          currency: z.string(),
          flows: z.array(FlowSchema),
          totals: FundingTotalsSchema.openapi({
            description: 'Flows other than contributions into pooled or trust funds',
          }),
          intoFunds: FundingTotalsSchema.openapi({
            description:
              'Contributions into pooled or trust funds, apart: the funds’ own flows count that money',
          }),
        }),
        'Flows',
      ),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary:
      'Record a commitment, disbursement, expenditure or incoming funds (a donor: for their own funders)',
    request: { params: SlugParam, ...jsonBody(CreateFlowBody) },
    responses: { 201: flowBody('Recorded'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{flowId}`,
    tags,
    summary: 'Change a flow; a flow imported from IATI changes only its plan item',
    request: { params: FlowParams, headers: IfMatchHeaders, ...jsonBody(UpdateFlowBody) },
    responses: { 200: flowBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{flowId}`,
    tags,
    summary: 'Delete a flow recorded here (not one imported from IATI)',
    request: { params: FlowParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError },
  }),
};

export function flowRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(flowRouteDefs.list, async (c) => {
      return c.json(
        await service.listFlows({ db, actor: workspaceActor(c), filter: c.req.valid('query') }),
        200,
      );
    })
    .openapi(flowRouteDefs.create, async (c) => {
      const flow = await service.createFlow({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      return c.json({ flow }, 201);
    })
    .openapi(flowRouteDefs.update, async (c) => {
      const { flowId } = c.req.valid('param');
      const flow = await service.updateFlow({
        db,
        actor: workspaceActor(c),
        flowId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, flow.version);
      return c.json({ flow }, 200);
    })
    .openapi(flowRouteDefs.remove, async (c) => {
      const { flowId } = c.req.valid('param');
      await service.deleteFlow({ db, actor: workspaceActor(c), flowId });
      return c.body(null, 204);
    });
}
