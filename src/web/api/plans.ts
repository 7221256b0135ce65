// Typed client for the reform plan API (server: src/server/modules/plans).

import type { z } from 'zod';
import type {
  AnalysisSchema,
  CostPerYearSchema,
  CreateDependencyBody,
  CreateItemBody,
  CreatePlanBody,
  CreateResourceBody,
  CreateRiskBody,
  DependencySchema,
  PlanDetailSchema,
  PlanItemSchema,
  PlanSchema,
  PlanSummarySchema,
  ResourceSchema,
  RiskSchema,
  ScenarioBody,
  ScheduleBody,
  UpdateItemBody,
  UpdatePlanBody,
  UpdateResourceBody,
  UpdateRiskBody,
  ViolationSchema,
} from '../../server/modules/plans/schemas';
import type {
  OptimisationSchema,
  ScheduleSnapshotSchema,
  StartOptimisationBody,
} from '../../server/modules/plans/schemas-optimise';
import type {
  ComparedPlanSchema,
  ComparisonSchema,
  ItemChangeSchema,
  TrackingSchema,
} from '../../server/modules/plans/schemas-tracking';
import { apiRequest, queryString } from './http';

// Request and response shapes are the server's route schemas (types only: nothing of the server is bundled).
export type Plan = z.output<typeof PlanSchema>;
export type PlanSummary = z.output<typeof PlanSummarySchema>;
export type PlanItem = z.output<typeof PlanItemSchema>;
export type PlanItemInput = z.input<typeof UpdateItemBody>;
export type NewPlanItem = z.input<typeof CreateItemBody>;
export type PlanDependency = z.output<typeof DependencySchema>;
export type PlanResource = z.output<typeof ResourceSchema>;
export type PlanResourceInput = z.input<typeof UpdateResourceBody>;
export type NewPlanResource = z.input<typeof CreateResourceBody>;
export type ScheduleViolation = z.output<typeof ViolationSchema>;
export type CostPerYear = z.output<typeof CostPerYearSchema>;
export type PlanAnalysis = z.output<typeof AnalysisSchema>;
export type PlanDetail = z.output<typeof PlanDetailSchema>;
export type Risk = z.output<typeof RiskSchema>;
export type RiskInput = z.input<typeof UpdateRiskBody>;
export type NewRisk = z.input<typeof CreateRiskBody>;
export type Objective = Optimisation['objective'];
export type ScheduleSnapshot = z.output<typeof ScheduleSnapshotSchema>;
export type Optimisation = z.output<typeof OptimisationSchema>;
export type ItemChange = z.output<typeof ItemChangeSchema>;
/** One plan of a comparison; its months count from the comparison's startMonth. */
export type ComparedPlan = z.output<typeof ComparedPlanSchema>;
/** Two plans on one calendar counted from the earlier start (`startMonth`). */
export type ScenarioComparison = z.output<typeof ComparisonSchema>;
export type PlanTracking = z.output<typeof TrackingSchema>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/plans`;
const planPath = (slug: string, planId: string) => `${base(slug)}/${encodeURIComponent(planId)}`;

export const plansApi = {
  list: (slug: string) => apiRequest<{ plans: PlanSummary[] }>('GET', base(slug)),
  create: (slug: string, input: z.input<typeof CreatePlanBody>) =>
    apiRequest<{ plan: Plan }>('POST', base(slug), input),
  get: (slug: string, planId: string) => apiRequest<PlanDetail>('GET', planPath(slug, planId)),
  update: (slug: string, planId: string, patch: z.input<typeof UpdatePlanBody>) =>
    apiRequest<{ plan: Plan }>('PATCH', planPath(slug, planId), patch),
  remove: (slug: string, planId: string) => apiRequest<void>('DELETE', planPath(slug, planId)),
  approve: (slug: string, planId: string) =>
    apiRequest<{ plan: Plan }>('POST', `${planPath(slug, planId)}/approve`),
  createScenario: (slug: string, planId: string, input: z.input<typeof ScenarioBody>) =>
    apiRequest<{ plan: Plan }>('POST', `${planPath(slug, planId)}/scenarios`, input),
  compare: (slug: string, planId: string, otherPlanId: string) =>
    apiRequest<ScenarioComparison>(
      'GET',
      `${planPath(slug, planId)}/compare/${encodeURIComponent(otherPlanId)}`,
    ),
  tracking: (slug: string, planId: string, asOf?: string) =>
    apiRequest<PlanTracking>('GET', `${planPath(slug, planId)}/tracking${queryString({ asOf })}`),
  setSchedule: (slug: string, planId: string, starts: z.input<typeof ScheduleBody>['starts']) =>
    apiRequest<{ analysis: PlanAnalysis }>('PUT', `${planPath(slug, planId)}/schedule`, { starts }),

  createItem: (slug: string, planId: string, input: NewPlanItem) =>
    apiRequest<{ item: PlanItem }>('POST', `${planPath(slug, planId)}/items`, input),
  updateItem: (slug: string, planId: string, itemId: string, patch: PlanItemInput) =>
    apiRequest<{ item: PlanItem }>(
      'PATCH',
      `${planPath(slug, planId)}/items/${encodeURIComponent(itemId)}`,
      patch,
    ),
  removeItem: (slug: string, planId: string, itemId: string) =>
    apiRequest<void>('DELETE', `${planPath(slug, planId)}/items/${encodeURIComponent(itemId)}`),

  createDependency: (slug: string, planId: string, input: z.input<typeof CreateDependencyBody>) =>
    apiRequest<{ dependency: PlanDependency }>('POST', `${planPath(slug, planId)}/dependencies`, input),
  removeDependency: (slug: string, planId: string, dependencyId: string) =>
    apiRequest<void>('DELETE', `${planPath(slug, planId)}/dependencies/${encodeURIComponent(dependencyId)}`),

  createResource: (slug: string, planId: string, input: NewPlanResource) =>
    apiRequest<{ resource: PlanResource }>('POST', `${planPath(slug, planId)}/resources`, input),
  updateResource: (slug: string, planId: string, resourceId: string, patch: PlanResourceInput) =>
    apiRequest<{ resource: PlanResource }>(
      'PATCH',
      `${planPath(slug, planId)}/resources/${encodeURIComponent(resourceId)}`,
      patch,
    ),
  removeResource: (slug: string, planId: string, resourceId: string) =>
    apiRequest<void>('DELETE', `${planPath(slug, planId)}/resources/${encodeURIComponent(resourceId)}`),

  risks: (slug: string, planId: string) =>
    apiRequest<{ risks: Risk[] }>('GET', `${planPath(slug, planId)}/risks`),
  createRisk: (slug: string, planId: string, input: NewRisk) =>
    apiRequest<{ risk: Risk }>('POST', `${planPath(slug, planId)}/risks`, input),
  updateRisk: (slug: string, planId: string, riskId: string, patch: RiskInput) =>
    apiRequest<{ risk: Risk }>(
      'PATCH',
      `${planPath(slug, planId)}/risks/${encodeURIComponent(riskId)}`,
      patch,
    ),
  removeRisk: (slug: string, planId: string, riskId: string) =>
    apiRequest<void>('DELETE', `${planPath(slug, planId)}/risks/${encodeURIComponent(riskId)}`),

  optimisations: (slug: string, planId: string) =>
    apiRequest<{ optimisations: Optimisation[] }>('GET', `${planPath(slug, planId)}/optimisations`),
  startOptimisation: (slug: string, planId: string, input: z.input<typeof StartOptimisationBody>) =>
    apiRequest<{ optimisation: Optimisation }>('POST', `${planPath(slug, planId)}/optimisations`, input),
  optimisation: (slug: string, planId: string, optimisationId: string) =>
    apiRequest<{ optimisation: Optimisation }>(
      'GET',
      `${planPath(slug, planId)}/optimisations/${encodeURIComponent(optimisationId)}`,
    ),
  cancelOptimisation: (slug: string, planId: string, optimisationId: string) =>
    apiRequest<{ optimisation: Optimisation }>(
      'POST',
      `${planPath(slug, planId)}/optimisations/${encodeURIComponent(optimisationId)}/cancel`,
    ),
  applyOptimisation: (slug: string, planId: string, optimisationId: string) =>
    apiRequest<{ optimisation: Optimisation }>(
      'POST',
      `${planPath(slug, planId)}/optimisations/${encodeURIComponent(optimisationId)}/apply`,
    ),
};
