import { createRoute, z } from '@hono/zod-openapi';
import { SWOT_KINDS } from '../../../core/assessment/swot.ts';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors, Timestamp } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { addSwotEntry, deleteSwotEntry, getSwot } from './service.ts';

const SwotKindSchema = z.enum(SWOT_KINDS).openapi('SwotKind');
const SwotEntrySchema = z
  .object({
    id: z.string(),
    kind: SwotKindSchema,
    text: z.string(),
    assessmentId: z.string().nullable(),
    createdAt: Timestamp,
  })
  .openapi('SwotEntry');
const SwotSchema = z
  .object({
    strengths: z.array(SwotEntrySchema),
    weaknesses: z.array(SwotEntrySchema),
    opportunities: z.array(SwotEntrySchema),
    threats: z.array(SwotEntrySchema),
  })
  .openapi('Swot');
const SwotEntryBody = z
  .object({
    kind: SwotKindSchema,
    text: z.string().trim().min(1, 'is required').max(2000),
    assessmentId: z.string().min(1).nullable().optional(),
  })
  .strict()
  .openapi('CreateSwotEntry', { example: { kind: 'weakness', text: 'No internal audit unit' } });

const ActorParams = SlugParam.extend({
  actorId: z.string().openapi({ param: { name: 'actorId', in: 'path' } }),
});
const EntryParams = ActorParams.extend({
  entryId: z.string().openapi({ param: { name: 'entryId', in: 'path' } }),
});
const tags = ['SWOT'];
const path = '/api/workspaces/{slug}/actors/{actorId}/swot';

export const routes = {
  get: createRoute({
    method: 'get',
    path,
    tags,
    summary: "An actor's strengths, weaknesses, opportunities and threats",
    request: { params: ActorParams },
    responses: { 200: jsonContent(SwotSchema, 'SWOT analysis'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a SWOT entry (needs assessment:manage or sector-map:write)',
    request: { params: ActorParams, ...jsonBody(SwotEntryBody) },
    responses: { 201: jsonContent(z.object({ entry: SwotEntrySchema }), 'Created'), ...standardErrors },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{entryId}`,
    tags,
    summary: 'Delete a SWOT entry',
    request: { params: EntryParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function swotRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.get, async (c) => {
      const { actorId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(await getSwot({ db, actor, actorId }), 200);
    })
    .openapi(routes.create, async (c) => {
      const { actorId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const entry = await addSwotEntry({ db, actor, actorId, input: c.req.valid('json') });
      return c.json({ entry }, 201);
    })
    .openapi(routes.remove, async (c) => {
      const { actorId, entryId } = c.req.valid('param');
      const actor = workspaceActor(c);
      await deleteSwotEntry({ db, actor, actorId, entryId });
      return c.body(null, 204);
    });
}
