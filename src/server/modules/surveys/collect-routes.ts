import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import {
  conflictError,
  ErrorSchema,
  jsonBody,
  jsonContent,
  rateLimitError,
  standardErrors,
} from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  CollectFormSchema,
  PublicFormSchema,
  PublicSurveyParams,
  SubmissionReceiptSchema,
} from './collect-schemas.ts';
import { collectForm, SubmissionRefused, submitAsEnumerator } from './collect-service.ts';
import { SubmissionPayloadSchema } from './form-schemas.ts';
import { SurveyParams } from './surveys-schemas.ts';

const tags = ['Surveys'];
const base = '/api/workspaces/{slug}/surveys/{surveyId}';
const publicBase = '/api/public/{slug}/surveys/{token}';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

const submissionRules =
  'The `id` is a UUID made on the device: the same id sent again for the same survey answers 200 with `duplicate: true` and writes nothing, so a submission is kept exactly once however often it is sent. The answers are checked against the form (required, constraints, types, choices): 400 `invalid_answers` names the first question in the message and lists every problem in `details.errors` as `{ path, code, params }`. 409 `survey_not_open` when the survey is not open for responses, 409 `conflict` when the id belongs to a response of another survey.';

const submissionResponses = {
  200: jsonContent(SubmissionReceiptSchema, 'Already received: nothing written'),
  201: jsonContent(SubmissionReceiptSchema, 'Received'),
};

export const collectRouteDefs = {
  collect: createRoute({
    method: 'get',
    path: `${base}/collect`,
    tags,
    summary: 'The form to fill as an enumerator, with the survey’s status (survey:collect)',
    request: { params: SurveyParams },
    responses: { 200: jsonContent(CollectFormSchema, 'The form'), ...standardErrors },
  }),
  submit: createRoute({
    method: 'post',
    path: `${base}/submissions`,
    tags,
    summary: 'Send a filled form as an enumerator (survey:collect)',
    description: submissionRules,
    request: { params: SurveyParams, ...jsonBody(SubmissionPayloadSchema) },
    responses: { ...submissionResponses, ...standardErrors, ...conflictError },
  }),
  publicForm: createRoute({
    method: 'get',
    path: publicBase,
    tags,
    summary: 'The form behind a public survey link (no account needed)',
    description:
      'Answers 404 alike for an unknown token, a token of another workspace and a survey that is not open.',
    request: { params: PublicSurveyParams },
    responses: {
      200: jsonContent(PublicFormSchema, 'The form'),
      404: error('No open survey behind this link'),
      ...rateLimitError,
    },
  }),
  publicSubmit: createRoute({
    method: 'post',
    path: `${publicBase}/submissions`,
    tags,
    summary: 'Send a filled form through a public link (no account needed; no address is kept)',
    description: submissionRules,
    request: { params: PublicSurveyParams, ...jsonBody(SubmissionPayloadSchema) },
    responses: {
      ...submissionResponses,
      400: error('Invalid answers: the message names the question'),
      404: error('No open survey behind this link'),
      ...conflictError,
      ...rateLimitError,
    },
  }),
};

/** 201 for a new submission, 200 for one already received; refusals with their own codes. */
export async function answerSubmission(
  c: Context,
  run: () => Promise<{ id: string; receivedAt: string; duplicate: boolean }>,
) {
  try {
    const receipt = await run();
    return c.json(receipt, receipt.duplicate ? 200 : 201);
  } catch (error) {
    if (error instanceof SubmissionRefused)
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    throw error;
  }
}

export function collectRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(collectRouteDefs.collect, async (c) =>
      c.json(
        await collectForm({ db, actor: workspaceActor(c), surveyId: c.req.valid('param').surveyId }),
        200,
      ),
    )
    .openapi(
      collectRouteDefs.submit,
      async (c) =>
        answerSubmission(c, () =>
          submitAsEnumerator({
            db,
            actor: workspaceActor(c),
            surveyId: c.req.valid('param').surveyId,
            payload: c.req.valid('json'),
          }),
        ) as never,
    );
}
