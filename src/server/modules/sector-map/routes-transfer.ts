import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ACTOR_CATEGORIES, NAME_TRANSLATION_LANGUAGES } from '../../../core/sector-map/categories.ts';
import { MAX_IMPORT_ROWS } from '../../../core/sector-map/limits.ts';
import { OVERSIGHT_KINDS, RELATION_STATUSES, RELATION_TYPES } from '../../../core/sector-map/relations.ts';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { authorize } from '../workspaces/membership.ts';
import { ImportResultSchema } from './schemas.ts';
import { CONTENT_TYPES } from './spreadsheet.ts';
import { exportActors, exportRelations, importActors, importRelations } from './transfer-service.ts';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Upload paths that get IMPORT_MAX_BYTES instead of the API's general body limit. */
export const IMPORT_PATH_PATTERN = /^\/api\/workspaces\/[^/]+\/(actors|relations)\/import$/;

const tags = ['Sector map'];

const rules = `Send a CSV (comma, semicolon or tab separated, UTF-8) or XLSX file as the multipart field \`file\`, at most 5 MB and ${MAX_IMPORT_ROWS} rows; the first row names the columns. Every row is checked before anything is written: if any row is wrong the answer is 422, \`details\` lists \`{ row, field, message }\` (row 1 is the header) and nothing is imported. Otherwise all rows are added in one transaction. Column names and codes ignore case and spaces.`;

const ACTOR_FILE_HELP = `${rules}

Columns: \`name\` (required, unique), \`acronym\` (unique), \`category\` (required: ${ACTOR_CATEGORIES.join(', ')}), \`statutory\` (yes/no; defaults from the category), \`level\` (national or subnational; default national), \`region\`, \`parent\` (name or acronym of an actor in the file or the workspace), \`legal_basis\`, \`mandate\`, \`headcount_total\`, \`headcount_women\` (whole numbers), ${NAME_TRANSLATION_LANGUAGES.map((l) => `\`name_${l}\``).join(', ')} (the name in other languages).`;

const RELATION_FILE_HELP = `${rules}

Columns: \`source\` and \`target\` (required: name or acronym of an actor of the workspace), \`type\` (required: ${RELATION_TYPES.join(', ')}), \`oversight_kind\` (required for oversight relations, empty otherwise: ${OVERSIGHT_KINDS.join(', ')}), \`status\` (${RELATION_STATUSES.join(', ')}; default active), \`evidence\` (text).`;

const ImportForm = z.object({
  file: z
    .instanceof(File, { message: 'attach a CSV or XLSX file' })
    .openapi({ type: 'string', format: 'binary' }),
});
const ExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
const fileResponse = {
  description: 'The file, with the columns the import reads',
  content: {
    [CONTENT_TYPES.csv]: { schema: z.string() },
    [CONTENT_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
  },
};
const importErrors = {
  ...standardErrors,
  413: { description: 'File over 5 MB or over the row limit', content: standardErrors[400].content },
  422: { description: 'Rows with errors; nothing was imported', content: standardErrors[400].content },
};

function importRoute<Kind extends 'actors' | 'relations'>(
  kind: Kind,
  description: string,
  middleware: MiddlewareHandler<AppEnv>[],
) {
  return createRoute({
    method: 'post',
    path: `/api/workspaces/{slug}/${kind}/import` as `/api/workspaces/{slug}/${Kind}/import`,
    tags,
    summary: `Import ${kind} from a CSV or XLSX file (needs sector-map:write)`,
    description,
    middleware,
    request: {
      params: SlugParam,
      body: { required: true, content: { 'multipart/form-data': { schema: ImportForm } } },
    },
    responses: { 201: jsonContent(ImportResultSchema, 'Imported'), ...importErrors },
  });
}

const exportRoute = <Kind extends 'actors' | 'relations'>(kind: Kind) =>
  createRoute({
    method: 'get',
    path: `/api/workspaces/{slug}/${kind}/export` as `/api/workspaces/{slug}/${Kind}/export`,
    tags,
    summary: `Download the ${kind} as CSV or XLSX, in the columns the import reads`,
    request: { params: SlugParam, query: ExportQuery },
    responses: { 200: fileResponse, ...standardErrors },
  });

/**
 * Refuses outsiders and read-only roles before the upload is read, so their files are never parsed
 * and they get 403 whatever they send.
 */
function writersOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    authorize(workspaceActor(c), 'sector-map:write');
    await next();
  };
}

const uploadLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: IMPORT_MAX_BYTES,
  onError: (c) =>
    c.json(errorBody('payload_too_large', 'file: larger than 5 MB; split it into several files'), 413),
});

export function transferRoutes({ database }: AppDeps) {
  const db = database.db;
  const upload = [writersOnly(), uploadLimit];
  const download = (format: 'csv' | 'xlsx', slug: string, kind: string, bytes: Uint8Array) =>
    new Response(bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${slug}-${kind}.${format}"`,
      },
    });
  const fileOf = async (file: File) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

  return createRouter()
    .openapi(importRoute('actors', ACTOR_FILE_HELP, upload), async (c) => {
      const actor = workspaceActor(c);
      const file = await fileOf(c.req.valid('form').file);
      return c.json(await importActors({ db, actor, file }), 201);
    })
    .openapi(importRoute('relations', RELATION_FILE_HELP, upload), async (c) => {
      const actor = workspaceActor(c);
      const file = await fileOf(c.req.valid('form').file);
      return c.json(await importRelations({ db, actor, file }), 201);
    })
    .openapi(exportRoute('actors'), async (c) => {
      const { slug } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const actor = workspaceActor(c);
      return download(format, slug, 'actors', await exportActors({ db, actor, format }));
    })
    .openapi(exportRoute('relations'), async (c) => {
      const { slug } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const actor = workspaceActor(c);
      return download(format, slug, 'relations', await exportRelations({ db, actor, format }));
    });
}
