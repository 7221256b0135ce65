import { z } from '@hono/zod-openapi';
import { scenarioAssumptionsSchema } from '../../../core/finance/projection.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { CurrencyQuery } from './flows-schemas.ts';

export const FinanceScenarioParams = SlugParam.extend({
  financeScenarioId: z.string().openapi({ param: { name: 'financeScenarioId', in: 'path' } }),
});

const AssumptionsSchema = scenarioAssumptionsSchema.openapi('FinanceAssumptions', {
  description:
    'Growth, revenue and expenditure ratios, the security share and donor exits; a figure left out is taken from the last observed year',
  example: { horizonYears: 8, gdpGrowthPct: 3.5, donorExits: [{ funderId: 'eu-funder-id', lastYear: 2028 }] },
});

export const FinanceScenarioSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    planId: z.string().nullable(),
    assumptions: AssumptionsSchema,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('FinanceScenario');

const name = z.string().trim().min(1, 'is required').max(200);
const planId = z
  .string()
  .min(1)
  .nullable()
  .openapi({ description: 'The plan whose costs count; null: the latest' });

export const CreateFinanceScenarioBody = z
  .object({ name, planId: planId.optional(), assumptions: AssumptionsSchema })
  .strict()
  .openapi('CreateFinanceScenario', {
    example: {
      name: 'The EU leaves in 2028',
      assumptions: { donorExits: [{ funderId: 'eu', lastYear: 2028 }] },
    },
  });

export const UpdateFinanceScenarioBody = z
  .object({ name: name.optional(), planId: planId.optional(), assumptions: AssumptionsSchema.optional() })
  .strict()
  .openapi('UpdateFinanceScenario');

export type CreateFinanceScenarioInput = z.infer<typeof CreateFinanceScenarioBody>;
export type UpdateFinanceScenarioInput = z.infer<typeof UpdateFinanceScenarioBody>;

export const ProjectionQuery = CurrencyQuery;
