import { z } from '@hono/zod-openapi';
import { FLOW_KINDS } from '../../../core/finance/codes.ts';
import { IsoDate as isoDate, queryInteger, SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { CurrencyCode } from './common-schemas.ts';
import { MissingRateSchema, RateUsedSchema } from './conversion-schemas.ts';

const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });
export const FlowParams = SlugParam.extend({ flowId: idParam('flowId') });

const PurposeCodeField = z.string().regex(/^\d{5}$/, 'must be a DAC 5-digit purpose code, e.g. 15210');
const OdaStatusSchema = z.enum(['yes', 'partly', 'unknown']).openapi('OdaStatus', {
  description:
    'Whether the purpose code counts as ODA: in full, in part (some of it may not count), or not known',
});

/** The chosen currency of totals; the workspace's reporting currency when left out. */
export const CurrencyQuery = z.object({ currency: CurrencyCode.optional() });

export const FlowsQuery = CurrencyQuery.extend({
  funderId: z.string().min(1).optional(),
  kind: z.enum(FLOW_KINDS).optional(),
  year: queryInteger(1900, 2200)
    .optional()
    .openapi({ description: 'Fiscal year, named by the year it starts in' }),
  planItemId: z.string().min(1).optional(),
});

const byKind = z.object(
  Object.fromEntries(FLOW_KINDS.map((kind) => [kind, z.number()])) as Record<
    (typeof FLOW_KINDS)[number],
    z.ZodNumber
  >,
);
const odaSplit = z.object({ yes: z.number(), partly: z.number(), unknown: z.number() });
export const FundingTotalsSchema = z
  .object({
    currency: z.string(),
    byKind,
    odaByKind: z.object(
      Object.fromEntries(FLOW_KINDS.map((kind) => [kind, odaSplit])) as Record<
        (typeof FLOW_KINDS)[number],
        typeof odaSplit
      >,
    ),
    ratesUsed: z.array(RateUsedSchema),
    missingRates: z.array(MissingRateSchema),
  })
  .openapi('FundingTotals');

export const FlowSchema = z
  .object({
    id: z.string(),
    funderId: z.string(),
    funderName: z.string(),
    kind: z.enum(FLOW_KINDS),
    amount: z.number(),
    currency: z.string(),
    flowDate: z.string(),
    fiscalYear: z.number().int(),
    purposeCode: z.string().nullable(),
    odaStatus: OdaStatusSchema,
    planItemId: z.string().nullable(),
    planItemCode: z.string().nullable(),
    planItemName: z.string().nullable(),
    planId: z.string().nullable(),
    recipientActorId: z.string().nullable(),
    recipientName: z.string().nullable(),
    toFunderId: z.string().nullable(),
    toFunderName: z.string().nullable(),
    iatiActivityId: z.string().nullable(),
    description: z.string().nullable(),
    /** In the chosen currency; null when no rate links the two. */
    converted: z.object({ amount: z.number(), rate: z.number(), rateDate: z.string().nullable() }).nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('FundingFlow');

const flowFields = {
  funderId: z.string().min(1, 'is required'),
  kind: z.enum(FLOW_KINDS),
  amount: z.number().positive('must be more than 0').max(1e15),
  currency: CurrencyCode,
  flowDate: isoDate,
  purposeCode: PurposeCodeField.nullable().optional(),
  planItemId: z.string().min(1).nullable().optional(),
  recipientActorId: z.string().min(1).nullable().optional(),
  toFunderId: z.string().min(1).nullable().optional(),
  description: z.string().trim().max(2000).nullable().optional(),
};

export const CreateFlowBody = z
  .object(flowFields)
  .strict()
  .openapi('CreateFundingFlow', {
    example: {
      funderId: 'funder-id',
      kind: 'commitment',
      amount: 1500000,
      currency: 'EUR',
      flowDate: '2027-03-15',
      purposeCode: '15210',
    },
  });

export const UpdateFlowBody = z
  .object({
    ...flowFields,
    funderId: flowFields.funderId.optional(),
    kind: flowFields.kind.optional(),
    amount: flowFields.amount.optional(),
    currency: flowFields.currency.optional(),
    flowDate: flowFields.flowDate.optional(),
  })
  .strict()
  .openapi('UpdateFundingFlow');

export type CreateFlowInput = z.infer<typeof CreateFlowBody>;
export type UpdateFlowInput = z.infer<typeof UpdateFlowBody>;
