import { z } from '@hono/zod-openapi';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Context } from 'hono';
import { AppError } from '../../../core/errors/app-error.ts';
import { ErrorSchema } from '../../http/schemas.ts';

/**
 * Optimistic concurrency: every editable row carries `row_version`, raised by one on each update.
 * Clients send the version they loaded as `If-Match: "<version>"`; a stale one is refused with 412.
 */
export const VersionField = z
  .number()
  .int()
  .min(1)
  .openapi({ description: 'Raised by one on every change; send it back as If-Match', example: 1 });

export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'The version you loaded, e.g. "3"; a newer one on the server gives 412' }),
});

export const preconditionError = {
  412: {
    description: 'Changed by someone else since it was loaded; details.currentVersion says the version now',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

/** The version an If-Match header asks for: `"3"`, `W/"3"` or `3`; undefined when absent or `*`. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  const value = header?.trim();
  if (!value || value === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match) throw new AppError('bad_request', 'If-Match: expected the quoted version, e.g. "3"');
  return Number(match[1]);
}

/** The If-Match version of a request (route handlers pass it to the service as `expectedVersion`). */
export const expectedVersionOf = (c: Context) => versionFromIfMatch(c.req.header('if-match'));

/** Sets the ETag of a single-resource response to its version. */
export function setVersionTag(c: Context, version: number) {
  c.header('ETag', `"${version}"`);
}

/** Refuses the write when the client loaded another version than the one now stored. */
export function checkVersion(currentVersion: number, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && expectedVersion !== currentVersion)
    throw new AppError('precondition_failed', 'changed by someone else since you loaded it', {
      currentVersion,
    });
}

/** `SET row_version = row_version + 1` for an update statement. */
export const nextVersion = (column: AnyPgColumn): SQL<number> => sql<number>`${column} + 1`;
