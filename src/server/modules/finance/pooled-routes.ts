import { createRoute, z } from '@hono/zod-openapi';
import { FUNDER_TYPES } from '../../../core/finance/codes.ts';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { MissingRateSchema } from './conversion-schemas.ts';
import { CurrencyQuery } from './flows-schemas.ts';
import { listPooledFunds } from './pooled-service.ts';

const PooledFundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(FUNDER_TYPES),
    /** Whether the caller reads the fund's own flows (its allocations); a donor may see only their contributions. */
    flowsVisible: z.boolean(),
    fundId: z.string(),
    contributions: z.array(
      z.object({ funderId: z.string(), funderName: z.string(), committed: z.number(), paid: z.number() }),
    ),
    allocations: z.array(
      z.object({
        planItemId: z.string().nullable(),
        planItemCode: z.string().nullable(),
        planItemName: z.string().nullable(),
        committed: z.number(),
        disbursed: z.number(),
        spent: z.number(),
      }),
    ),
    contributedCommitted: z.number(),
    contributedPaid: z.number(),
    allocatedCommitted: z.number(),
    allocatedDisbursed: z.number(),
    balance: z.number(),
    unallocated: z.number(),
    programmeShares: z.array(
      z.object({
        planId: z.string(),
        planName: z.string(),
        allocated: z.number(),
        cost: z.number(),
        unconvertedCurrencies: z.array(z.string()),
        share: z.number().nullable(),
      }),
    ),
    missingRates: z.array(MissingRateSchema),
  })
  .openapi('PooledFund');

export const pooledListRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/finance/pooled-funds',
  tags: ['Funding'],
  summary:
    'Pooled and trust funds: contributions in by funder, allocations out by plan item, balance, and the share of each plan’s activity cost they cover',
  request: { params: SlugParam, query: CurrencyQuery },
  responses: {
    200: jsonContent(z.object({ currency: z.string(), funds: z.array(PooledFundSchema) }), 'Pooled funds'),
    ...standardErrors,
  },
});

export function pooledRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter().openapi(pooledListRoute, async (c) => {
    const { currency } = c.req.valid('query');
    return c.json(await listPooledFunds({ db, actor: workspaceActor(c), currency }), 200);
  });
}
