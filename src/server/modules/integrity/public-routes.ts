import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';

export { publicIntegrityRouteDefs } from './public-route-defs.ts';

export function publicIntegrityRoutes(_deps: AppDeps) {
  return createRouter();
}
