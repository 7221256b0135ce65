import { createRoute, z } from '@hono/zod-openapi';
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
import * as items from './items-service.ts';
import {
  CreateDependencyBody,
  CreateItemBody,
  CreateResourceBody,
  DependencyParams,
  DependencySchema,
  ItemParams,
  PlanItemSchema,
  PlanParams,
  ResourceParams,
  ResourceSchema,
  UpdateItemBody,
  UpdateResourceBody,
} from './schemas.ts';
import * as structure from './structure-service.ts';

const tags = ['Plans'];
const planPath = '/api/workspaces/{slug}/plans/{planId}';
const deleted = { 204: { description: 'Deleted' } };
const itemBody = (description: string) => jsonContent(z.object({ item: PlanItemSchema }), description);
const resourceBody = (description: string) =>
  jsonContent(z.object({ resource: ResourceSchema }), description);

const routes = {
  createItem: createRoute({
    method: 'post',
    path: `${planPath}/items`,
    tags,
    summary: 'Add a programme, project or activity (needs plan:write)',
    request: { params: PlanParams, ...jsonBody(CreateItemBody) },
    responses: { 201: itemBody('Created'), ...standardErrors, ...conflictError },
  }),
  updateItem: createRoute({
    method: 'patch',
    path: `${planPath}/items/{itemId}`,
    tags,
    summary: 'Change an item, including its progress (status, % complete, actual dates)',
    request: { params: ItemParams, headers: IfMatchHeaders, ...jsonBody(UpdateItemBody) },
    responses: { 200: itemBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  deleteItem: createRoute({
    method: 'delete',
    path: `${planPath}/items/{itemId}`,
    tags,
    summary: 'Delete an item and everything beneath it',
    request: { params: ItemParams },
    responses: { ...deleted, ...standardErrors },
  }),
  createDependency: createRoute({
    method: 'post',
    path: `${planPath}/dependencies`,
    tags,
    summary: 'Make one item wait for another (finish-to-start or start-to-start, with a lag in months)',
    description: 'Refused with 409 when it would close a dependency cycle; the message names the cycle.',
    request: { params: PlanParams, ...jsonBody(CreateDependencyBody) },
    responses: {
      201: jsonContent(z.object({ dependency: DependencySchema }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  deleteDependency: createRoute({
    method: 'delete',
    path: `${planPath}/dependencies/{dependencyId}`,
    tags,
    summary: 'Remove a dependency',
    request: { params: DependencyParams },
    responses: { ...deleted, ...standardErrors },
  }),
  createResource: createRoute({
    method: 'post',
    path: `${planPath}/resources`,
    tags,
    summary: 'Add a resource: a budget by funder and currency, experts, implementing staff or a custom one',
    request: { params: PlanParams, ...jsonBody(CreateResourceBody) },
    responses: { 201: resourceBody('Created'), ...standardErrors, ...conflictError },
  }),
  updateResource: createRoute({
    method: 'patch',
    path: `${planPath}/resources/{resourceId}`,
    tags,
    summary: 'Change a resource, e.g. its capacities per period',
    request: { params: ResourceParams, headers: IfMatchHeaders, ...jsonBody(UpdateResourceBody) },
    responses: { 200: resourceBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  deleteResource: createRoute({
    method: 'delete',
    path: `${planPath}/resources/{resourceId}`,
    tags,
    summary: 'Delete a resource and every amount of it',
    request: { params: ResourceParams },
    responses: { ...deleted, ...standardErrors },
  }),
};

export function portfolioRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.createItem, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json({ item: await items.createItem({ db, actor, planId, input: c.req.valid('json') }) }, 201);
    })
    .openapi(routes.updateItem, async (c) => {
      const { planId, itemId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const item = await items.updateItem({
        db,
        actor,
        planId,
        itemId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, item.version);
      return c.json({ item }, 200);
    })
    .openapi(routes.deleteItem, async (c) => {
      const { planId, itemId } = c.req.valid('param');
      await items.deleteItem({
        db,
        actor: workspaceActor(c),
        planId,
        itemId,
      });
      return c.body(null, 204);
    })
    .openapi(routes.createDependency, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const dependency = await structure.createDependency({ db, actor, planId, input: c.req.valid('json') });
      return c.json({ dependency }, 201);
    })
    .openapi(routes.deleteDependency, async (c) => {
      const { planId, dependencyId } = c.req.valid('param');
      const actor = workspaceActor(c);
      await structure.deleteDependency({ db, actor, planId, dependencyId });
      return c.body(null, 204);
    })
    .openapi(routes.createResource, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const resource = await structure.createResource({ db, actor, planId, input: c.req.valid('json') });
      return c.json({ resource }, 201);
    })
    .openapi(routes.updateResource, async (c) => {
      const { planId, resourceId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const resource = await structure.updateResource({
        db,
        actor,
        planId,
        resourceId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, resource.version);
      return c.json({ resource }, 200);
    })
    .openapi(routes.deleteResource, async (c) => {
      const { planId, resourceId } = c.req.valid('param');
      const actor = workspaceActor(c);
      await structure.deleteResource({ db, actor, planId, resourceId });
      return c.body(null, 204);
    });
}
