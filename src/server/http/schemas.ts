import { z } from '@hono/zod-openapi';
import type { JSONValue } from 'hono/utils/types';
import { ROLES } from '../../core/access/roles.ts';

/**
 * Any JSON value, for data that is free by nature: audited field values, error details. Typed as
 * Hono's JSON value, which is what a handler's `c.json` makes of any recursive type.
 */
export const JsonValue = z
  .json()
  .openapi('JsonValue', { description: 'any JSON value' }) as unknown as z.ZodType<JSONValue>;

/** What an error names: the field and value, or one entry per problem (validation issues, import rows). */
const ErrorDetails = z
  .union([z.record(z.string(), JsonValue), z.array(z.record(z.string(), JsonValue))])
  .openapi({ description: 'empty when the message says it all' });

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: ErrorDetails }) })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses every authenticated workspace route can give. */
export const standardErrors = {
  400: errorResponse('Invalid input: the message names the field'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not a member of this workspace, or the role does not allow it'),
  404: errorResponse('No such resource'),
} as const;

export const conflictError = { 409: errorResponse('Conflicts with existing data') } as const;

export const rateLimitError = {
  429: errorResponse('Too many requests from this address; try again later'),
} as const;

/**
 * Errors any route can give before or beside its handler, added to every route's documented responses
 * by the router: the input guard (400), the cross-site check (403), the audit log refusing writes once
 * its chain is broken (409), the body limit (413) and the media-type gate (415).
 */
export function appWideErrors(route: { method: string; request?: { body?: unknown } }) {
  const write = route.method.toLowerCase() !== 'get';
  return {
    400: errorResponse('Invalid input: the message names the field'),
    ...(write && {
      403: errorResponse('Sent from another site, or the role does not allow it'),
      409: errorResponse('Conflicts with existing data, or the audit log is broken and refuses writes'),
    }),
    ...(route.request?.body !== undefined && {
      413: errorResponse('The request body is too large'),
      415: errorResponse('The body is not of a documented media type'),
    }),
  };
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { 'application/json': { schema } } } };
}

export const SlugParam = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'demo' }),
});

export const Timestamp = z.string().openapi({ format: 'date-time', example: '2026-11-23T10:00:00.000Z' });

/**
 * A calendar date as YYYY-MM-DD. z.iso.date also refuses days that do not exist (2027-02-30), which a
 * date column would reject with a 500.
 */
export const IsoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

export const RoleSchema = z.enum(ROLES).openapi('Role');

/** The largest value a PostgreSQL `integer` column holds: no integer input may exceed it. */
export const PG_INTEGER_MAX = 2_147_483_647;

/** A whole number from the query string, between `min` and `max` (never beyond a PostgreSQL integer). */
export function queryInteger(min: number, max = PG_INTEGER_MAX) {
  return z.coerce
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(Math.min(max, PG_INTEGER_MAX), `must be at most ${Math.min(max, PG_INTEGER_MAX)}`);
}
