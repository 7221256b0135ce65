import { z } from '@hono/zod-openapi';
import { FLOW_KINDS } from '../../../core/finance/codes.ts';
import { queryInteger, SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const IatiWarningSchema = z
  .object({
    line: z.number().int(),
    /** Message key, in the `iatiWarnings` namespace unless it names its own (`iati:…`). */
    key: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .openapi('IatiWarning');

export const IatiImportResultSchema = z
  .object({
    importId: z.string(),
    fileName: z.string(),
    version: z.string(),
    planId: z.string().nullable().openapi({ description: 'The plan the activities were matched against' }),
    activities: z.number().int(),
    transactions: z.number().int().openapi({ description: 'Transactions recorded as funding flows' }),
    matched: z.number().int(),
    warnings: z.array(IatiWarningSchema).openapi({ description: 'The first 200 warnings' }),
    warningCount: z.number().int(),
  })
  .openapi('IatiImportResult');

export const IatiImportForm = z.object({
  file: z
    .instanceof(File, { message: 'attach an IATI activity XML file' })
    .openapi({ type: 'string', format: 'binary' }),
  planId: z
    .string()
    .min(1)
    .optional()
    .openapi({ description: 'Plan to match against (default: the approved plan)' }),
});

export const IatiImportSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    version: z.string(),
    activities: z.number().int(),
    transactions: z.number().int(),
    warnings: z.array(IatiWarningSchema),
    importedBy: z.string().nullable().openapi({ description: 'Name of who imported it' }),
    createdAt: Timestamp,
  })
  .openapi('IatiImport');
export const IatiImportListSchema = z.object({ imports: z.array(IatiImportSchema) });

export const MATCH_FILTERS = ['matched', 'unmatched', 'unreviewed'] as const;
export const IatiActivitiesQuery = z.object({
  match: z.enum(MATCH_FILTERS).optional(),
  importId: z.string().min(1).optional(),
  limit: queryInteger(1, 500).default(100),
  offset: queryInteger(0).default(0),
});

export const IatiActivityParams = SlugParam.extend({
  iatiActivityId: z.string().openapi({ param: { name: 'iatiActivityId', in: 'path' } }),
});

export const IatiActivitySchema = z
  .object({
    id: z.string(),
    importId: z.string(),
    identifier: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    funder: z.object({ id: z.string(), name: z.string() }).nullable(),
    defaultCurrency: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    sectors: z.array(
      z.object({ code: z.string(), vocabulary: z.string(), percentage: z.number().nullable() }),
    ),
    totals: z
      .array(z.object({ kind: z.enum(FLOW_KINDS), currency: z.string(), amount: z.number() }))
      .openapi({ description: 'Sums of its funding flows by kind and currency' }),
    matchedItem: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
    matchKind: z.enum(['sector', 'keyword', 'manual']).nullable(),
    reviewed: z.boolean(),
    version: VersionField,
  })
  .openapi('IatiActivity');

export const IatiActivityListSchema = z.object({
  activities: z.array(IatiActivitySchema),
  total: z.number().int().openapi({ description: 'Activities under the filter, all pages' }),
});

export const IatiMatchBody = z
  .object({
    planItemId: z
      .string()
      .min(1)
      .nullable()
      .openapi({ description: 'A reform activity, or null for no match' }),
    reviewed: z
      .boolean()
      .optional()
      .openapi({ description: 'Confirm the match (default: true when it changes)' }),
  })
  .strict()
  .openapi('IatiMatch', { example: { planItemId: 'item-id', reviewed: true } });

export const IatiExportQuery = z.object({
  orgRef: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,99}$/, 'letters, digits, dots, dashes and underscores')
    .optional()
    .openapi({ description: 'IATI organisation identifier of the programme (default XI-CUSTODES-<slug>)' }),
  planId: z.string().min(1).optional(),
});
