import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../db/client.ts';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { CONTENT_TYPES } from '../sector-map/spreadsheet.ts';
import { authorize } from '../workspaces/membership.ts';
import { exportResponses } from './responses-export.ts';
import { InvalidResponsesError, importResponses } from './responses-import.ts';
import { issueMessage } from './responses-messages.ts';
import {
  DeletedSchema,
  ExportQuery,
  ImportFiles,
  ImportParams,
  ImportSummarySchema,
  ResponsesParams,
  SubmissionListSchema,
  SubmissionParams,
  SubmissionsQuery,
} from './responses-schemas.ts';
import { deleteSubmission, listSubmissions, requireSurvey, undoImport } from './responses-service.ts';

const tags = ['Surveys'];
const base = '/api/workspaces/{slug}/surveys/{surveyId}';

export const RESPONSES_IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Refuses roles that cannot import, and surveys of other workspaces (404), before the upload is read;
 * then limits its size.
 */
const designersOfTheSurveyFirst = (db: Db): MiddlewareHandler<AppEnv>[] => [
  async (c, next) => {
    const actor = workspaceActor(c);
    authorize(actor, 'survey:design');
    await requireSurvey(db, actor.workspace.id, c.req.param('surveyId') ?? '');
    await next();
  },
  bodyLimit({
    maxSize: RESPONSES_IMPORT_MAX_BYTES,
    onError: (c) => c.json(errorBody('payload_too_large', 'file: larger than 50 MB; split the export'), 413),
  }),
];

const importRoute = (middleware: MiddlewareHandler<AppEnv>[]) =>
  createRoute({
    method: 'post',
    path: `${base}/submissions/import`,
    tags,
    summary: 'Import responses exported from KoboToolbox or ODK, all or nothing (survey:design)',
    description:
      'Multipart field `file`: one XLSX (main sheet and one sheet per repeat), or CSV files (the field repeated: the main one and one per repeat, named after the repeat or linked by `_parent_index`/`PARENT_KEY`). Columns are question names or group paths (`/` or `-`); choices by name or, when unambiguous, by label. Every cell is checked; any error gives 400 `invalid_import` with `details.errors` `[{sheet, row, column, code, params, message}]` and nothing is written. Responses whose id (`_uuid`, `meta/instanceID`) the survey already has are skipped; unknown columns are listed as warnings.',
    middleware,
    request: {
      params: ResponsesParams,
      body: { required: true, content: { 'multipart/form-data': { schema: ImportFiles } } },
    },
    responses: {
      200: jsonContent(ImportSummarySchema, 'Imported'),
      ...standardErrors,
      400: {
        description: 'Errors by sheet, row and column (`invalid_import`); nothing was imported',
        content: standardErrors[400].content,
      },
      413: { description: 'Over 50 MB or 200,000 rows', content: standardErrors[400].content },
    },
  });

/** The import route as documented: its handler's copy also checks the survey before the upload is read. */
const designersOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(workspaceActor(c), 'survey:design');
  await next();
};

export const responseRouteDefs = {
  list: createRoute({
    method: 'get',
    path: `${base}/submissions`,
    tags,
    summary: 'A page of the survey’s responses, newest first, with counts by source (survey:design)',
    request: { params: ResponsesParams, query: SubmissionsQuery },
    responses: { 200: jsonContent(SubmissionListSchema, 'Responses'), ...standardErrors },
  }),
  export: createRoute({
    method: 'get',
    path: `${base}/submissions/export`,
    tags,
    summary: 'Export the responses in KoboToolbox’s layout (survey:design)',
    description:
      'XLSX: the main sheet (columns by group path `group/question`, then `start`, `end`, `_uuid`, `_submission_time`, `_index`) and one sheet per repeat linked by `_parent_index`. CSV: the main sheet only — repeats need the XLSX. The file imports back unchanged.',
    request: { params: ResponsesParams, query: ExportQuery },
    responses: {
      200: {
        description: 'The file',
        content: {
          [CONTENT_TYPES.csv]: { schema: ImportFiles.shape.file },
          [CONTENT_TYPES.xlsx]: { schema: ImportFiles.shape.file },
        },
      },
      ...standardErrors,
    },
  }),
  import: importRoute([designersOnly]),
  remove: createRoute({
    method: 'delete',
    path: `${base}/submissions/{submissionId}`,
    tags,
    summary: 'Delete one response (survey:design)',
    request: { params: SubmissionParams },
    responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...standardErrors },
  }),
  undoImport: createRoute({
    method: 'delete',
    path: `${base}/imports/{importId}`,
    tags,
    summary: 'Undo an import: delete the responses it brought in (survey:design)',
    request: { params: ImportParams },
    responses: { 200: jsonContent(DeletedSchema, 'Deleted'), ...standardErrors },
  }),
};

export function responsesRoutes({ database }: AppDeps) {
  const db = database.db;
  const importChecked = importRoute(designersOfTheSurveyFirst(db));
  return createRouter()
    .openapi(responseRouteDefs.list, async (c) => {
      const { surveyId } = c.req.valid('param');
      const page = await listSubmissions({ db, actor: workspaceActor(c), surveyId, ...c.req.valid('query') });
      return c.json(page, 200);
    })
    .openapi(responseRouteDefs.export, async (c) => {
      const { surveyId } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const file = await exportResponses({ db, actor: workspaceActor(c), surveyId, format });
      return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES[format],
          'content-disposition': `attachment; filename="${file.fileName}"`,
        },
      }) as never;
    })
    .openapi(importChecked, async (c) => {
      const { surveyId } = c.req.valid('param');
      const field = c.req.valid('form').file;
      const files = await Promise.all(
        (Array.isArray(field) ? field : [field]).map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      );
      try {
        return c.json(await importResponses({ db, actor: workspaceActor(c), surveyId, files }), 200);
      } catch (error) {
        if (!(error instanceof InvalidResponsesError)) throw error;
        const errors = error.errors.map((issue) => ({ ...issue, message: issueMessage(issue) }));
        return c.json(
          errorBody('invalid_import', error.message, { errors, total: error.total }),
          400,
        ) as never;
      }
    })
    .openapi(responseRouteDefs.remove, async (c) => {
      const { surveyId, submissionId } = c.req.valid('param');
      return c.json(await deleteSubmission({ db, actor: workspaceActor(c), surveyId, submissionId }), 200);
    })
    .openapi(responseRouteDefs.undoImport, async (c) => {
      const { surveyId, importId } = c.req.valid('param');
      return c.json(await undoImport({ db, actor: workspaceActor(c), surveyId, importId }), 200);
    });
}
