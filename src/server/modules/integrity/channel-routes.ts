import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

export const channelRouteDefs = {} as const;

export function channelRoutes(_deps: AppDeps) {
  return createRouter();
}
