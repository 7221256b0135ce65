import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { analysisRoutes } from './analysis-routes.ts';
import { collectRoutes } from './collect-routes.ts';
import { publicSurveyRoutes } from './public-routes.ts';
import { responsesRoutes } from './responses-routes.ts';
import { surveysRoutes } from './surveys-routes.ts';

/**
 * Citizen perception surveys under `/api/workspaces/{slug}/surveys/…`, and the public links under
 * `/api/public/{slug}/surveys/…`: forms, collection, response import, design and estimates. Each part
 * adds its router here, one line each.
 */
export function surveyRoutes(deps: AppDeps) {
  return createRouter()
    .route('/', surveysRoutes(deps))
    .route('/', collectRoutes(deps))
    .route('/', publicSurveyRoutes(deps))
    .route('/', responsesRoutes(deps))
    .route('/', analysisRoutes(deps));
}
