import { z } from '@hono/zod-openapi';
import { BUDGET_DESCRIPTION_MAX } from '../../../core/finance/budget-csv.ts';
import { COFOG_GROUPS, ECONOMIC_CLASSES, MAX_AMOUNT } from '../../../core/finance/codes.ts';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../../../core/finance/csv-cells.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { CurrencyCode } from './common-schemas.ts';
import { MissingRateSchema, RateUsedSchema } from './conversion-schemas.ts';

export const CofogSchema = z.enum(COFOG_GROUPS).openapi('CofogGroup', {
  description: 'COFOG group of division 02 (defence) or 03 (public order and safety)',
});
export const EconomicClassSchema = z.enum(ECONOMIC_CLASSES).openapi('EconomicClass');
export const FiscalYear = z
  .number()
  .int('must be a whole year')
  .min(FISCAL_YEAR_MIN, `must be ${FISCAL_YEAR_MIN} or later`)
  .max(FISCAL_YEAR_MAX, `must be ${FISCAL_YEAR_MAX} or earlier`)
  .openapi({ description: 'Named by the calendar year it starts in', example: 2026 });

export const Amount = z
  .number()
  .min(0, 'must not be negative')
  .max(MAX_AMOUNT, 'is too large')
  .openapi({ description: 'In the line’s currency', example: 1_250_000 });

export const BudgetLineSchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    actorId: z.string().nullable(),
    institution: z.string().nullable().openapi({ description: 'The actor’s name; null when none is set' }),
    cofog: CofogSchema,
    economicClass: EconomicClassSchema,
    description: z.string().nullable(),
    currency: z.string(),
    approved: z.number(),
    revised: z.number().nullable(),
    executed: z.number().nullable(),
    sourceFunderId: z.string().nullable().openapi({ description: 'Null: domestic resources' }),
    source: z.string().nullable().openapi({ description: 'The funder’s name; null for domestic resources' }),
    secret: z
      .boolean()
      .openapi({ description: 'Classified spending, shown without detail outside the team' }),
    offBudget: z.boolean().openapi({ description: 'Spent outside the voted budget' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('BudgetLine');

const lineFields = {
  fiscalYear: FiscalYear,
  actorId: z.string().min(1).nullable().optional(),
  cofog: CofogSchema,
  economicClass: EconomicClassSchema,
  description: z.string().trim().max(BUDGET_DESCRIPTION_MAX).nullable().optional(),
  currency: CurrencyCode,
  approved: Amount,
  revised: Amount.nullable().optional(),
  executed: Amount.nullable().optional(),
  sourceFunderId: z.string().min(1).nullable().optional(),
  secret: z.boolean().optional(),
  offBudget: z.boolean().optional(),
};

export const CreateBudgetLineBody = z
  .object(lineFields)
  .strict()
  .openapi('CreateBudgetLine', {
    example: {
      fiscalYear: 2026,
      cofog: '03.1',
      economicClass: 'personnel',
      currency: 'XOF',
      approved: 12_500_000_000,
    },
  });

export const UpdateBudgetLineBody = z
  .object({
    ...lineFields,
    fiscalYear: FiscalYear.optional(),
    cofog: CofogSchema.optional(),
    economicClass: EconomicClassSchema.optional(),
    currency: CurrencyCode.optional(),
    approved: Amount.optional(),
  })
  .strict()
  .openapi('UpdateBudgetLine');

export const BudgetLineParams = SlugParam.extend({
  budgetLineId: z.string().openapi({ param: { name: 'budgetLineId', in: 'path' } }),
});

export type CreateBudgetLineInput = z.infer<typeof CreateBudgetLineBody>;
export type UpdateBudgetLineInput = z.infer<typeof UpdateBudgetLineBody>;

export const BudgetTotalSchema = z
  .object({
    currency: z.string().openapi({ description: 'The reporting currency' }),
    approved: z.number(),
    revised: z.number().openapi({ description: 'A line not revised counts with its approved amount' }),
    executed: z.number().openapi({ description: 'Lines without an executed amount count as 0' }),
    ratesUsed: z.array(RateUsedSchema),
    missingRates: z.array(MissingRateSchema).openapi({
      description:
        'Lines no rate converts to the reporting currency (counted by line, summed by approved amount): left out',
    }),
  })
  .openapi('BudgetTotal', {
    description: 'The listed lines in the reporting currency, each converted at the start of its fiscal year',
  });
