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
import { createActor, deleteActor, listActors, updateActor } from './actors-service.ts';
import { getActorProfile } from './map-service.ts';
import {
  ActorInputSchema,
  ActorParams,
  ActorPatchSchema,
  ActorProfileSchema,
  ActorSchema,
  CategoryGroupSchema,
  CategorySchema,
} from './schemas.ts';

const tags = ['Sector map'];

const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/actors',
    tags,
    summary: 'Actors of the security sector, by name; filter by category or category group',
    request: {
      params: SlugParam,
      query: z.object({ category: CategorySchema.optional(), group: CategoryGroupSchema.optional() }),
    },
    responses: { 200: jsonContent(z.object({ actors: z.array(ActorSchema) }), 'Actors'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/actors',
    tags,
    summary: 'Add an actor (needs sector-map:write)',
    request: { params: SlugParam, ...jsonBody(ActorInputSchema) },
    responses: {
      201: jsonContent(z.object({ actor: ActorSchema }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  profile: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/actors/{actorId}',
    tags,
    summary: 'Actor profile: the actor, its parent and sub-units, its relations both ways, its oversight',
    request: { params: ActorParams },
    responses: { 200: jsonContent(ActorProfileSchema, 'Profile'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/workspaces/{slug}/actors/{actorId}',
    tags,
    summary: 'Change an actor (needs sector-map:write)',
    request: { params: ActorParams, headers: IfMatchHeaders, ...jsonBody(ActorPatchSchema) },
    responses: {
      200: jsonContent(z.object({ actor: ActorSchema }), 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/workspaces/{slug}/actors/{actorId}',
    tags,
    summary: 'Delete an actor (needs sector-map:write)',
    description:
      'Refused with 409, naming them, while relations or sub-units depend on the actor. With `cascade=true` its relations are deleted and its sub-units detached.',
    request: { params: ActorParams, query: z.object({ cascade: z.enum(['true', 'false']).optional() }) },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError },
  }),
};

export function actorRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ actors: await listActors({ db, actor, filter: c.req.valid('query') }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ actor: await createActor({ db, actor, input: c.req.valid('json') }) }, 201);
    })
    .openapi(routes.profile, async (c) => {
      const { actorId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const profile = await getActorProfile({ db, actor, actorId });
      setVersionTag(c, profile.actor.version);
      return c.json(profile, 200);
    })
    .openapi(routes.update, async (c) => {
      const { actorId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const updated = await updateActor({
        db,
        actor,
        actorId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, updated.version);
      return c.json({ actor: updated }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { actorId } = c.req.valid('param');
      const actor = workspaceActor(c);
      await deleteActor({ db, actor, actorId, cascade: c.req.valid('query').cascade === 'true' });
      return c.body(null, 204);
    });
}
