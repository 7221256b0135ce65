import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { IndicatorParams } from '../monitoring/indicators-schemas.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { listIntervals } from './analysis-intervals.ts';
import { publishEstimate } from './analysis-publish.ts';
import {
  DesignBody,
  DesignSavedSchema,
  EstimatesSchema,
  IntervalsSchema,
  PreviewBody,
  PublishBody,
  PublishedSchema,
} from './analysis-schemas.ts';
import { previewEstimates, saveDesign, storedEstimates } from './analysis-service.ts';
import { SurveyParams } from './surveys-schemas.ts';

const tags = ['Surveys'];
const base = '/api/workspaces/{slug}/surveys/{surveyId}';

export const analysisRouteDefs = {
  saveDesign: createRoute({
    method: 'put',
    path: `${base}/design`,
    tags,
    summary: "Save the survey's sample design and the estimates its page shows (survey:design)",
    request: { params: SurveyParams, headers: IfMatchHeaders, ...jsonBody(DesignBody) },
    responses: {
      200: jsonContent(DesignSavedSchema, 'Saved'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  estimates: createRoute({
    method: 'get',
    path: `${base}/estimates`,
    tags,
    summary:
      'The stored estimates computed over the current responses, with standard errors and design effects',
    request: { params: SurveyParams },
    responses: {
      200: jsonContent(EstimatesSchema, 'Estimates, or the problem that stops them'),
      ...standardErrors,
    },
  }),
  preview: createRoute({
    method: 'post',
    path: `${base}/estimates`,
    tags,
    summary: 'Compute estimates for a design not saved yet (survey:design); writes nothing',
    request: { params: SurveyParams, ...jsonBody(PreviewBody) },
    responses: {
      200: jsonContent(EstimatesSchema, 'Estimates, or the problem that stops them'),
      ...standardErrors,
    },
  }),
  publish: createRoute({
    method: 'post',
    path: `${base}/publish`,
    tags,
    summary:
      'Publish a design-based proportion to a perception indicator #{A} ÷ #{B}, with its confidence intervals (survey:design and data-values:write)',
    request: { params: SurveyParams, ...jsonBody(PublishBody) },
    responses: {
      200: jsonContent(PublishedSchema, 'Data values written and intervals stored'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  intervals: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/monitoring/indicators/{indicatorId}/intervals',
    tags: ['Monitoring'],
    summary: "The survey confidence intervals published to an indicator, for its chart's error bars",
    request: { params: IndicatorParams },
    responses: {
      200: jsonContent(IntervalsSchema, 'Intervals by period, org unit and disaggregation'),
      ...standardErrors,
    },
  }),
};

export function analysisRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(analysisRouteDefs.saveDesign, async (c) => {
      const { design, estimates } = c.req.valid('json');
      const saved = await saveDesign({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
        design,
        estimates,
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, saved.rowVersion);
      return c.json(saved, 200);
    })
    .openapi(analysisRouteDefs.estimates, async (c) =>
      c.json(
        await storedEstimates({ db, actor: workspaceActor(c), surveyId: c.req.valid('param').surveyId }),
        200,
      ),
    )
    .openapi(analysisRouteDefs.preview, async (c) => {
      const { design, estimates } = c.req.valid('json');
      const answer = await previewEstimates({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
        design,
        estimates,
      });
      return c.json(answer, 200);
    })
    .openapi(analysisRouteDefs.publish, async (c) => {
      const answer = await publishEstimate({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
        input: c.req.valid('json'),
      });
      return c.json(answer, 200);
    })
    .openapi(analysisRouteDefs.intervals, async (c) =>
      c.json(
        await listIntervals({ db, actor: workspaceActor(c), indicatorId: c.req.valid('param').indicatorId }),
        200,
      ),
    );
}
