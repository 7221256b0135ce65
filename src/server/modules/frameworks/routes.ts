import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../../core/errors/app-error.ts';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { authorize } from '../workspaces/membership.ts';
import { listFrameworks, resolveFramework, saveCustomFramework, summariseFramework } from './catalogue.ts';
import { FrameworkDefinitionSchema, FrameworkSummarySchema } from './schemas.ts';
import { frameworkFromXlsx, frameworkToXlsx } from './xlsx.ts';

/** Framework uploads (JSON or XLSX files) get this limit instead of the API's general one. */
export const FRAMEWORK_IMPORT_PATTERN = /^\/api\/workspaces\/[^/]+\/frameworks\/import$/;
const MAX_FRAMEWORK_BYTES = 5 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const tags = ['Frameworks'];
const FrameworkParams = SlugParam.extend({
  frameworkId: z.string().openapi({ param: { name: 'frameworkId', in: 'path' } }),
});
const Definition = z
  .unknown()
  .openapi({ description: 'A framework definition (see src/core/frameworks/types.ts)' });
const Summary = FrameworkSummarySchema;

const uploadLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_FRAMEWORK_BYTES,
  onError: (c) => c.json(errorBody('payload_too_large', 'file: framework files are limited to 5 MB'), 413),
});

const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/frameworks',
    tags,
    summary: 'Built-in reference frameworks and the workspace’s own',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ frameworks: z.array(Summary) }), 'Frameworks'),
      ...standardErrors,
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/frameworks/{frameworkId}',
    tags,
    summary: 'A framework: groups, items, rubric, bands, aggregation rule',
    request: { params: FrameworkParams, query: z.object({ version: z.string().optional() }) },
    responses: {
      200: jsonContent(z.object({ framework: FrameworkDefinitionSchema }), 'Framework'),
      ...standardErrors,
    },
  }),
  export: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/frameworks/{frameworkId}/export',
    tags,
    summary: 'Download a framework as JSON or XLSX (the formats the import reads)',
    request: {
      params: FrameworkParams,
      query: z.object({ format: z.enum(['json', 'xlsx']).default('json'), version: z.string().optional() }),
    },
    responses: {
      200: {
        description: 'The framework file',
        content: {
          'application/json': { schema: FrameworkDefinitionSchema },
          [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/frameworks',
    tags,
    summary: 'Add a custom framework (or a new version of one) from its JSON definition',
    request: {
      params: SlugParam,
      body: { required: true, content: { 'application/json': { schema: Definition } } },
    },
    responses: {
      201: jsonContent(z.object({ framework: Summary }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  }),
};

/** Only those who may add frameworks reach the upload: anyone else's file is never read. */
function managersOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    authorize(workspaceActor(c), 'assessment:manage');
    await next();
  };
}

const importRoute = (middleware: MiddlewareHandler<AppEnv>[]) =>
  createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/frameworks/import',
    tags,
    summary: 'Add a custom framework from a JSON or XLSX file (multipart field `file`)',
    middleware,
    request: {
      params: SlugParam,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z
                .instanceof(File, { message: 'attach a JSON or XLSX file' })
                .openapi({ type: 'string', format: 'binary' }),
            }),
          },
        },
      },
    },
    responses: {
      201: jsonContent(z.object({ framework: Summary }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  });

export function frameworkRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ frameworks: await listFrameworks(db, actor.workspace.id) }, 200);
    })
    .openapi(routes.get, async (c) => {
      const { frameworkId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(
        {
          framework: await resolveFramework(
            db,
            actor.workspace.id,
            frameworkId,
            c.req.valid('query').version,
          ),
        },
        200,
      );
    })
    .openapi(routes.export, async (c) => {
      const { frameworkId } = c.req.valid('param');
      const { format, version } = c.req.valid('query');
      const actor = workspaceActor(c);
      const framework = await resolveFramework(db, actor.workspace.id, frameworkId, version);
      const name = `${framework.id}-${framework.version}.${format}`;
      const disposition = { 'content-disposition': `attachment; filename="${name}"` };
      if (format === 'json') {
        return c.body(`${JSON.stringify(framework, null, 2)}\n`, 200, {
          'content-type': 'application/json',
          ...disposition,
        });
      }
      return new Response(new Uint8Array(await frameworkToXlsx(framework)), {
        headers: { 'content-type': XLSX_TYPE, ...disposition },
      });
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      const framework = await saveCustomFramework({ db, actor, definition: c.req.valid('json') });
      return c.json({ framework: summariseFramework(framework, false) }, 201);
    })
    .openapi(importRoute([managersOnly(), uploadLimit]), async (c) => {
      const actor = workspaceActor(c);
      const file = c.req.valid('form').file;
      const bytes = Buffer.from(await file.arrayBuffer());
      const definition = file.name.toLowerCase().endsWith('.json')
        ? parseJsonFile(bytes)
        : await frameworkFromXlsx(bytes);
      const framework = await saveCustomFramework({ db, actor, definition });
      return c.json({ framework: summariseFramework(framework, false) }, 201);
    });
}

function parseJsonFile(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AppError('bad_request', `file: not valid JSON (${(error as Error).message})`);
  }
}
