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
import { readerLanguage } from '../users/language.ts';
import { coordinationReminders, coverage } from './coverage-service.ts';
import * as mechanisms from './mechanisms-service.ts';
import { coordinationRecordRoutes } from './routes-records.ts';
import {
  CoverageQuery,
  CoverageSchema,
  CreateMechanismBody,
  MechanismDetailSchema,
  MechanismParams,
  MechanismSummarySchema,
  RemindersSchema,
  StatusDateQuery,
  UpdateMechanismBody,
} from './schemas.ts';

const tags = ['Coordination'];
const base = '/api/workspaces/{slug}/coordination';
const mechanismBody = (description: string) =>
  jsonContent(z.object({ mechanism: MechanismSummarySchema }), description);

export const routes = {
  coverage: createRoute({
    method: 'get',
    path: `${base}/coverage`,
    tags,
    summary:
      'Needs and reform areas against funders, in one currency, with funding gaps and possible duplications',
    request: { params: SlugParam, query: CoverageQuery },
    responses: { 200: jsonContent(CoverageSchema, 'Coverage matrix'), ...standardErrors },
  }),
  reminders: createRoute({
    method: 'get',
    path: `${base}/reminders`,
    tags,
    summary: 'Overdue compact commitments and follow-up actions, the longest overdue first',
    request: { params: SlugParam, query: StatusDateQuery },
    responses: { 200: jsonContent(RemindersSchema, 'Reminders'), ...standardErrors },
  }),
  list: createRoute({
    method: 'get',
    path: `${base}/mechanisms`,
    tags,
    summary: 'Coordination mechanisms, by kind then name',
    request: { params: SlugParam, query: StatusDateQuery },
    responses: {
      200: jsonContent(z.object({ mechanisms: z.array(MechanismSummarySchema) }), 'Mechanisms'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path: `${base}/mechanisms`,
    tags,
    summary:
      'Set up a joint committee, joint programme, compact, pooled fund or embedded officials (coordination:write)',
    request: { params: SlugParam, ...jsonBody(CreateMechanismBody) },
    responses: { 201: mechanismBody('Created'), ...standardErrors },
  }),
  detail: createRoute({
    method: 'get',
    path: `${base}/mechanisms/{mechanismId}`,
    tags,
    summary: 'A mechanism with its meetings, follow-up actions and compact commitments',
    request: { params: MechanismParams, query: StatusDateQuery },
    responses: { 200: jsonContent(MechanismDetailSchema, 'Mechanism'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/mechanisms/{mechanismId}`,
    tags,
    summary: 'Change a mechanism: members, terms of reference, covered items and purpose codes',
    request: { params: MechanismParams, headers: IfMatchHeaders, ...jsonBody(UpdateMechanismBody) },
    responses: { 200: mechanismBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/mechanisms/{mechanismId}`,
    tags,
    summary: 'Delete a mechanism with its meetings, actions and commitments',
    request: { params: MechanismParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function coordinationRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const router = createRouter()
    .openapi(routes.coverage, async (c) => {
      const actor = workspaceActor(c);
      const language = await readerLanguage({
        db,
        userId: actor.user.id,
        acceptLanguage: c.req.header('accept-language'),
        workspaceLanguage: actor.workspace.defaultLanguage,
      });
      return c.json(await coverage({ db, actor, language, ...c.req.valid('query') }), 200);
    })
    .openapi(routes.reminders, async (c) => {
      const { asOf } = c.req.valid('query');
      return c.json(await coordinationReminders({ db, actor: workspaceActor(c), asOf }), 200);
    })
    .openapi(routes.list, async (c) => {
      const { asOf } = c.req.valid('query');
      return c.json(
        { mechanisms: await mechanisms.listMechanisms({ db, actor: workspaceActor(c), asOf }) },
        200,
      );
    })
    .openapi(routes.create, async (c) => {
      const mechanism = await mechanisms.createMechanism({
        db,
        actor: workspaceActor(c),
        input: c.req.valid('json'),
      });
      return c.json({ mechanism }, 201);
    })
    .openapi(routes.detail, async (c) => {
      const { mechanismId } = c.req.valid('param');
      const { asOf } = c.req.valid('query');
      const detail = await mechanisms.mechanismDetail({ db, actor: workspaceActor(c), mechanismId, asOf });
      setVersionTag(c, detail.mechanism.version);
      return c.json(detail, 200);
    })
    .openapi(routes.update, async (c) => {
      const { mechanismId } = c.req.valid('param');
      const mechanism = await mechanisms.updateMechanism({
        db,
        actor: workspaceActor(c),
        mechanismId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, mechanism.version);
      return c.json({ mechanism }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { mechanismId } = c.req.valid('param');
      await mechanisms.deleteMechanism({ db, actor: workspaceActor(c), mechanismId });
      return c.body(null, 204);
    });
  return router.route('/', coordinationRecordRoutes(deps));
}
