import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

export const publicIntegrityRouteDefs = {} as const;

export function publicIntegrityRoutes(_deps: AppDeps) {
  return createRouter();
}
