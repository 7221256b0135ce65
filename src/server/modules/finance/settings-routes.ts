import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors, Timestamp } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import { CurrencyCode } from './common-schemas.ts';
import { getFinanceSettings, putFinanceSettings } from './settings-service.ts';

const FinanceSettingsSchema = z
  .object({
    reportingCurrency: CurrencyCode,
    fiscalYearStartMonth: z
      .number()
      .int()
      .min(1)
      .max(12)
      .openapi({ description: '1 = January … 12 = December' }),
    updatedAt: Timestamp.nullable().openapi({ description: 'Null while the defaults (USD, January) apply' }),
    version: z
      .number()
      .int()
      .min(0)
      .openapi({ description: '0 until first saved; send it back as If-Match', example: 1 }),
  })
  .openapi('FinanceSettings');

const FinanceSettingsBody = z
  .object({
    reportingCurrency: CurrencyCode,
    fiscalYearStartMonth: z.number().int().min(1, 'must be 1 to 12').max(12, 'must be 1 to 12'),
  })
  .strict()
  .openapi('FinanceSettingsInput', { example: { reportingCurrency: 'XOF', fiscalYearStartMonth: 1 } });

const tags = ['Finance'];
const path = '/api/workspaces/{slug}/finance/settings';

export const settingsRoutes = {
  get: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Reporting currency and fiscal-year start (USD and January until set)',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ settings: FinanceSettingsSchema }), 'Settings'),
      ...standardErrors,
    },
  }),
  put: createRoute({
    method: 'put',
    path,
    tags,
    summary: 'Set the reporting currency and fiscal-year start (needs finance:write)',
    request: { params: SlugParam, headers: IfMatchHeaders, ...jsonBody(FinanceSettingsBody) },
    responses: {
      200: jsonContent(z.object({ settings: FinanceSettingsSchema }), 'Saved'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
};

export function financeSettingsRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(settingsRoutes.get, async (c) => {
      const settings = await getFinanceSettings(db, workspaceActor(c));
      return c.json({ settings }, 200);
    })
    .openapi(settingsRoutes.put, async (c) => {
      const settings = await putFinanceSettings({
        db,
        actor: workspaceActor(c),
        input: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, settings.version);
      return c.json({ settings }, 200);
    });
}
