import { z } from '@hono/zod-openapi';
import { ROLES } from '../../core/access/roles.ts';

export const ErrorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
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
