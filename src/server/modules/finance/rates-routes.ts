import { createRoute, z } from '@hono/zod-openapi';
import { RATES_CSV_COLUMNS } from '../../../core/finance/rates-csv.ts';
import { createRouter } from '../../http/router.ts';
import {
  conflictError,
  jsonBody,
  jsonContent,
  SlugParam,
  standardErrors,
  Timestamp,
} from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { CurrencyCode } from './common-schemas.ts';
import {
  FinanceImportForm,
  FinanceImportResult,
  financeImportErrors,
  financeImportRules,
  financeUpload,
  readFinanceFile,
} from './csv-upload.ts';
import {
  createExchangeRate,
  deleteExchangeRate,
  importExchangeRates,
  listExchangeRates,
} from './rates-service.ts';

const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).openapi({ example: '2026-01-01' });

const ExchangeRateSchema = z
  .object({
    id: z.string(),
    fromCurrency: z.string(),
    toCurrency: z.string(),
    rateDate: z.string().openapi({ format: 'date' }),
    rate: z.number().openapi({ description: '1 fromCurrency = rate toCurrency' }),
    createdAt: Timestamp,
  })
  .openapi('ExchangeRate', { description: 'Applies from its date until the next rate of the same pair' });

const CreateExchangeRateBody = z
  .object({
    fromCurrency: CurrencyCode,
    toCurrency: CurrencyCode,
    rateDate: IsoDate,
    rate: z.number().gt(0, 'must be greater than 0').max(1e12, 'is too large'),
  })
  .strict()
  .openapi('CreateExchangeRate', {
    example: { fromCurrency: 'EUR', toCurrency: 'XOF', rateDate: '2026-01-01', rate: 655.957 },
  });

const RateParams = SlugParam.extend({
  rateId: z.string().openapi({ param: { name: 'rateId', in: 'path' } }),
});

const tags = ['Finance'];
const path = '/api/workspaces/{slug}/finance/exchange-rates';

export const rateRoutes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Exchange rates by currency pair, latest first',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ rates: z.array(ExchangeRateSchema) }), 'Rates'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Add an exchange rate (needs finance:write); one per pair and date',
    request: { params: SlugParam, ...jsonBody(CreateExchangeRateBody) },
    responses: {
      201: jsonContent(z.object({ rate: ExchangeRateSchema }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  import: createRoute({
    method: 'post',
    path: `${path}/import`,
    tags,
    summary: 'Import exchange rates from a CSV or XLSX file (needs finance:write)',
    description: `${financeImportRules}

Columns: ${RATES_CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')}, all required: ISO 4217 codes, the date written YYYY-MM-DD, and the rate (1 fromCurrency = rate toCurrency) greater than 0. A pair may have one rate per date, in the file and with the rates already recorded.`,
    middleware: financeUpload,
    request: {
      params: SlugParam,
      body: { required: true, content: { 'multipart/form-data': { schema: FinanceImportForm } } },
    },
    responses: { 201: jsonContent(FinanceImportResult, 'Imported'), ...financeImportErrors },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${path}/{rateId}`,
    tags,
    summary: 'Delete an exchange rate (needs finance:write)',
    request: { params: RateParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function financeRateRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(rateRoutes.list, async (c) =>
      c.json({ rates: await listExchangeRates(db, workspaceActor(c)) }, 200),
    )
    .openapi(rateRoutes.import, async (c) => {
      const file = c.req.valid('form').file;
      const rows = await readFinanceFile(file);
      return c.json(
        await importExchangeRates({ db, actor: workspaceActor(c), rows, fileName: file.name }),
        201,
      );
    })
    .openapi(rateRoutes.create, async (c) => {
      const rate = await createExchangeRate(db, workspaceActor(c), c.req.valid('json'));
      return c.json({ rate }, 201);
    })
    .openapi(rateRoutes.remove, async (c) => {
      const { rateId } = c.req.valid('param');
      await deleteExchangeRate(db, workspaceActor(c), rateId);
      return c.body(null, 204);
    });
}
