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
import { CurrencyQuery } from './flows-schemas.ts';
import {
  CreateFunderBody,
  FunderListSchema,
  FunderMembersBody,
  FunderParams,
  FunderSchema,
  UpdateFunderBody,
} from './funders-schemas.ts';
import * as service from './funders-service.ts';

const tags = ['Funding'];
const path = '/api/workspaces/{slug}/finance/funders';
const funderBody = (description: string) => jsonContent(z.object({ funder: FunderSchema }), description);

export const funderRouteDefs = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Funders with their members and, where the caller reads their flows, totals in one currency',
    request: { params: SlugParam, query: CurrencyQuery },
    responses: { 200: jsonContent(FunderListSchema, 'Funders'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a funder: bilateral, multilateral, trust fund or pooled fund (the secretariat)',
    request: { params: SlugParam, ...jsonBody(CreateFunderBody) },
    responses: { 201: funderBody('Created'), ...standardErrors, ...conflictError },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{funderId}`,
    tags,
    summary: 'Change a funder (the secretariat)',
    request: { params: FunderParams, headers: IfMatchHeaders, ...jsonBody(UpdateFunderBody) },
    responses: { 200: funderBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{funderId}`,
    tags,
    summary: 'Delete a funder that no flow or budget line names (the secretariat)',
    request: { params: FunderParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError },
  }),
  members: createRoute({
    method: 'put',
    path: `${path}/{funderId}/members`,
    tags,
    summary:
      'Set the donor-role members who speak for a funder: they see and edit its flows (the secretariat)',
    request: { params: FunderParams, ...jsonBody(FunderMembersBody) },
    responses: { 200: funderBody('Members set'), ...standardErrors },
  }),
};

export function funderRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(funderRouteDefs.list, async (c) => {
      const { currency } = c.req.valid('query');
      return c.json(await service.listFunders({ db, actor: workspaceActor(c), currency }), 200);
    })
    .openapi(funderRouteDefs.create, async (c) => {
      const funder = await service.createFunder({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      return c.json({ funder }, 201);
    })
    .openapi(funderRouteDefs.update, async (c) => {
      const { funderId } = c.req.valid('param');
      const funder = await service.updateFunder({
        db,
        actor: workspaceActor(c),
        funderId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, funder.version);
      return c.json({ funder }, 200);
    })
    .openapi(funderRouteDefs.remove, async (c) => {
      const { funderId } = c.req.valid('param');
      await service.deleteFunder({ db, actor: workspaceActor(c), funderId });
      return c.body(null, 204);
    })
    .openapi(funderRouteDefs.members, async (c) => {
      const { funderId } = c.req.valid('param');
      const { userIds } = c.req.valid('json');
      const funder = await service.setFunderMembers({ db, actor: workspaceActor(c), funderId, userIds });
      return c.json({ funder }, 200);
    });
}
