import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../db/client.ts';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { InvalidFormError } from './survey-form-import.ts';
import { findSurvey } from './surveys-repo.ts';
import {
  CreateSurveyBody,
  FormUpload,
  ImportFormResponse,
  LibraryBody,
  PatchSurveyBody,
  PublicLinkSchema,
  ReplaceFormUpload,
  SurveyListSchema,
  SurveyParams,
  SurveyResponse,
} from './surveys-schemas.ts';
import {
  createPublicLink,
  createSurvey,
  deletePublicLink,
  deleteSurvey,
  getSurvey,
  importSurveyForm,
  insertLibrary,
  listSurveys,
  replaceSurveyForm,
  updateSurvey,
} from './surveys-service.ts';

const tags = ['Surveys'];
const base = '/api/workspaces/{slug}/surveys';

export const FORM_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const formSizeLimit = bodyLimit({
  maxSize: FORM_UPLOAD_MAX_BYTES,
  onError: (c) => c.json(errorBody('payload_too_large', 'file: an XLSForm larger than 10 MB'), 413),
});

/** Refuses roles that may not design surveys before the upload is read, then limits its size. */
const designersFirst: MiddlewareHandler<AppEnv>[] = [
  async (c, next) => {
    authorize(workspaceActor(c), 'survey:design');
    await next();
  },
  formSizeLimit,
];

/** As `designersFirst`, and the survey must be one of the workspace's (404) before the upload is read. */
const designersOfTheSurveyFirst = (db: Db): MiddlewareHandler<AppEnv>[] => [
  async (c, next) => {
    const actor = workspaceActor(c);
    authorize(actor, 'survey:design');
    await findSurvey(db, actor.workspace.id, c.req.param('surveyId') ?? '');
    await next();
  },
  formSizeLimit,
];

const formErrors = {
  ...standardErrors,
  400: {
    description:
      'The form has errors (`invalid_form`): `details.issues` lists every one with its sheet, row and column; nothing was saved',
    content: standardErrors[400].content,
  },
  413: { description: 'Over 10 MB', content: standardErrors[400].content },
};

const uploadBody = <T extends typeof FormUpload | typeof ReplaceFormUpload>(schema: T) => ({
  body: { required: true, content: { 'multipart/form-data': { schema } } },
});

const replaceFormRoute = (middleware: MiddlewareHandler<AppEnv>[]) =>
  createRoute({
    method: 'post',
    path: `${base}/{surveyId}/form`,
    tags,
    summary: 'Replace the form of a survey that has no responses yet (survey:design)',
    description:
      'Multipart field `file`, as for the import. 409 once the survey has responses: their answers belong to the form they were given with.',
    middleware,
    request: { params: SurveyParams, headers: IfMatchHeaders, ...uploadBody(ReplaceFormUpload) },
    responses: {
      200: jsonContent(ImportFormResponse, 'Replaced'),
      ...formErrors,
      ...conflictError,
      ...preconditionError,
    },
  });

export const surveyRouteDefs = {
  list: createRoute({
    method: 'get',
    path: base,
    tags,
    summary: 'Surveys of the workspace, with their response counts',
    request: { params: SlugParam },
    responses: { 200: jsonContent(SurveyListSchema, 'Surveys, newest first'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path: base,
    tags,
    summary: 'Start a survey built in Custodes, with an empty form (survey:design)',
    request: { params: SlugParam, ...jsonBody(CreateSurveyBody) },
    responses: { 201: jsonContent(SurveyResponse, 'Created'), ...standardErrors },
  }),
  importForm: createRoute({
    method: 'post',
    path: `${base}/import-form`,
    tags,
    summary: 'Create a survey from an XLSForm (.xlsx, .csv or .md) (survey:design)',
    description:
      'Send the file as the multipart field `file` (at most 10 MB), and optionally `title`. Warnings (unsupported rows or columns) are returned with the survey and kept with it; any error refuses the form with 400 `invalid_form` listing every issue.',
    middleware: designersFirst,
    request: { params: SlugParam, ...uploadBody(FormUpload) },
    responses: { 201: jsonContent(ImportFormResponse, 'Imported'), ...formErrors },
  }),
  get: createRoute({
    method: 'get',
    path: `${base}/{surveyId}`,
    tags,
    summary: 'A survey with its form, design and estimate specs',
    request: { params: SurveyParams },
    responses: { 200: jsonContent(SurveyResponse, 'The survey'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${base}/{surveyId}`,
    tags,
    summary: 'Rename a survey, or open or close it for responses (survey:design)',
    request: { params: SurveyParams, headers: IfMatchHeaders, ...jsonBody(PatchSurveyBody) },
    responses: {
      200: jsonContent(SurveyResponse, 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/{surveyId}`,
    tags,
    summary: 'Delete a survey with all its responses (survey:design)',
    request: { params: SurveyParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...preconditionError },
  }),
  replaceForm: replaceFormRoute(designersFirst),
  library: createRoute({
    method: 'post',
    path: `${base}/{surveyId}/library`,
    tags,
    summary: 'Insert standard perception questions into the form (survey:design)',
    description:
      'Keys from the standard library (`trust_police`, `safe_night`, …), inserted in order after the question named by `after` (at the end when null), with their answer lists and labels in the form’s languages. A key whose name is already in the form is refused.',
    request: { params: SurveyParams, headers: IfMatchHeaders, ...jsonBody(LibraryBody) },
    responses: {
      200: jsonContent(SurveyResponse, 'The survey with the questions inserted'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  createPublicLink: createRoute({
    method: 'post',
    path: `${base}/{surveyId}/public-link`,
    tags,
    summary: 'Create the survey’s public link, or rotate it (the old link stops working) (survey:design)',
    request: { params: SurveyParams },
    responses: { 200: jsonContent(PublicLinkSchema, 'The new link'), ...standardErrors },
  }),
  deletePublicLink: createRoute({
    method: 'delete',
    path: `${base}/{surveyId}/public-link`,
    tags,
    summary: 'Remove the survey’s public link (survey:design)',
    request: { params: SurveyParams },
    responses: { 204: { description: 'Removed' }, ...standardErrors },
  }),
};

/** A form refused for its errors answers `invalid_form` with every issue; other errors go to the app. */
async function answerForm(c: Context, status: 200 | 201, run: () => Promise<unknown>) {
  try {
    return c.json(await run(), status);
  } catch (error) {
    if (error instanceof InvalidFormError)
      return c.json(errorBody('invalid_form', error.message, { issues: error.issues }), 400);
    throw error;
  }
}

export function surveysRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(surveyRouteDefs.list, async (c) =>
      c.json({ surveys: await listSurveys({ db, actor: workspaceActor(c) }) }, 200),
    )
    .openapi(surveyRouteDefs.create, async (c) => {
      const survey = await createSurvey({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      setVersionTag(c, survey.rowVersion);
      return c.json({ survey }, 201);
    })
    .openapi(surveyRouteDefs.importForm, async (c) => {
      const { file, title } = c.req.valid('form');
      const bytes = new Uint8Array(await file.arrayBuffer());
      return answerForm(c, 201, () =>
        importSurveyForm({ db, actor: workspaceActor(c), file: { name: file.name, bytes }, title }),
      ) as never;
    })
    .openapi(surveyRouteDefs.get, async (c) => {
      const survey = await getSurvey({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
      });
      setVersionTag(c, survey.rowVersion);
      return c.json({ survey }, 200);
    })
    .openapi(surveyRouteDefs.update, async (c) => {
      const survey = await updateSurvey({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, survey.rowVersion);
      return c.json({ survey }, 200);
    })
    .openapi(surveyRouteDefs.remove, async (c) => {
      await deleteSurvey({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    })
    .openapi(replaceFormRoute(designersOfTheSurveyFirst(db)), async (c) => {
      const { file } = c.req.valid('form');
      const bytes = new Uint8Array(await file.arrayBuffer());
      return answerForm(c, 200, () =>
        replaceSurveyForm({
          db,
          actor: workspaceActor(c),
          surveyId: c.req.valid('param').surveyId,
          file: { name: file.name, bytes },
          expectedVersion: expectedVersionOf(c),
        }),
      ) as never;
    })
    .openapi(surveyRouteDefs.library, async (c) => {
      const survey = await insertLibrary({
        db,
        actor: workspaceActor(c),
        surveyId: c.req.valid('param').surveyId,
        input: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, survey.rowVersion);
      return c.json({ survey }, 200);
    })
    .openapi(surveyRouteDefs.createPublicLink, async (c) => {
      const { slug, surveyId } = c.req.valid('param');
      const link = await createPublicLink({ db, actor: workspaceActor(c), surveyId, slug });
      return c.json(link, 200);
    })
    .openapi(surveyRouteDefs.deletePublicLink, async (c) => {
      await deletePublicLink({ db, actor: workspaceActor(c), surveyId: c.req.valid('param').surveyId });
      return c.body(null, 204);
    });
}
