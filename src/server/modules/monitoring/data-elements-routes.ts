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
import {
  createDataElement,
  deleteDataElement,
  listDataElements,
  updateDataElement,
} from './data-elements-service.ts';
import {
  CreateDataElementBody,
  DataElementParams,
  DataElementSchema,
  UpdateDataElementBody,
} from './metadata-schemas.ts';

const tags = ['Monitoring'];
const path = '/api/workspaces/{slug}/monitoring/data-elements';
const oneBody = (description: string) =>
  jsonContent(z.object({ dataElement: DataElementSchema }), description);

export const dataElementRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Data elements with their category option combos and value counts',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ dataElements: z.array(DataElementSchema) }), 'Data elements'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a data element (monitoring:configure)',
    request: { params: SlugParam, ...jsonBody(CreateDataElementBody) },
    responses: { 201: oneBody('Created'), ...standardErrors, ...conflictError },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{dataElementId}`,
    tags,
    summary: 'Change a data element (its categories are fixed once it has values)',
    request: { params: DataElementParams, headers: IfMatchHeaders, ...jsonBody(UpdateDataElementBody) },
    responses: { 200: oneBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{dataElementId}`,
    tags,
    summary: 'Delete a data element with its data values',
    request: { params: DataElementParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError, ...preconditionError },
  }),
};

export function dataElementRouter({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(dataElementRoutes.list, async (c) =>
      c.json({ dataElements: await listDataElements({ db, actor: workspaceActor(c) }) }, 200),
    )
    .openapi(dataElementRoutes.create, async (c) => {
      const dataElement = await createDataElement({
        db,
        actor: workspaceActor(c),
        input: c.req.valid('json'),
      });
      setVersionTag(c, dataElement.version);
      return c.json({ dataElement }, 201);
    })
    .openapi(dataElementRoutes.update, async (c) => {
      const { dataElementId } = c.req.valid('param');
      const dataElement = await updateDataElement({
        db,
        actor: workspaceActor(c),
        dataElementId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, dataElement.version);
      return c.json({ dataElement }, 200);
    })
    .openapi(dataElementRoutes.remove, async (c) => {
      const { dataElementId } = c.req.valid('param');
      await deleteDataElement({
        db,
        actor: workspaceActor(c),
        dataElementId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    });
}
