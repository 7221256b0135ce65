import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { caseRoutes } from './case-routes.ts';
import { channelRoutes } from './channel-routes.ts';
import { publicIntegrityRoutes } from './public-routes.ts';
import { statisticsRoutes } from './statistics-routes.ts';

/**
 * The integrity channel: the public intake under `/api/public/{slug}/…` (channel, reports, and the
 * receipt-authenticated conversation), and under `/api/workspaces/{slug}/integrity/…` the channel's
 * settings and recipients, the cases, and the statistics. Each part adds its router here.
 */
export function integrityRoutes(deps: AppDeps) {
  return createRouter()
    .route('/', publicIntegrityRoutes(deps))
    .route('/', channelRoutes(deps))
    .route('/', caseRoutes(deps))
    .route('/', statisticsRoutes(deps));
}
