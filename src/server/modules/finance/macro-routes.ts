import { createRoute, z } from '@hono/zod-openapi';
import { MACRO_CSV_COLUMNS } from '../../../core/finance/macro-csv.ts';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors, Timestamp } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
  VersionField,
} from '../shared/row-version.ts';
import { Amount, FiscalYear } from './budgets-schemas.ts';
import {
  FinanceImportForm,
  FinanceImportResult,
  financeImportErrors,
  financeImportRules,
  financeUpload,
  readFinanceFile,
} from './csv-upload.ts';
import { deleteMacroYear, importMacroYears, listMacroYears, putMacroYear } from './macro-service.ts';

const MacroYearSchema = z
  .object({
    fiscalYear: z.number().int(),
    gdp: z.number().nullable().openapi({ description: 'In the reporting currency; null when unknown' }),
    revenue: z.number().nullable().openapi({ description: 'Government revenue, reporting currency' }),
    expenditure: z.number().nullable().openapi({ description: 'Government expenditure, reporting currency' }),
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('MacroYear');

const MacroYearBody = z
  .object({ gdp: Amount.nullable(), revenue: Amount.nullable(), expenditure: Amount.nullable() })
  .strict()
  .openapi('MacroYearInput', { example: { gdp: 9.8e12, revenue: 1.6e12, expenditure: 2.1e12 } });

const MacroYearParams = SlugParam.extend({
  fiscalYear: z.coerce
    .number()
    .pipe(FiscalYear)
    .openapi({ param: { name: 'fiscalYear', in: 'path' }, type: 'integer', example: 2026 }),
});

const tags = ['Finance'];
const path = '/api/workspaces/{slug}/finance/macro';

export const macroRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'GDP, government revenue and expenditure by fiscal year',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ years: z.array(MacroYearSchema) }), 'Years'),
      ...standardErrors,
    },
  }),
  put: createRoute({
    method: 'put',
    path: `${path}/{fiscalYear}`,
    tags,
    summary: 'Record the figures of a fiscal year, adding it if new (needs finance:write)',
    request: { params: MacroYearParams, headers: IfMatchHeaders, ...jsonBody(MacroYearBody) },
    responses: {
      200: jsonContent(z.object({ year: MacroYearSchema }), 'Saved'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{fiscalYear}`,
    tags,
    summary: 'Delete the figures of a fiscal year (needs finance:write)',
    request: { params: MacroYearParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
  import: createRoute({
    method: 'post',
    path: `${path}/import`,
    tags,
    summary: 'Import macro figures from a CSV or XLSX file (needs finance:write)',
    description: `${financeImportRules}

Columns: ${MACRO_CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')}; \`fiscalYear\` is required and appears once. Years already recorded are overwritten; a blank cell records the figure as unknown.`,
    middleware: financeUpload,
    request: {
      params: SlugParam,
      body: { required: true, content: { 'multipart/form-data': { schema: FinanceImportForm } } },
    },
    responses: { 201: jsonContent(FinanceImportResult, 'Imported'), ...financeImportErrors },
  }),
};

export function financeMacroRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(macroRoutes.list, async (c) =>
      c.json({ years: await listMacroYears(db, workspaceActor(c)) }, 200),
    )
    .openapi(macroRoutes.import, async (c) => {
      const file = c.req.valid('form').file;
      const rows = await readFinanceFile(file);
      return c.json(await importMacroYears({ db, actor: workspaceActor(c), rows, fileName: file.name }), 201);
    })
    .openapi(macroRoutes.put, async (c) => {
      const { fiscalYear } = c.req.valid('param');
      const year = await putMacroYear({
        db,
        actor: workspaceActor(c),
        fiscalYear,
        input: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, year.version);
      return c.json({ year }, 200);
    })
    .openapi(macroRoutes.remove, async (c) => {
      const { fiscalYear } = c.req.valid('param');
      await deleteMacroYear(db, workspaceActor(c), fiscalYear);
      return c.body(null, 204);
    });
}
