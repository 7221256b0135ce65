import { z } from '@hono/zod-openapi';
import { COFOG_GROUPS, ECONOMIC_CLASSES } from '../../../core/finance/codes.ts';
import { CurrencyCode } from './common-schemas.ts';
import { RateUsedSchema } from './conversion-schemas.ts';

const nullableNumber = z.number().nullable();

/** A warning as a message key with parameters, rendered in the reader's language. */
export const FinanceWarningSchema = z
  .object({
    key: z.enum(['missingRate', 'noMacro', 'unpricedResource', 'noPlan', 'noSecurityShare', 'noBudget']),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .openapi('FinanceWarning');

const AmountsSchema = { approved: z.number(), revised: nullableNumber, executed: nullableNumber };
const shares = z.object({ approved: nullableNumber, executed: nullableNumber });

export const RightFinancingYearSchema = z
  .object({
    fiscalYear: z.number().int(),
    lineCount: z.number().int(),
    unconvertedLines: z.number().int(),
    total: z.object(AmountsSchema),
    gdp: nullableNumber,
    revenue: nullableNumber,
    expenditure: nullableNumber,
    shareOfGdp: shares,
    shareOfExpenditure: shares,
    byInstitution: z.array(
      z.object({ actorId: z.string().nullable(), ...AmountsSchema, credibility: nullableNumber }),
    ),
    byCofogGroup: z.array(z.object({ group: z.enum(COFOG_GROUPS), approved: z.number() })),
    byDivision: z.array(z.object({ division: z.enum(['02', '03']), approved: z.number() })),
    byEconomicClass: z.array(z.object({ economicClass: z.enum(ECONOMIC_CLASSES), approved: z.number() })),
    personnelToCapital: nullableNumber,
    credibility: nullableNumber,
    aggregateDeviation: nullableNumber,
    opaque: z.object({ approved: z.number(), share: nullableNumber }),
    domestic: z.object({ approved: z.number(), share: nullableNumber }),
    donorFinanced: z.object({
      approved: z.number(),
      share: nullableNumber,
      byFunder: z.array(z.object({ funderId: z.string(), approved: z.number() })),
    }),
  })
  .openapi('RightFinancingYear', {
    description: 'Amounts in the chosen currency; shares and ratios as fractions; null where data is missing',
  });

const NamedSchema = z.object({ id: z.string(), name: z.string() });

export const FinanceAnalysisSchema = z
  .object({
    currency: CurrencyCode,
    macroCurrency: CurrencyCode,
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    years: z.array(RightFinancingYearSchema),
    institutions: z.array(NamedSchema),
    funders: z.array(NamedSchema),
    ratesUsed: z.array(RateUsedSchema),
    warnings: z.array(FinanceWarningSchema),
  })
  .openapi('FinanceAnalysis');

export const ResolvedAssumptionsSchema = z
  .object({
    baseYear: z.number().int(),
    horizonYears: z.number().int(),
    gdpGrowthPct: z.record(z.string(), z.number()),
    revenueToGdpPct: nullableNumber,
    expenditureToRevenuePct: nullableNumber,
    securityShareOfExpenditurePct: nullableNumber,
    donorExits: z.array(z.object({ funderId: z.string(), lastYear: z.number().int() })),
  })
  .openapi('ResolvedFinanceAssumptions', { description: 'The assumptions with every default filled in' });

export const SustainabilityYearSchema = z
  .object({
    fiscalYear: z.number().int(),
    observed: z.boolean(),
    gdp: z.number(),
    revenue: nullableNumber,
    expenditure: nullableNumber,
    fiscalSpace: nullableNumber,
    baselineRecurrent: z.number(),
    takeOvers: z.number(),
    reformRecurrent: z.number(),
    bill: z.number(),
    donorFinancing: z.number(),
    gap: nullableNumber,
    surplus: nullableNumber,
  })
  .openapi('SustainabilityYear');

export const SustainabilitySchema = z
  .object({
    currency: CurrencyCode,
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    plan: NamedSchema.extend({ startMonth: z.string(), statusDate: z.string() }).nullable(),
    assumptions: ResolvedAssumptionsSchema.nullable(),
    budgetYear: z.number().int().nullable(),
    years: z.array(SustainabilityYearSchema),
    totalGap: nullableNumber,
    totalSurplus: nullableNumber,
    firstGapYear: z.number().int().nullable(),
    reformCosts: z.array(z.object({ fiscalYear: z.number().int(), cost: z.number(), envelope: z.number() })),
    recurrentItems: z.array(
      z.object({
        itemId: z.string(),
        code: z.string(),
        name: z.string(),
        fromMonth: z.string(),
        firstFiscalYear: z.number().int(),
        annualCost: z.number(),
        currency: z.string(),
      }),
    ),
    funders: z.array(NamedSchema),
    ratesUsed: z.array(RateUsedSchema),
    warnings: z.array(FinanceWarningSchema),
  })
  .openapi('FinanceSustainability');

export const SustainabilityQuery = z.object({
  currency: CurrencyCode.optional(),
  planId: z
    .string()
    .min(1)
    .optional()
    .openapi({ description: 'The plan whose costs count; default: the latest' }),
});
