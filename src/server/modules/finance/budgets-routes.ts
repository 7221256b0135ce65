import { createRoute, z } from '@hono/zod-openapi';
import { BUDGET_CSV_COLUMNS } from '../../../core/finance/budget-csv.ts';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { CONTENT_TYPES } from '../sector-map/spreadsheet.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { exportBudgetLines } from './budgets-export.ts';
import { importBudgetLines } from './budgets-import.ts';
import {
  BudgetLineParams,
  BudgetLineSchema,
  BudgetTotalSchema,
  CreateBudgetLineBody,
  FiscalYear,
  UpdateBudgetLineBody,
} from './budgets-schemas.ts';
import { createBudgetLine, deleteBudgetLine, listBudgetLines, updateBudgetLine } from './budgets-service.ts';
import {
  FinanceImportForm,
  FinanceImportResult,
  financeImportErrors,
  financeImportRules,
  financeUpload,
  readFinanceFile,
} from './csv-upload.ts';

const tags = ['Finance'];
const path = '/api/workspaces/{slug}/finance/budget-lines';
const Line = z.object({ line: BudgetLineSchema });

export const budgetRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Budget lines of a fiscal year (all years without `year`), and the years that have lines',
    request: {
      params: SlugParam,
      query: z.object({ year: z.coerce.number().pipe(FiscalYear).optional() }),
    },
    responses: {
      200: jsonContent(
        z.object({
          lines: z.array(BudgetLineSchema),
          years: z.array(z.number().int()),
          total: BudgetTotalSchema,
        }),
        'Budget lines',
      ),
      ...standardErrors,
    },
  }),
  export: createRoute({
    method: 'get',
    path: `${path}/export`,
    tags,
    summary: 'Download the budget lines of a year (all years without `year`) in the columns the import reads',
    request: {
      params: SlugParam,
      query: z.object({
        year: z.coerce.number().pipe(FiscalYear).optional(),
        format: z.enum(['csv', 'xlsx']).default('csv'),
      }),
    },
    responses: {
      200: {
        description: 'The file',
        content: {
          [CONTENT_TYPES.csv]: { schema: z.string() },
          [CONTENT_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add a budget line (needs finance:write)',
    request: { params: SlugParam, ...jsonBody(CreateBudgetLineBody) },
    responses: { 201: jsonContent(Line, 'Created'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: `${path}/{budgetLineId}`,
    tags,
    summary: 'Change a budget line (needs finance:write)',
    request: { params: BudgetLineParams, headers: IfMatchHeaders, ...jsonBody(UpdateBudgetLineBody) },
    responses: { 200: jsonContent(Line, 'Updated'), ...standardErrors, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{budgetLineId}`,
    tags,
    summary: 'Delete a budget line (needs finance:write)',
    request: { params: BudgetLineParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
  import: createRoute({
    method: 'post',
    path: `${path}/import`,
    tags,
    summary: 'Import budget lines from a CSV or XLSX file (needs finance:write)',
    description: `${financeImportRules}

Columns: ${BUDGET_CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')}. Required: \`fiscalYear\`, \`cofog\` (02.1 … 03.6), \`economicClass\` (personnel, goods_services, capital, transfers), \`currency\` (ISO 4217), \`approved\`. \`institution\`: name or acronym of an actor of the sector map. \`source\`: blank or "domestic" for own resources, else a funder's name or acronym. \`secret\`, \`offBudget\`: yes/no.`,
    middleware: financeUpload,
    request: {
      params: SlugParam,
      body: { required: true, content: { 'multipart/form-data': { schema: FinanceImportForm } } },
    },
    responses: { 201: jsonContent(FinanceImportResult, 'Imported'), ...financeImportErrors },
  }),
};

export function financeBudgetRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(budgetRoutes.list, async (c) => {
      const { year } = c.req.valid('query');
      return c.json(await listBudgetLines(db, workspaceActor(c), year), 200);
    })
    .openapi(budgetRoutes.export, async (c) => {
      const { slug } = c.req.valid('param');
      const { year, format } = c.req.valid('query');
      const bytes = await exportBudgetLines({ db, actor: workspaceActor(c), year, format });
      const name = `${slug}-budget-lines${year === undefined ? '' : `-${year}`}.${format}`;
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES[format],
          'content-disposition': `attachment; filename="${name}"`,
        },
      });
    })
    .openapi(budgetRoutes.import, async (c) => {
      const file = c.req.valid('form').file;
      const rows = await readFinanceFile(file);
      const result = await importBudgetLines({ db, actor: workspaceActor(c), rows, fileName: file.name });
      return c.json(result, 201);
    })
    .openapi(budgetRoutes.create, async (c) => {
      const line = await createBudgetLine(db, workspaceActor(c), c.req.valid('json'));
      return c.json({ line }, 201);
    })
    .openapi(budgetRoutes.update, async (c) => {
      const { budgetLineId } = c.req.valid('param');
      const line = await updateBudgetLine({
        db,
        actor: workspaceActor(c),
        budgetLineId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, line.version);
      return c.json({ line }, 200);
    })
    .openapi(budgetRoutes.remove, async (c) => {
      const { budgetLineId } = c.req.valid('param');
      await deleteBudgetLine(db, workspaceActor(c), budgetLineId);
      return c.body(null, 204);
    });
}
