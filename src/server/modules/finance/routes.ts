import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

/**
 * Public finance under `/api/workspaces/{slug}/finance/…`: settings, budget lines, macro context,
 * exchange rates, funders and flows, IATI imports, analysis. Each part adds its router here, one line each.
 */
export function financeRoutes(deps: AppDeps) {
  void deps;
  return createRouter();
}
