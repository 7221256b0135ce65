import { createRouter } from '../../http/router.ts';
import type { AppDeps } from '../../http/types.ts';
import { answerSubmission, collectRouteDefs } from './collect-routes.ts';
import { publicForm, submitPublicly } from './collect-service.ts';

/**
 * The public survey links, answered without an account. app.ts limits them per address in memory; no
 * address, user agent or token is stored or logged here.
 */
export function publicSurveyRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(collectRouteDefs.publicForm, async (c) =>
      c.json(await publicForm({ db, ...c.req.valid('param') }), 200),
    )
    .openapi(
      collectRouteDefs.publicSubmit,
      async (c) =>
        answerSubmission(c, () =>
          submitPublicly({ db, ...c.req.valid('param'), payload: c.req.valid('json') }),
        ) as never,
    );
}
