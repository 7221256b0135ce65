import { createRoute, z } from '@hono/zod-openapi';
import {
  GeneratedNeedSchema,
  NEED_LEVEL_MAX,
  NEED_LEVEL_MIN,
  NEED_STATUSES,
} from '../../../core/assessment/needs.ts';
import { createRouter } from '../../http/router.ts';
import {
  conflictError,
  jsonBody,
  jsonContent,
  SlugParam,
  standardErrors,
  Timestamp,
} from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
  VersionField,
} from '../shared/row-version.ts';
import { readerLanguage } from '../users/language.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { generateNeeds } from './generate.ts';
import * as service from './service.ts';

const NeedStatusSchema = z.enum(NEED_STATUSES).openapi('NeedStatus');

const NeedSchema = z
  .object({
    id: z.string(),
    title: z.string().openapi({ description: "In the reader's language when the need is generated" }),
    description: z.string().nullable(),
    generated: GeneratedNeedSchema.nullable().openapi({
      description:
        "For a need drawn from an assessment gap, the message key and parameters its title and description are written from (in the reader's profile language, else Accept-Language, else the workspace's); null for a need typed by hand",
    }),
    severity: z.number().int().openapi({ description: '1 (small gap) to 5 (nothing in place)' }),
    importance: z.number().int().openapi({ description: '1 to 5' }),
    priority: z.number().int().openapi({ description: 'severity × importance, 1 to 25' }),
    status: NeedStatusSchema,
    assessmentId: z.string().nullable(),
    itemId: z.string().nullable(),
    actorId: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('Need');

const level = z.number().int().min(NEED_LEVEL_MIN).max(NEED_LEVEL_MAX);
const needFields = {
  title: z.string().trim().min(1, 'is required').max(300),
  description: z.string().trim().max(10000).nullable().optional(),
  severity: level,
  importance: level,
  status: NeedStatusSchema.optional(),
  actorId: z.string().min(1).nullable().optional(),
};
const CreateNeedBody = z
  .object(needFields)
  .strict()
  .openapi('CreateNeed', {
    example: { title: 'Parliamentary access to classified budgets', severity: 4, importance: 5 },
  });
const UpdateNeedBody = z
  .object({
    ...needFields,
    title: needFields.title.optional(),
    severity: level.optional(),
    importance: level.optional(),
  })
  .strict();

const NeedParams = SlugParam.extend({
  needId: z.string().openapi({ param: { name: 'needId', in: 'path' } }),
});
const AssessmentParams = SlugParam.extend({
  assessmentId: z.string().openapi({ param: { name: 'assessmentId', in: 'path' } }),
});
const tags = ['Needs'];
const path = '/api/workspaces/{slug}/needs';

export const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Needs of the programme, highest priority first',
    request: {
      params: SlugParam,
      query: z.object({
        status: NeedStatusSchema.optional(),
        actorId: z.string().optional(),
        assessmentId: z.string().optional(),
      }),
    },
    responses: { 200: jsonContent(z.object({ needs: z.array(NeedSchema) }), 'Needs'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a need by hand (needs assessment:manage)',
    request: { params: SlugParam, ...jsonBody(CreateNeedBody) },
    responses: { 201: jsonContent(z.object({ need: NeedSchema }), 'Created'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{needId}`,
    tags,
    summary: 'Change a need: title, description, severity, importance, status, actor',
    description:
      'Changing the title or description of a generated need makes it typed content: `generated` becomes null and the text is kept as the editor read it.',
    request: { params: NeedParams, headers: IfMatchHeaders, ...jsonBody(UpdateNeedBody) },
    responses: {
      200: jsonContent(z.object({ need: NeedSchema }), 'Updated'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{needId}`,
    tags,
    summary: 'Delete a need',
    request: { params: NeedParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
  generate: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/assessments/{assessmentId}/needs',
    tags,
    summary: "Draw needs from a validated or published assessment's gaps",
    description:
      'One need per item below the top of its scale, severity from the gap and importance from the item weight. Items that already have a need from this assessment are skipped, so repeating the call creates nothing new. Returns the count created, the count of needs from this assessment that existed before the call, and every need of the assessment.',
    request: { params: AssessmentParams },
    responses: {
      200: jsonContent(
        z.object({
          created: z.number().int(),
          alreadyExisted: z.number().int(),
          needs: z.array(NeedSchema),
        }),
        'Generated',
      ),
      ...standardErrors,
      ...conflictError,
    },
  }),
};

export function needRoutes({ database }: AppDeps) {
  const db = database.db;
  const languageOf = (actor: WorkspaceActor, acceptLanguage: string | undefined) =>
    readerLanguage({
      db,
      userId: actor.user.id,
      acceptLanguage,
      workspaceLanguage: actor.workspace.defaultLanguage,
    });
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      const language = await languageOf(actor, c.req.header('accept-language'));
      const filter = c.req.valid('query');
      return c.json({ needs: await service.listNeeds({ db, actor, filter, language }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      const language = await languageOf(actor, c.req.header('accept-language'));
      const input = c.req.valid('json');
      return c.json({ need: await service.createNeed({ db, actor, input, language }) }, 201);
    })
    .openapi(routes.update, async (c) => {
      const { needId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const need = await service.updateNeed({
        db,
        actor,
        needId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
        language: await languageOf(actor, c.req.header('accept-language')),
      });
      setVersionTag(c, need.version);
      return c.json({ need }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { needId } = c.req.valid('param');
      const actor = workspaceActor(c);
      await service.deleteNeed({ db, actor, needId });
      return c.body(null, 204);
    })
    .openapi(routes.generate, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const language = await languageOf(actor, c.req.header('accept-language'));
      return c.json(await generateNeeds({ db, actor, assessmentId, language }), 200);
    });
}
