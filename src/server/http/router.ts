import { OpenAPIHono } from '@hono/zod-openapi';
import { describeZodError, errorBody } from './errors.ts';
import { findUnstorable, unstorableResponse } from './input-guard.ts';
import { appWideErrors } from './schemas.ts';
import type { AppEnv } from './types.ts';

/**
 * A router whose request validation failures come back as 400 with "field: message". Multipart forms,
 * which the input guard leaves unread, are checked here once parsed: text fields and file names.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(
          errorBody('bad_request', describeZodError(result.error, result.target), result.error.issues),
          400,
        );
      }
      if (result.target === 'form') {
        const field = findUnstorable(result.data, 'body');
        if (field) return unstorableResponse(c, field);
      }
    },
  });
  // Every route documents the errors the app gives around its handler, before its own.
  const register = router.openapi;
  router.openapi = ((route, ...rest) =>
    register(
      { ...route, responses: { ...appWideErrors(route), ...route.responses } },
      ...rest,
    )) as typeof register;
  return router;
}
