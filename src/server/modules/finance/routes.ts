import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { analysisRoutes } from './analysis-routes.ts';
import { financeBudgetRoutes } from './budgets-routes.ts';
import { flowRoutes } from './flows-routes.ts';
import { funderRoutes } from './funders-routes.ts';
import { iatiRoutes } from './iati-routes.ts';
import { financeMacroRoutes } from './macro-routes.ts';
import { pooledRoutes } from './pooled-routes.ts';
import { financeRateRoutes } from './rates-routes.ts';
import { scenarioRoutes } from './scenarios-routes.ts';
import { financeSettingsRoutes } from './settings-routes.ts';

/**
 * Public finance under `/api/workspaces/{slug}/finance/…`: settings, budget lines, macro context,
 * exchange rates, funders and flows, IATI imports, analysis. Each part adds its router here, one line each.
 */
export function financeRoutes(deps: AppDeps) {
  return createRouter()
    .route('/', financeSettingsRoutes(deps))
    .route('/', financeBudgetRoutes(deps))
    .route('/', financeMacroRoutes(deps))
    .route('/', financeRateRoutes(deps))
    .route('/', funderRoutes(deps))
    .route('/', flowRoutes(deps))
    .route('/', pooledRoutes(deps))
    .route('/', iatiRoutes(deps))
    .route('/', analysisRoutes(deps))
    .route('/', scenarioRoutes(deps));
}
