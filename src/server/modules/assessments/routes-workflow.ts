import { createRoute, z } from '@hono/zod-openapi';
import { WORKFLOW_ACTIONS } from '../../../core/assessment/workflow.ts';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { describeSubmitReadiness } from './readiness.ts';
import {
  AnswerBody,
  AssessmentParams,
  AssessmentSchema,
  ItemParams,
  NewReviewCommentSchema,
  SavedAnswerSchema,
  SubmitReadinessSchema,
} from './schemas.ts';
import * as scoring from './scoring.ts';

const tags = ['Assessments'];
const base = '/api/workspaces/{slug}/assessments/{assessmentId}';
const CommentParams = AssessmentParams.extend({
  commentId: z.string().openapi({ param: { name: 'commentId', in: 'path' } }),
});

export const routes = {
  answer: createRoute({
    method: 'put',
    path: `${base}/answers/{itemId}`,
    tags,
    summary:
      'Record the signed-in assessor\'s answer for one item (a scale level, "na" or "insufficient_evidence")',
    request: { params: ItemParams, ...jsonBody(AnswerBody) },
    responses: { 200: jsonContent(z.object({ answer: SavedAnswerSchema }), 'Recorded'), ...standardErrors },
  }),
  transition: createRoute({
    method: 'post',
    path: `${base}/transitions`,
    tags,
    summary:
      'Move the assessment on: submit for review, return to draft, validate, publish, or unpublish (back to validated). 403 when the user may not take the step, 409 when the assessment is not at the status it starts from.',
    request: {
      params: AssessmentParams,
      ...jsonBody(z.object({ action: z.enum(WORKFLOW_ACTIONS) }).strict()),
    },
    responses: {
      200: jsonContent(z.object({ assessment: AssessmentSchema }), 'New status'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  readiness: createRoute({
    method: 'get',
    path: `${base}/submit-readiness`,
    tags,
    summary:
      'What to know before submitting for review: items nobody answered (the first few named, all counted) and whether the team has a reviewer who scored nothing',
    request: { params: AssessmentParams },
    responses: { 200: jsonContent(SubmitReadinessSchema, 'Readiness'), ...standardErrors },
  }),
  baseline: createRoute({
    method: 'put',
    path: `${base}/baseline`,
    tags,
    summary: 'Mark (or unmark) a validated assessment as the baseline for later rounds',
    request: { params: AssessmentParams, ...jsonBody(z.object({ isBaseline: z.boolean() }).strict()) },
    responses: {
      200: jsonContent(z.object({ assessment: AssessmentSchema }), 'Updated'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  comment: createRoute({
    method: 'post',
    path: `${base}/review-comments`,
    tags,
    summary: 'Peer review: comment on one item',
    request: {
      params: AssessmentParams,
      ...jsonBody(
        z
          .object({ itemId: z.string().min(1), body: z.string().trim().min(1, 'is required').max(5000) })
          .strict(),
      ),
    },
    responses: {
      201: jsonContent(z.object({ comment: NewReviewCommentSchema }), 'Created'),
      ...standardErrors,
    },
  }),
  resolve: createRoute({
    method: 'patch',
    path: `${base}/review-comments/{commentId}`,
    tags,
    summary: 'Mark a review comment as resolved (or reopen it)',
    request: { params: CommentParams, ...jsonBody(z.object({ resolved: z.boolean() }).strict()) },
    responses: {
      200: jsonContent(z.object({ comment: z.object({ id: z.string(), resolved: z.boolean() }) }), 'Updated'),
      ...standardErrors,
    },
  }),
};

export function assessmentWorkflowRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.answer, async (c) => {
      const { assessmentId, itemId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const answer = await scoring.recordAnswer({
        db,
        actor,
        assessmentId,
        itemId,
        input: c.req.valid('json'),
      });
      return c.json({ answer }, 200);
    })
    .openapi(routes.transition, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const assessment = await scoring.transitionAssessment({
        db,
        actor,
        assessmentId,
        action: c.req.valid('json').action,
      });
      return c.json({ assessment }, 200);
    })
    .openapi(routes.readiness, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(await describeSubmitReadiness({ db, actor, assessmentId }), 200);
    })
    .openapi(routes.baseline, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const assessment = await scoring.setBaseline({
        db,
        actor,
        assessmentId,
        isBaseline: c.req.valid('json').isBaseline,
      });
      return c.json({ assessment }, 200);
    })
    .openapi(routes.comment, async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const comment = await scoring.addReviewComment({ db, actor, assessmentId, ...c.req.valid('json') });
      return c.json({ comment }, 201);
    })
    .openapi(routes.resolve, async (c) => {
      const { assessmentId, commentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const comment = await scoring.resolveReviewComment({
        db,
        actor,
        assessmentId,
        commentId,
        resolved: c.req.valid('json').resolved,
      });
      return c.json({ comment }, 200);
    });
}
