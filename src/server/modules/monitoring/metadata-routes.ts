import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { categoryRouter } from './categories-routes.ts';
import { dataElementRouter } from './data-elements-routes.ts';
import { dataSetRouter } from './data-sets-routes.ts';
import { orgUnitRouter } from './org-units-routes.ts';

/** Monitoring metadata: org units, categories, data elements, data sets. */
export function metadataRoutes(deps: AppDeps) {
  return createRouter()
    .route('/', orgUnitRouter(deps))
    .route('/', categoryRouter(deps))
    .route('/', dataElementRouter(deps))
    .route('/', dataSetRouter(deps));
}
