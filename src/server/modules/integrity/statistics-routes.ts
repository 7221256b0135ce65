import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

export const statisticsRouteDefs = {} as const;

export function statisticsRoutes(_deps: AppDeps) {
  return createRouter();
}
