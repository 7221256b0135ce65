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
import { createCategory, deleteCategory, listCategories, updateCategory } from './categories-service.ts';
import {
  CategoryParams,
  CategorySchema,
  CreateCategoryBody,
  UpdateCategoryBody,
} from './metadata-schemas.ts';

const tags = ['Monitoring'];
const path = '/api/workspaces/{slug}/monitoring/categories';
const oneBody = (description: string) => jsonContent(z.object({ category: CategorySchema }), description);

export const categoryRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Categories (disaggregations such as sex or age group) with their options',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ categories: z.array(CategorySchema) }), 'Categories'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a category with its options (monitoring:configure)',
    request: { params: SlugParam, ...jsonBody(CreateCategoryBody) },
    responses: { 201: oneBody('Created'), ...standardErrors, ...conflictError },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{categoryId}`,
    tags,
    summary: 'Rename a category or change its options (removing one used by values is refused)',
    request: { params: CategoryParams, headers: IfMatchHeaders, ...jsonBody(UpdateCategoryBody) },
    responses: { 200: oneBody('Updated'), ...standardErrors, ...conflictError, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{categoryId}`,
    tags,
    summary: 'Delete a category (refused while a data element with values uses it)',
    request: { params: CategoryParams, headers: IfMatchHeaders },
    responses: { 204: { description: 'Deleted' }, ...standardErrors, ...conflictError, ...preconditionError },
  }),
};

export function categoryRouter({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(categoryRoutes.list, async (c) =>
      c.json({ categories: await listCategories({ db, actor: workspaceActor(c) }) }, 200),
    )
    .openapi(categoryRoutes.create, async (c) => {
      const category = await createCategory({ db, actor: workspaceActor(c), input: c.req.valid('json') });
      setVersionTag(c, category.version);
      return c.json({ category }, 201);
    })
    .openapi(categoryRoutes.update, async (c) => {
      const { categoryId } = c.req.valid('param');
      const category = await updateCategory({
        db,
        actor: workspaceActor(c),
        categoryId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, category.version);
      return c.json({ category }, 200);
    })
    .openapi(categoryRoutes.remove, async (c) => {
      const { categoryId } = c.req.valid('param');
      await deleteCategory({
        db,
        actor: workspaceActor(c),
        categoryId,
        expectedVersion: expectedVersionOf(c),
      });
      return c.body(null, 204);
    });
}
