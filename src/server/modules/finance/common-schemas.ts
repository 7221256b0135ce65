import { z } from '@hono/zod-openapi';
import { CURRENCY_CODE } from '../../../core/finance/codes.ts';

/** An ISO 4217 currency code field: the one rule (and message) of every finance body and query. */
export const CurrencyCode = z
  .string()
  .regex(CURRENCY_CODE, 'must be an ISO 4217 code of three capital letters, e.g. USD')
  .openapi({ example: 'USD' });
