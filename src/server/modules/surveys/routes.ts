import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

/**
 * Citizen perception surveys under `/api/workspaces/{slug}/surveys/…`, and the public links under
 * `/api/public/{slug}/surveys/…`: forms, collection, response import, design and estimates. Each part
 * adds its router here, one line each.
 */
export function surveyRoutes(_deps: AppDeps) {
  return createRouter();
}
