import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { CONTENT_TYPES } from '../sector-map/spreadsheet.ts';
import { expectedVersionOf, IfMatchHeaders, preconditionError } from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { dataEntryForm, saveDataEntry } from './data-values-entry.ts';
import { exportDataValueSets, exportDataValuesFile } from './data-values-export.ts';
import { InvalidImportError, importDataValueSets, importDataValues } from './data-values-import.ts';
import { VALUE_COLUMNS } from './data-values-resolve.ts';
import {
  DataEntryForm,
  DataEntryQuery,
  DataValueSetsBody,
  DataValueSetsExport,
  DataValuesExportQuery,
  DataValuesImportForm,
  ImportSummarySchema,
  SaveDataEntryBody,
} from './data-values-schemas.ts';

const tags = ['Monitoring'];
const base = '/api/workspaces/{slug}/monitoring';

export const DATA_VALUES_IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** The data value uploads, which get DATA_VALUES_IMPORT_MAX_BYTES instead of the API's general body limit. */
export const DATA_VALUES_IMPORT_PATTERN =
  /^\/api\/workspaces\/[^/]+\/monitoring\/data-values\/(import|dataValueSets)$/;

/** Refuses read-only roles before the upload is read, then limits its size. */
const writersFirst: MiddlewareHandler<AppEnv>[] = [
  async (c, next) => {
    authorize(workspaceActor(c), 'data-values:write');
    await next();
  },
  bodyLimit({
    maxSize: DATA_VALUES_IMPORT_MAX_BYTES,
    onError: (c) =>
      c.json(errorBody('payload_too_large', 'file: larger than 100 MB; split it into several files'), 413),
  }),
];

const importRules = `All or nothing: every line is checked, and if any is wrong the answer is 400 with \`error.code\` \`invalid_import\` and \`details.errors\` listing \`{ line, field, message }\` (the first ${100}; \`details.total\` counts them all); nothing is written. A value whose data element, org unit, period and combo are already stored replaces it; the same key twice in one file is an error naming both lines. Data elements and org units are found by id, code or name (a name two of them share is refused). Needs data-values:write.`;

const importErrors = {
  ...standardErrors,
  400: {
    description: 'Lines with errors (`invalid_import`); nothing was imported',
    content: standardErrors[400].content,
  },
  413: { description: 'Over 100 MB', content: standardErrors[400].content },
};

export const dataValueRoutes = {
  entryForm: createRoute({
    method: 'get',
    path: `${base}/data-entry`,
    tags,
    summary: 'The entry form of a data set for one org unit and period: elements, combos and stored values',
    request: { params: SlugParam, query: DataEntryQuery },
    responses: { 200: jsonContent(DataEntryForm, 'The form'), ...standardErrors },
  }),
  saveEntry: createRoute({
    method: 'put',
    path: `${base}/data-entry`,
    tags,
    summary: 'Save values of an entry form (null deletes one) in one transaction (data-values:write)',
    description:
      'Each value must belong to the data set, use one of its element’s combos and fit its value type (integer, percentage 0–100, yes/no 0 or 1); errors name the field, e.g. `values[3].value`. Send the form’s `version` as If-Match to refuse overwriting values someone else changed meanwhile (412).',
    request: { params: SlugParam, headers: IfMatchHeaders, ...jsonBody(SaveDataEntryBody) },
    responses: {
      200: jsonContent(DataEntryForm, 'The form as saved'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  importFile: createRoute({
    method: 'post',
    path: `${base}/data-values/import`,
    tags,
    summary: 'Import data values from a CSV, XLSX or DHIS2 dataValueSets JSON file (data-values:write)',
    description: `${importRules}

Send the file as the multipart field \`file\` (at most 100 MB). CSV (UTF-8; comma, semicolon or tab) and XLSX (first sheet) have a header line with the columns ${VALUE_COLUMNS.map((c) => `\`${c}\``).join(', ')} (case, spaces and underscores ignored). Instead of \`categoryOptionCombo\`, give one column per category, named by its code or name (e.g. \`sex\`, \`age\`), whose cells are option codes or names. DHIS2's extra CSV columns (attributeOptionCombo, storedBy, lastUpdated, created, followup) are ignored. A \`.json\` file is read as dataValueSets.`,
    middleware: writersFirst,
    request: {
      params: SlugParam,
      body: { required: true, content: { 'multipart/form-data': { schema: DataValuesImportForm } } },
    },
    responses: { 201: jsonContent(ImportSummarySchema, 'Imported'), ...importErrors },
  }),
  importDataValueSets: createRoute({
    method: 'post',
    path: `${base}/data-values/dataValueSets`,
    tags,
    summary: 'Import a DHIS2 dataValueSets JSON document (data-values:write)',
    description: `${importRules}

The body is DHIS2's \`{ dataValues: [{ dataElement, period, orgUnit, categoryOptionCombo, value, comment }] }\`; a top-level \`period\` or \`orgUnit\` applies to values without one. The line of an error is the value's position in \`dataValues\`, from 1.`,
    middleware: writersFirst,
    request: { params: SlugParam, ...jsonBody(DataValueSetsBody) },
    responses: { 201: jsonContent(ImportSummarySchema, 'Imported'), ...importErrors },
  }),
  export: createRoute({
    method: 'get',
    path: `${base}/data-values`,
    tags,
    summary: 'Export data values as DHIS2 dataValueSets JSON, or CSV/XLSX in the import’s columns',
    description:
      'Filters: `dataElementId` (id or code), `orgUnitId` (id or code: that unit and its subtree), `period` (values whose period lies inside it). Elements and org units are written by code, so the file imports back unchanged, here or into DHIS2.',
    request: { params: SlugParam, query: DataValuesExportQuery },
    responses: {
      200: {
        description: 'The values',
        content: {
          'application/json': { schema: DataValueSetsExport },
          [CONTENT_TYPES.csv]: { schema: DataValueSetsExport.shape.dataValues.element.shape.value },
          [CONTENT_TYPES.xlsx]: {
            schema: DataValueSetsExport.shape.dataValues.element.shape.value.openapi({ format: 'binary' }),
          },
        },
      },
      ...standardErrors,
    },
  }),
};

/** An import refused line by line answers `invalid_import`; other errors go to the app's handler. */
async function answerImport(c: Context, run: () => Promise<unknown>) {
  try {
    return c.json(await run(), 201);
  } catch (error) {
    if (error instanceof InvalidImportError)
      return c.json(
        errorBody('invalid_import', error.message, { errors: error.errors, total: error.total }),
        400,
      );
    throw error;
  }
}

export function dataValueRouter({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(dataValueRoutes.entryForm, async (c) =>
      c.json(await dataEntryForm({ db, actor: workspaceActor(c), key: c.req.valid('query') }), 200),
    )
    .openapi(dataValueRoutes.saveEntry, async (c) => {
      const { values, ...key } = c.req.valid('json');
      const form = await saveDataEntry({
        db,
        actor: workspaceActor(c),
        key,
        values,
        expectedVersion: expectedVersionOf(c),
      });
      return c.json(form, 200);
    })
    .openapi(dataValueRoutes.importFile, async (c) => {
      const file = c.req.valid('form').file;
      const bytes = new Uint8Array(await file.arrayBuffer());
      return answerImport(c, () =>
        importDataValues({ db, actor: workspaceActor(c), file: { name: file.name, bytes } }),
      ) as never;
    })
    .openapi(dataValueRoutes.importDataValueSets, async (c) => {
      const document = c.req.valid('json');
      return answerImport(c, () => importDataValueSets({ db, actor: workspaceActor(c), document })) as never;
    })
    .openapi(dataValueRoutes.export, async (c) => {
      const { slug } = c.req.valid('param');
      const { format, ...filter } = c.req.valid('query');
      const actor = workspaceActor(c);
      if (format === 'json') return c.json(await exportDataValueSets({ db, actor, filter }), 200);
      const bytes = await exportDataValuesFile({ db, actor, filter, format });
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES[format],
          'content-disposition': `attachment; filename="${slug}-data-values.${format}"`,
        },
      }) as never;
    });
}
