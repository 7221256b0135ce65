import { z } from '@hono/zod-openapi';
import { ROLES } from '../../core/access/roles.ts';

/** What an error names: the field and value, or one entry per problem (validation issues, import rows). */
const ErrorDetails = z
  .union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))])
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
