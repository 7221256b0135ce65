import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { analyticsRoutes } from './analytics-routes.ts';
import { assessmentValuesRoutes } from './assessment-values-routes.ts';
import { dataValueRouter } from './data-values-routes.ts';
import { flagsRoutes } from './flags-routes.ts';
import { monitoringIndicatorRoutes } from './indicators-routes.ts';
import { metadataRoutes } from './metadata-routes.ts';
import { monitoringResultRoutes } from './results-routes.ts';
import { indicatorStatusRoutes } from './status-routes.ts';
import { monitoringTargetRoutes } from './targets-routes.ts';

/**
 * Monitoring and evaluation under `/api/workspaces/{slug}/monitoring/…`: org units, categories, data
 * elements and data sets; results and indicators with baselines and targets; data values in and out;
 * analytics and dashboards; review flags. Each part adds its router here, one line each.
 */
export function monitoringRoutes(deps: AppDeps) {
  return createRouter()
    .route('/', flagsRoutes(deps))
    .route('/', indicatorStatusRoutes(deps))
    .route('/', assessmentValuesRoutes(deps))
    .route('/', analyticsRoutes(deps))
    .route('/', metadataRoutes(deps))
    .route('/', dataValueRouter(deps))
    .route('/', monitoringResultRoutes(deps))
    .route('/', monitoringIndicatorRoutes(deps))
    .route('/', monitoringTargetRoutes(deps));
}
