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
import {
  ConsultationParams,
  ConsultationQuery,
  ConsultationSchema,
  CreateConsultationBody,
  UpdateConsultationBody,
} from './schemas.ts';
import * as service from './service.ts';

const tags = ['Consultations'];
const path = '/api/workspaces/{slug}/consultations';
const one = z.object({ consultation: ConsultationSchema });

export const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Consultations held, most recent first; filter by date range and format',
    request: { params: SlugParam, query: ConsultationQuery },
    responses: {
      200: jsonContent(z.object({ consultations: z.array(ConsultationSchema) }), 'Consultations'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Log a consultation (needs consultation:write)',
    request: { params: SlugParam, ...jsonBody(CreateConsultationBody) },
    responses: { 201: jsonContent(one, 'Created'), ...standardErrors },
  }),
  get: createRoute({
    method: 'get',
    path: `${path}/{consultationId}`,
    tags,
    summary: 'One consultation with its participant totals',
    request: { params: ConsultationParams },
    responses: { 200: jsonContent(one, 'Consultation'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{consultationId}`,
    tags,
    summary: 'Change a consultation',
    request: { params: ConsultationParams, headers: IfMatchHeaders, ...jsonBody(UpdateConsultationBody) },
    responses: { 200: jsonContent(one, 'Updated'), ...standardErrors, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{consultationId}`,
    tags,
    summary: 'Delete a consultation',
    request: { params: ConsultationParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function consultationRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      const filter = c.req.valid('query');
      return c.json({ consultations: await service.listConsultations({ db, actor, filter }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      const consultation = await service.createConsultation({ db, actor, input: c.req.valid('json') });
      return c.json({ consultation }, 201);
    })
    .openapi(routes.get, async (c) => {
      const { consultationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const consultation = await service.getConsultation({ db, actor, consultationId });
      setVersionTag(c, consultation.version);
      return c.json({ consultation }, 200);
    })
    .openapi(routes.update, async (c) => {
      const { consultationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const consultation = await service.updateConsultation({
        db,
        actor,
        consultationId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, consultation.version);
      return c.json({ consultation }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { consultationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      await service.deleteConsultation({ db, actor, consultationId });
      return c.body(null, 204);
    });
}
