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
import { assessmentHeatmap } from './heatmap.ts';
import { assessmentResults } from './results.ts';
import {
  AssessmentDetailSchema,
  AssessmentParams,
  AssessmentSchema,
  CreateAssessmentBody,
  UpdateAssessmentBody,
} from './schemas.ts';
import { AssessmentResultsSchema, HeatmapSchema } from './schemas-results.ts';
import * as service from './service.ts';

const tags = ['Assessments'];
const path = '/api/workspaces/{slug}/assessments';

export const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Assessments of the workspace, newest first',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ assessments: z.array(AssessmentSchema) }), 'Assessments'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Start an assessment: framework, scope, lead side and team',
    request: { params: SlugParam, ...jsonBody(CreateAssessmentBody) },
    responses: { 201: jsonContent(z.object({ assessment: AssessmentSchema }), 'Created'), ...standardErrors },
  }),
  get: createRoute({
    method: 'get',
    path: `${path}/{assessmentId}`,
    tags,
    summary: 'An assessment with its framework, team, every answer, review comments and evidence list',
    request: { params: AssessmentParams },
    responses: {
      200: jsonContent(AssessmentDetailSchema, 'Assessment'),
      ...standardErrors,
    },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{assessmentId}`,
    tags,
    summary: 'Change a draft assessment: title, scope, lead side, team',
    request: { params: AssessmentParams, headers: IfMatchHeaders, ...jsonBody(UpdateAssessmentBody) },
    responses: {
      200: jsonContent(z.object({ assessment: AssessmentSchema }), 'Updated'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  heatmap: createRoute({
    method: 'get',
    path: `${path}/heatmap`,
    tags,
    summary: 'Actors × criteria: each actor’s latest own assessment on a framework, by top-level group',
    request: {
      params: SlugParam,
      query: z.object({ frameworkId: z.string().min(1).default('ssg-ten-criteria') }),
    },
    responses: {
      200: jsonContent(HeatmapSchema, 'Heat map'),
      ...standardErrors,
    },
  }),
  results: createRoute({
    method: 'get',
    path: `${path}/{assessmentId}/results`,
    tags,
    summary: 'Scores by item, group and overall; disagreements; gaps and needs; change against the baseline',
    request: {
      params: AssessmentParams,
      query: z.object({
        target: z.coerce
          .number()
          .optional()
          .openapi({ description: 'target level for every item (default: top of the scale)' }),
      }),
    },
    responses: {
      200: jsonContent(AssessmentResultsSchema, 'Results'),
      ...standardErrors,
    },
  }),
};

export function assessmentRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ assessments: await service.listAssessments({ db, actor }) }, 200);
    })
    .openapi(routes.heatmap, async (c) => {
      const actor = workspaceActor(c);
      return c.json(
        await assessmentHeatmap({ db, actor, frameworkId: c.req.valid('query').frameworkId }),
        200,
      );
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      const row = await service.createAssessment({ db, actor, input: c.req.valid('json') });
      return c.json({ assessment: service.presentAssessment(row) }, 201);
    })
    .openapi(routes.get, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const detail = await service.describeAssessment({ db, actor, assessmentId });
      setVersionTag(c, detail.assessment.version);
      return c.json(detail, 200);
    })
    .openapi(routes.update, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const row = await service.updateAssessment({
        db,
        actor,
        assessmentId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, row.rowVersion);
      return c.json({ assessment: service.presentAssessment(row) }, 200);
    })
    .openapi(routes.results, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const { target } = c.req.valid('query');
      const targets = target === undefined ? {} : { default: target };
      return c.json(await assessmentResults({ db, actor, assessmentId, targets }), 200);
    });
}
