import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { FinanceAnalysisSchema, SustainabilityQuery, SustainabilitySchema } from './analysis-schemas.ts';
import { computeSustainability, getFinanceAnalysis } from './analysis-service.ts';
import { CurrencyQuery } from './flows-schemas.ts';

const tags = ['Finance analysis'];

export const analysisRouteDefs = {
  analysis: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/finance/analysis',
    tags,
    summary:
      'Right-financing per fiscal year: security spending against GDP and expenditure, composition, credibility, transparency',
    request: { params: SlugParam, query: CurrencyQuery },
    responses: { 200: jsonContent(FinanceAnalysisSchema, 'The analysis in one currency'), ...standardErrors },
  }),
  sustainability: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/finance/sustainability',
    tags,
    summary: "A plan's sustainability gap under the default assumptions (things go on as observed)",
    request: { params: SlugParam, query: SustainabilityQuery },
    responses: {
      200: jsonContent(SustainabilitySchema, 'Sustainability per fiscal year'),
      ...standardErrors,
    },
  }),
};

export function analysisRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(analysisRouteDefs.analysis, async (c) => {
      const { currency } = c.req.valid('query');
      return c.json(await getFinanceAnalysis({ db, actor: workspaceActor(c), currency }), 200);
    })
    .openapi(analysisRouteDefs.sustainability, async (c) => {
      const { currency, planId } = c.req.valid('query');
      return c.json(await computeSustainability({ db, actor: workspaceActor(c), currency, planId }), 200);
    });
}
