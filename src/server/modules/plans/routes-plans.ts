import { createRoute, z } from '@hono/zod-openapi';
import { MONTH_PATTERN } from '../../../core/planning/portfolio.ts';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
} from '../shared/row-version.ts';
import * as plansService from './plans-service.ts';
import * as scenarios from './scenarios-service.ts';
import {
  AnalysisSchema,
  CompareParams,
  CreatePlanBody,
  PlanDetailSchema,
  PlanParams,
  PlanSchema,
  PlanSummarySchema,
  ScenarioBody,
  ScheduleBody,
  UpdatePlanBody,
} from './schemas.ts';
import { ComparisonSchema, TrackingSchema } from './schemas-tracking.ts';

const tags = ['Plans'];
const path = '/api/workspaces/{slug}/plans';
const planPath = `${path}/{planId}`;
const planBody = (description: string) => jsonContent(z.object({ plan: PlanSchema }), description);

const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Reform plans and their scenarios',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ plans: z.array(PlanSummarySchema) }), 'Plans'),
      ...standardErrors,
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Start a plan (needs plan:write)',
    request: { params: SlugParam, ...jsonBody(CreatePlanBody) },
    responses: { 201: planBody('Created'), ...standardErrors },
  }),
  get: createRoute({
    method: 'get',
    path: planPath,
    tags,
    summary: 'A plan with its portfolio, dependencies, resources and the analysis of its schedule',
    request: { params: PlanParams },
    responses: { 200: jsonContent(PlanDetailSchema, 'Plan'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: planPath,
    tags,
    summary: 'Rename a plan or change its start month or horizon',
    request: { params: PlanParams, headers: IfMatchHeaders, ...jsonBody(UpdatePlanBody) },
    responses: { 200: planBody('Updated'), ...standardErrors, ...preconditionError },
  }),
  remove: createRoute({
    method: 'delete',
    path: planPath,
    tags,
    summary: 'Delete a plan with everything in it (needs plan:approve)',
    request: { params: PlanParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
  approve: createRoute({
    method: 'post',
    path: `${planPath}/approve`,
    tags,
    summary:
      'Approve the plan: its current schedule becomes the baseline that tracking measures slippage against',
    request: { params: PlanParams },
    responses: { 200: planBody('Approved'), ...standardErrors, ...conflictError },
  }),
  scenario: createRoute({
    method: 'post',
    path: `${planPath}/scenarios`,
    tags,
    summary: 'Copy the plan into a scenario to change capacities, budgets or priorities and re-optimise',
    request: { params: PlanParams, ...jsonBody(ScenarioBody) },
    responses: { 201: planBody('Scenario created'), ...standardErrors },
  }),
  compare: createRoute({
    method: 'get',
    path: `${planPath}/compare/{otherPlanId}`,
    tags,
    summary: 'Compare a plan with one of its scenarios: end dates, cost per year, reforms that slip',
    request: { params: CompareParams },
    responses: { 200: jsonContent(ComparisonSchema, 'Comparison'), ...standardErrors, ...conflictError },
  }),
  tracking: createRoute({
    method: 'get',
    path: `${planPath}/tracking`,
    tags,
    summary: 'Implementation tracking: status, completion and slippage against the approved baseline (RAG)',
    request: {
      params: PlanParams,
      query: z.object({
        asOf: z
          .string()
          .regex(MONTH_PATTERN, 'must be a month as YYYY-MM')
          .optional()
          .openapi({ example: '2026-11' }),
      }),
    },
    responses: { 200: jsonContent(TrackingSchema, 'Tracking'), ...standardErrors },
  }),
  schedule: createRoute({
    method: 'put',
    path: `${planPath}/schedule`,
    tags,
    summary:
      'Set activity start months (e.g. after moving bars on the Gantt); returns the re-checked analysis',
    request: { params: PlanParams, ...jsonBody(ScheduleBody) },
    responses: { 200: jsonContent(z.object({ analysis: AnalysisSchema }), 'Saved'), ...standardErrors },
  }),
};

export function planRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ plans: await plansService.listPlans({ db, actor }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ plan: await plansService.createPlan({ db, actor, input: c.req.valid('json') }) }, 201);
    })
    .openapi(routes.get, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const detail = await plansService.getPlanDetail({ db, actor, planId });
      setVersionTag(c, detail.plan.version);
      return c.json(detail, 200);
    })
    .openapi(routes.update, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const plan = await plansService.updatePlan({
        db,
        actor,
        planId,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, plan.version);
      return c.json({ plan }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { planId } = c.req.valid('param');
      await plansService.deletePlan({
        db,
        actor: workspaceActor(c),
        planId,
      });
      return c.body(null, 204);
    })
    .openapi(routes.approve, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json({ plan: await plansService.approvePlan({ db, actor, planId }) }, 200);
    })
    .openapi(routes.scenario, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(
        { plan: await scenarios.createScenario({ db, actor, planId, input: c.req.valid('json') }) },
        201,
      );
    })
    .openapi(routes.compare, async (c) => {
      const { planId, otherPlanId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(await scenarios.comparePlans({ db, actor, planId, otherPlanId }), 200);
    })
    .openapi(routes.tracking, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      return c.json(
        await scenarios.planTracking({ db, actor, planId, asOf: c.req.valid('query').asOf }),
        200,
      );
    })
    .openapi(routes.schedule, async (c) => {
      const { planId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const { analysis } = await plansService.setSchedule({
        db,
        actor,
        planId,
        starts: c.req.valid('json').starts,
      });
      return c.json({ analysis }, 200);
    });
}
