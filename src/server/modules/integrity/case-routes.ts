import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

export const caseRouteDefs = {} as const;

export function caseRoutes(_deps: AppDeps) {
  return createRouter();
}
