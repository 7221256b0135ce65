import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { listIatiActivities, listIatiImports, matchIatiActivity } from './iati-activities-service.ts';
import { programmeIatiXml } from './iati-export-service.ts';
import { iatiStreamSource } from './iati-file-source.ts';
import { importIatiActivities } from './iati-import-service.ts';
import {
  IatiActivitiesQuery,
  IatiActivityListSchema,
  IatiActivityParams,
  IatiActivitySchema,
  IatiExportQuery,
  IatiImportForm,
  IatiImportListSchema,
  IatiImportResultSchema,
  IatiMatchBody,
} from './iati-schemas.ts';

export const IATI_IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** The IATI upload, which gets IATI_IMPORT_MAX_BYTES instead of the API's general body limit. */
export const IATI_IMPORT_PATH_PATTERN = /^\/api\/workspaces\/[^/]+\/iati\/imports$/;

const tags = ['IATI'];

const importErrors = {
  ...standardErrors,
  413: { description: 'File over 100 MB', content: standardErrors[400].content },
  422: {
    description: 'Not an IATI activity file, or malformed: the message names the line; nothing was imported',
    content: standardErrors[400].content,
  },
};

const importRoute = createRoute({
  method: 'post',
  path: '/api/workspaces/{slug}/iati/imports',
  tags,
  summary:
    'Import an IATI activity XML file (1.0x–2.03) as funders, activities and funding flows (needs funding:write)',
  description:
    'Multipart field `file` (at most 100 MB), optional `planId` (the plan whose reform activities imported activities are matched to; default the most recently approved plan). All or nothing, in one transaction. Re-importing an iati-identifier replaces that activity and its flows but keeps a match made by hand. A donor-role member may import only activities reported by a funder they speak for (403 naming the organisation otherwise).',
  middleware: [writersOnly(), uploadLimit()],
  request: {
    params: SlugParam,
    body: { required: true, content: { 'multipart/form-data': { schema: IatiImportForm } } },
  },
  responses: { 201: jsonContent(IatiImportResultSchema, 'Imported'), ...importErrors },
});

const listImportsRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/iati/imports',
  tags,
  summary: 'The IATI files imported, newest first',
  request: { params: SlugParam },
  responses: { 200: jsonContent(IatiImportListSchema, 'Imports'), ...standardErrors },
});

const listActivitiesRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/iati/activities',
  tags,
  summary: 'Imported IATI activities with their funder, sectors, totals and match (a donor sees their own)',
  request: { params: SlugParam, query: IatiActivitiesQuery },
  responses: { 200: jsonContent(IatiActivityListSchema, 'Activities'), ...standardErrors },
});

const matchRoute = createRoute({
  method: 'patch',
  path: '/api/workspaces/{slug}/iati/activities/{iatiActivityId}',
  tags,
  summary: 'Match an IATI activity to a reform activity by hand, or confirm its match (needs funding:write)',
  request: {
    params: IatiActivityParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: IatiMatchBody } } },
  },
  responses: { 200: jsonContent(IatiActivitySchema, 'Matched'), ...standardErrors, ...preconditionError },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/iati/export',
  tags,
  summary: 'The programme as IATI 2.03 activity XML: each funded reform activity with its funders and flows',
  request: { params: SlugParam, query: IatiExportQuery },
  responses: {
    200: { description: 'IATI 2.03 XML', content: { 'application/xml': { schema: z.string() } } },
    ...standardErrors,
  },
});

/** The routes, for the web's contract types. */
export const iatiRouteDefs = {
  importFile: importRoute,
  imports: listImportsRoute,
  activities: listActivitiesRoute,
  match: matchRoute,
  exportXml: exportRoute,
};

/** Refuses read-only roles before the upload is read, so their files are never parsed. */
function writersOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    authorize(workspaceActor(c), 'funding:write');
    await next();
  };
}

function uploadLimit(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: IATI_IMPORT_MAX_BYTES,
    onError: (c) =>
      c.json(errorBody('payload_too_large', 'file: larger than 100 MB; split it into several files'), 413),
  });
}

export function iatiRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(importRoute, async (c) => {
      const { file, planId } = c.req.valid('form');
      const result = await importIatiActivities({
        db,
        actor: workspaceActor(c),
        fileName: file.name || 'upload.xml',
        read: iatiStreamSource(file.stream() as unknown as AsyncIterable<Uint8Array>),
        planId: planId ?? null,
      });
      return c.json(result, 201);
    })
    .openapi(listImportsRoute, async (c) =>
      c.json(await listIatiImports({ db, actor: workspaceActor(c) }), 200),
    )
    .openapi(listActivitiesRoute, async (c) => {
      const query = c.req.valid('query');
      return c.json(await listIatiActivities({ db, actor: workspaceActor(c), ...query }), 200);
    })
    .openapi(matchRoute, async (c) => {
      const { iatiActivityId } = c.req.valid('param');
      const body = c.req.valid('json');
      const activity = await matchIatiActivity({
        db,
        actor: workspaceActor(c),
        iatiActivityId,
        planItemId: body.planItemId,
        reviewed: body.reviewed,
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, activity.version);
      return c.json(activity, 200);
    })
    .openapi(exportRoute, async (c) => {
      const { slug } = c.req.valid('param');
      const query = c.req.valid('query');
      const chunks = await programmeIatiXml({ db, actor: workspaceActor(c), ...query });
      let xml = '';
      for await (const chunk of chunks) xml += chunk;
      return c.body(xml, 200, {
        'content-type': 'application/xml; charset=utf-8',
        'content-disposition': `attachment; filename="${slug}-iati.xml"`,
      });
    });
}
