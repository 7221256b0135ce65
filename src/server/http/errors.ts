import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AppError, httpStatusOf } from '../../core/errors/app-error.ts';

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

/** The error envelope; `details` is always there, empty when the message says it all. */
export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, details: details ?? {} } };
}

/** "field.path: message" for the first issue, as users should read it. */
export function describeZodError(error: ZodError, where?: string): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const path = issue.path.map(String).join('.');
  const label = path || where || 'body';
  return `${label}: ${issue.message}`;
}

const statusCodes: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

/** Turns anything thrown in a handler into the error envelope; only true faults become 500. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    return c.json(errorBody(error.code, error.message, error.details), httpStatusOf[error.code]);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const message = error.message || (error.status === 413 ? 'request body is too large' : 'bad request');
    return c.json(
      errorBody(statusCodes[error.status] ?? 'bad_request', message),
      error.status as ContentfulStatusCode,
    );
  }
  if (isUniqueViolation(error)) {
    return c.json(errorBody('conflict', 'a record with the same unique value already exists'), 409);
  }
  // A database error's message carries the query's parameters: on the anonymous intake those are a
  // whistle-blower's ciphertext and receipt hash, so only the kind of error is written there.
  if (c.req.path.startsWith('/api/public/')) console.error(`internal error on a public route: ${error.name}`);
  else console.error(error);
  return c.json(errorBody('internal', 'internal server error'), 500);
}

function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: string; cause?: { code?: string } };
  return candidate?.code === '23505' || candidate?.cause?.code === '23505';
}
