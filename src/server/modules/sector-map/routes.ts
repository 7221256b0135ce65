import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { actorRoutes } from './routes-actors.ts';
import { sectorAnalysisRoutes } from './routes-analysis.ts';
import { relationRoutes } from './routes-relations.ts';
import { transferRoutes } from './routes-transfer.ts';

export { IMPORT_MAX_BYTES, IMPORT_PATH_PATTERN } from './routes-transfer.ts';

/** The sector map: actors, relations, their analysis, and file import and export. */
export function sectorMapRoutes(deps: AppDeps) {
  return (
    createRouter()
      // before the actor routes: `/actors/import` and `/actors/export` must not be read as an actor id
      .route('/', transferRoutes(deps))
      .route('/', actorRoutes(deps))
      .route('/', relationRoutes(deps))
      .route('/', sectorAnalysisRoutes(deps))
  );
}
