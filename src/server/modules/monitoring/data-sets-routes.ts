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
import { createDataSet, deleteDataSet, listDataSets, updateDataSet } from './data-sets-service.ts';
import { CreateDataSetBody, DataSetParams, DataSetSchema, UpdateDataSetBody } from './metadata-schemas.ts';

const tags = ['Monitoring'];
const path = '/api/workspaces/{slug}/monitoring/data-sets';
const oneBody = (description: string) => jsonContent(z.object({ dataSet: DataSetSchema }), description);

export const dataSetRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Data sets (entry forms): period type, data elements and org units',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ dataSets: z.array(DataSetSchema) }), 'Data sets'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a data set (monitoring:configure)',
    request: { params: SlugParam, ...jsonBody(CreateDataSetBody) },
    responses: { 201: oneBody('Created'), ...standardErrors, ...conflictError },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{dataSetId}`,
    tags,
    summary: 'Change a data set',
    request: { params: DataSetParams, headers: IfMatchHeaders, ...jsonBody(UpdateDataSetBody) },
    responses: { 200: oneBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{dataSetId}`,
    tags,
    summary: 'Delete a data set (its elements and values stay)',
    request: { params: DataSetParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError, ...preconditionError },
  }),
};

export function dataSetRouter({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(dataSetRoutes.list, async (c) =>
      c.json({ dataSets: await listDataSets({ db, actor: workspaceActor(c) }) }, 200),
    )
    .openapi(dataSetRoutes.create, async (c) => {
      const dataSet = await createDataSet({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      setVersionTag(c, dataSet.version);
      return c.json({ dataSet }, 201);
    })
    .openapi(dataSetRoutes.update, async (c) => {
      const { dataSetId } = c.req.valid('param');
      const dataSet = await updateDataSet({
        db,
        actor: workspaceActor(c),
        dataSetId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, dataSet.version);
      return c.json({ dataSet }, 200);
    })
    .openapi(dataSetRoutes.remove, async (c) => {
      const { dataSetId } = c.req.valid('param');
      await deleteDataSet({ db, actor: workspaceActor(c), dataSetId, expectedVersion: expectedVersionOf(c) });
      return c.body(null, 204);
    });
}
