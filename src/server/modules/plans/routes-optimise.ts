import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, rateLimitError, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import * as jobs from './optimiser-jobs.ts';
import { OptimisationParams, PlanParams } from './schemas.ts';
import { OptimisationSchema, StartOptimisationBody } from './schemas-optimise.ts';

const tags = ['Plans'];
const path = '/api/workspaces/{slug}/plans/{planId}/optimisations';
const optimisationBody = (description: string) =>
  jsonContent(z.object({ optimisation: OptimisationSchema }), description);

const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Recent optimiser runs of a plan, newest first',
    request: { params: PlanParams },
    responses: {
      200: jsonContent(z.object({ optimisations: z.array(OptimisationSchema) }), 'Runs'),
      ...standardErrors,
    },
  }),
  start: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Search for a better schedule in the background (needs plan:write)',
    description:
      'Runs the resource-constrained scheduler in a worker thread. Poll the run for progress; 409 says why no schedule can exist (a dependency cycle, or a resource whose capacity is below one activity’s need).',
    request: { params: PlanParams, ...jsonBody(StartOptimisationBody) },
    responses: { 202: optimisationBody('Started'), ...standardErrors, ...conflictError, ...rateLimitError },
  }),
  get: createRoute({
    method: 'get',
    path: `${path}/{optimisationId}`,
    tags,
    summary: 'One optimiser run: progress, and the schedule before and after',
    request: { params: OptimisationParams },
    responses: { 200: optimisationBody('Run'), ...standardErrors },
  }),
  cancel: createRoute({
    method: 'post',
    path: `${path}/{optimisationId}/cancel`,
    tags,
    summary: 'Stop a running optimisation, keeping the best schedule found so far',
    request: { params: OptimisationParams },
    responses: { 200: optimisationBody('Stopped'), ...standardErrors, ...conflictError },
  }),
  apply: createRoute({
    method: 'post',
    path: `${path}/{optimisationId}/apply`,
    tags,
    summary: "Write the run's schedule into the plan",
    request: { params: OptimisationParams },
    responses: { 200: optimisationBody('Applied'), ...standardErrors, ...conflictError },
  }),
};

export function optimisationRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json({ optimisations: await jobs.listOptimisations({ db, actor, planId }) }, 200);
    })
    .openapi(routes.start, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const optimisation = await jobs.startOptimisation({ db, actor, planId, input: c.req.valid('json') });
      return c.json({ optimisation }, 202);
    })
    .openapi(routes.get, async (c) => {
      const { planId, optimisationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json({ optimisation: await jobs.getOptimisation({ db, actor, planId, optimisationId }) }, 200);
    })
    .openapi(routes.cancel, async (c) => {
      const { planId, optimisationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(
        { optimisation: await jobs.cancelOptimisation({ db, actor, planId, optimisationId }) },
        200,
      );
    })
    .openapi(routes.apply, async (c) => {
      const { planId, optimisationId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(
        { optimisation: await jobs.applyOptimisation({ db, actor, planId, optimisationId }) },
        200,
      );
    });
}
