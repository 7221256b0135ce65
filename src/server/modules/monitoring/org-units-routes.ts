import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { readSpreadsheet } from '../sector-map/spreadsheet.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import {
  CreateOrgUnitBody,
  OrgUnitImportForm,
  OrgUnitImportResult,
  OrgUnitParams,
  OrgUnitQuery,
  OrgUnitSchema,
  UpdateOrgUnitBody,
} from './metadata-schemas.ts';
import { importOrgUnits, ORG_UNIT_COLUMNS } from './org-units-import.ts';
import { createOrgUnit, deleteOrgUnit, listOrgUnits, updateOrgUnit } from './org-units-service.ts';

const tags = ['Monitoring'];
const path = '/api/workspaces/{slug}/monitoring/org-units';
const unitBody = (description: string) => jsonContent(z.object({ orgUnit: OrgUnitSchema }), description);

/** Refuses read-only roles before the upload is read. */
const configureFirst: MiddlewareHandler<AppEnv> = async (c, next) => {
  authorize(workspaceActor(c), 'monitoring:configure');
  await next();
};

export const orgUnitRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Org units in tree order (level, then name), with their paths and child counts',
    request: { params: SlugParam, query: OrgUnitQuery },
    responses: {
      200: jsonContent(z.object({ orgUnits: z.array(OrgUnitSchema) }), 'Org units'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add an org unit, at the top or under a parent (monitoring:configure)',
    request: { params: SlugParam, ...jsonBody(CreateOrgUnitBody) },
    responses: { 201: unitBody('Created'), ...standardErrors, ...conflictError },
  }),
  import: createRoute({
    method: 'post',
    path: `${path}/import`,
    tags,
    summary: 'Import org units from a CSV or XLSX file (monitoring:configure)',
    description: `Send the file as the multipart field \`file\`. Columns: ${ORG_UNIT_COLUMNS.map((c) => `\`${c}\``).join(', ')}; \`code\` and \`name\` are required, \`parent\` is the parent's code (in the workspace or in the file), \`actor\` an institution of the sector map by name or acronym. A known code renames that unit. Every row is checked first: any error gives 422 with \`details\` listing \`{ row, field, message }\` and nothing is written.`,
    middleware: configureFirst,
    request: {
      params: SlugParam,
      body: { required: true, content: { 'multipart/form-data': { schema: OrgUnitImportForm } } },
    },
    responses: {
      201: jsonContent(OrgUnitImportResult, 'Imported'),
      ...standardErrors,
      422: { description: 'Rows with errors; nothing was imported', content: standardErrors[400].content },
    },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{orgUnitId}`,
    tags,
    summary: 'Rename an org unit or move it (with its subtree) under another parent',
    request: { params: OrgUnitParams, headers: IfMatchHeaders, ...jsonBody(UpdateOrgUnitBody) },
    responses: { 200: unitBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{orgUnitId}`,
    tags,
    summary: 'Delete an org unit without children, with its data values, targets and flags',
    request: { params: OrgUnitParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError, ...preconditionError },
  }),
};

export function orgUnitRouter({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(orgUnitRoutes.list, async (c) => {
      const { q } = c.req.valid('query');
      return c.json({ orgUnits: await listOrgUnits({ db, actor: workspaceActor(c), q }) }, 200);
    })
    .openapi(orgUnitRoutes.create, async (c) => {
      const orgUnit = await createOrgUnit({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      setVersionTag(c, orgUnit.version);
      return c.json({ orgUnit }, 201);
    })
    .openapi(orgUnitRoutes.import, async (c) => {
      const file = c.req.valid('form').file;
      const rows = await readSpreadsheet(
        { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        'org units',
      );
      return c.json(await importOrgUnits({ db, actor: workspaceActor(c), rows, fileName: file.name }), 201);
    })
    .openapi(orgUnitRoutes.update, async (c) => {
      const { orgUnitId } = c.req.valid('param');
      const orgUnit = await updateOrgUnit({
        db,
        actor: workspaceActor(c),
        orgUnitId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, orgUnit.version);
      return c.json({ orgUnit }, 200);
    })
    .openapi(orgUnitRoutes.remove, async (c) => {
      const { orgUnitId } = c.req.valid('param');
      await deleteOrgUnit({ db, actor: workspaceActor(c), orgUnitId, expectedVersion: expectedVersionOf(c) });
      return c.body(null, 204);
    });
}
