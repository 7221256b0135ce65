import { z } from '@hono/zod-openapi';

/** The rates a converted total used and what no rate could convert: every route that returns totals says so. */
export const RateUsedSchema = z
  .object({ fromCurrency: z.string(), toCurrency: z.string(), rate: z.number(), rateDate: z.string() })
  .openapi('RateUsed', { description: '1 fromCurrency = rate toCurrency, the rate in force from rateDate' });

export const MissingRateSchema = z
  .object({
    currency: z.string(),
    toCurrency: z.string(),
    count: z.number().int().openapi({ description: 'How many amounts (flows, budget lines) were left out' }),
    amount: z.number().openapi({ description: 'Their sum in their own currency' }),
  })
  .openapi('MissingRate', {
    description: 'Amounts no rate converts to toCurrency: left out of the totals, never guessed',
  });
