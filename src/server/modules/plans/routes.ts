import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { optimisationRoutes } from './routes-optimise.ts';
import { planRoutes } from './routes-plans.ts';
import { portfolioRoutes } from './routes-portfolio.ts';
import { riskRoutes } from './routes-risks.ts';

/** Reform plans: portfolio, dependencies, resources, schedule, optimiser runs, scenarios, tracking, risks. */
export function plansRoutes(deps: AppDeps) {
  return createRouter()
    .route('/', planRoutes(deps))
    .route('/', portfolioRoutes(deps))
    .route('/', optimisationRoutes(deps))
    .route('/', riskRoutes(deps));
}
