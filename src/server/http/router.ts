import { OpenAPIHono } from '@hono/zod-openapi';
import { describeZodError, errorBody } from './errors.ts';
import type { AppEnv } from './types.ts';

/** A router whose request validation failures come back as 400 with "field: message". */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(
          errorBody('bad_request', describeZodError(result.error, result.target), result.error.issues),
          400,
        );
      }
    },
  });
}
