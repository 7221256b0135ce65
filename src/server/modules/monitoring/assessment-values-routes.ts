import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { syncAssessmentValuesByHand } from './assessment-values-service.ts';

const SyncResultSchema = z
  .object({
    dataElements: z.number().int().openapi({ description: 'Data elements with an assessment source' }),
    values: z.number().int().openapi({ description: 'Values written: one per element and year of a round' }),
    orgUnitId: z.string().nullable().openapi({ description: 'The root org unit the values are at' }),
  })
  .openapi('AssessmentValuesSync');

export const assessmentValueRoutes = {
  sync: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/monitoring/assessment-values/sync',
    tags: ['Monitoring'],
    summary:
      "Rewrite the values of expert-assessment data elements from the validated rounds' scores (monitoring:configure); runs by itself when a round is validated",
    request: { params: SlugParam },
    responses: { 200: jsonContent(SyncResultSchema, 'Values rewritten'), ...standardErrors },
  }),
};

export function assessmentValuesRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter().openapi(assessmentValueRoutes.sync, async (c) =>
    c.json(await syncAssessmentValuesByHand({ db, actor: workspaceActor(c) }), 200),
  );
}
