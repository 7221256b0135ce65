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
import { createRelation, deleteRelation, listRelations, updateRelation } from './relations-service.ts';
import {
  CategorySchema,
  RelationInputSchema,
  RelationParams,
  RelationPatchSchema,
  RelationSchema,
  RelationTypeSchema,
} from './schemas.ts';

const tags = ['Sector map'];

const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/relations',
    tags,
    summary: 'Relations between actors; filter by type, by the category of either actor, or by actor',
    request: {
      params: SlugParam,
      query: z.object({
        type: RelationTypeSchema.optional(),
        category: CategorySchema.optional(),
        actorId: z.string().optional(),
      }),
    },
    responses: {
      200: jsonContent(z.object({ relations: z.array(RelationSchema) }), 'Relations'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/relations',
    tags,
    summary: 'Link two actors of the workspace (needs sector-map:write)',
    request: { params: SlugParam, ...jsonBody(RelationInputSchema) },
    responses: {
      201: jsonContent(z.object({ relation: RelationSchema }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/workspaces/{slug}/relations/{relationId}',
    tags,
    summary: 'Change a relation (needs sector-map:write)',
    request: { params: RelationParams, headers: IfMatchHeaders, ...jsonBody(RelationPatchSchema) },
    responses: {
      200: jsonContent(z.object({ relation: RelationSchema }), 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/workspaces/{slug}/relations/{relationId}',
    tags,
    summary: 'Delete a relation (needs sector-map:write)',
    request: { params: RelationParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function relationRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ relations: await listRelations({ db, actor, filter: c.req.valid('query') }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ relation: await createRelation({ db, actor, input: c.req.valid('json') }) }, 201);
    })
    .openapi(routes.update, async (c) => {
      const { relationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const relation = await updateRelation({
        db,
        actor,
        relationId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, relation.version);
      return c.json({ relation }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { relationId } = c.req.valid('param');
      await deleteRelation({
        db,
        actor: workspaceActor(c),
        relationId,
      });
      return c.body(null, 204);
    });
}
