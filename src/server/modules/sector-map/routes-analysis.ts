import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { getOversightGaps, getSectorGraph } from './map-service.ts';
import { GraphSchema, OversightGapsSchema } from './schemas.ts';

const tags = ['Sector map'];

const routes = {
  graph: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/sector-map/graph',
    tags,
    summary: 'Every actor (node) and relation (edge), for the network view',
    request: { params: SlugParam },
    responses: { 200: jsonContent(GraphSchema, 'Graph'), ...standardErrors },
  }),
  gaps: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/sector-map/oversight-gaps',
    tags,
    summary: 'Oversight of every armed actor, the ones lacking most first',
    description:
      'Armed actors are the force-bearing group plus militias and private security companies. The oversight kinds required are the workspace setting requiredOversightKinds (parliamentary, judicial and independent unless changed), returned as requiredKinds. An oversight relation counts when it is active or weak, comes from a civilian actor, and points at the actor or at one of its parents; oversight of the ministry that commands a force does not count.',
    request: { params: SlugParam },
    responses: { 200: jsonContent(OversightGapsSchema, 'Oversight coverage'), ...standardErrors },
  }),
};

export function sectorAnalysisRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.graph, async (c) => {
      const actor = workspaceActor(c);
      return c.json(await getSectorGraph({ db, actor }), 200);
    })
    .openapi(routes.gaps, async (c) => {
      const actor = workspaceActor(c);
      return c.json(await getOversightGaps({ db, actor }), 200);
    });
}
