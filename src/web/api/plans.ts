// Typed client for the reform plan API (server: src/server/modules/plans).

import type { ResourceLoad } from '../../core/planning/analysis';
import type { HeldActivity } from '../../core/planning/model';
import type { PhaseWarning } from '../../core/planning/phases';
import type {
  ActivityStatus,
  CapacityPeriod,
  DependencyType,
  ItemKind,
  LimitKind,
  Phase,
  PlanStatus,
  ResourceKind,
  RiskCategory,
  RiskRating,
  RiskStatus,
} from '../../core/planning/portfolio';
import type { Rag } from '../../core/planning/tracking';
import { apiRequest, queryString } from './http';

export interface Plan {
  id: string;
  name: string;
  description: string | null;
  startMonth: string;
  horizonMonths: number;
  /** The month the plan is re-planned from ('YYYY-MM'); the current month when statusDateIsDefault. */
  statusDate: string;
  statusDateIsDefault: boolean;
  quickImpactMonths: number;
  status: PlanStatus;
  approvedAt: string | null;
  scenarioOf: string | null;
  scenarioNote: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlanSummary extends Plan {
  activityCount: number;
  finishMonth: number;
}

export interface PlanItem {
  id: string;
  parentId: string | null;
  originId: string | null;
  kind: ItemKind;
  code: string;
  name: string;
  description: string | null;
  phase: Phase;
  quickImpact: boolean;
  leadActorId: string | null;
  partnerActorIds: string[];
  needIds: string[];
  principles: string[];
  benchmarks: string[];
  duration: number | null;
  releaseMonth: number | null;
  deadlineMonth: number | null;
  weight: number;
  startMonth: number | null;
  baselineStart: number | null;
  baselineFinish: number | null;
  status: ActivityStatus;
  percentComplete: number;
  actualStart: string | null;
  actualFinish: string | null;
  demands: Record<string, number>;
}

export type PlanItemInput = Partial<Omit<PlanItem, 'id' | 'originId' | 'baselineStart' | 'baselineFinish'>>;

export interface PlanDependency {
  id: string;
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  lag: number;
}

export interface PlanResource {
  id: string;
  originId: string | null;
  name: string;
  kind: ResourceKind;
  unit: string;
  funderActorId: string | null;
  currency: string | null;
  limitKind: LimitKind;
  capacityPeriod: CapacityPeriod;
  capacities: number[];
}

export type PlanResourceInput = Partial<Omit<PlanResource, 'id' | 'originId'>>;

export interface ScheduleViolation {
  kind: string;
  message: string;
  itemIds: string[];
}

export interface CostPerYear {
  resourceId: string;
  name: string;
  currency: string | null;
  years: number[];
}

export interface PlanAnalysis {
  statusMonth: number | null;
  held: HeldActivity[];
  warnings: PhaseWarning[];
  finishMonth: number;
  lowerBound: number | null;
  criticalPath: string[];
  violations: ScheduleViolation[];
  infeasibility: { kind: string; message: string; itemIds: string[] } | null;
  loads: ResourceLoad[];
  costPerYear: CostPerYear[];
}

export interface PlanDetail {
  plan: Plan;
  items: PlanItem[];
  dependencies: PlanDependency[];
  resources: PlanResource[];
  analysis: PlanAnalysis;
}

export interface Risk {
  id: string;
  planId: string;
  title: string;
  description: string | null;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  score: number;
  rating: RiskRating;
  ownerActorId: string | null;
  ownerName: string | null;
  mitigation: string | null;
  status: RiskStatus;
  itemIds: string[];
  createdAt: string;
  updatedAt: string;
}

export type RiskInput = Partial<Omit<Risk, 'id' | 'planId' | 'score' | 'rating' | 'createdAt' | 'updatedAt'>>;

export type Objective = 'makespan' | 'weighted-completion';

export interface ScheduleSnapshot {
  starts: Record<string, number>;
  finishMonth: number;
  weightedCompletion: number;
  deadlineMisses: { itemId: string; lateBy: number }[];
  violations: number;
}

export interface Optimisation {
  id: string;
  planId: string;
  status: 'running' | 'done' | 'failed' | 'cancelled' | 'applied';
  objective: Objective;
  scheduleBudget: number;
  timeLimitSeconds: number;
  seed: number;
  progress: number;
  schedules: number;
  lowerBound: number | null;
  before: ScheduleSnapshot | null;
  after: ScheduleSnapshot | null;
  /** The status date the run re-planned from, and what it could not move. */
  statusDate: string | null;
  held: HeldActivity[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ItemChange {
  itemId: string;
  code: string;
  name: string;
  baseFinish: number;
  scenarioFinish: number;
  months: number;
}

export interface ComparedPlan {
  planId: string;
  name: string;
  startMonth: string;
  /** Months from the comparison's startMonth to this plan's start. */
  offsetMonths: number;
  /** Month offset from this plan's own start. */
  finishMonth: number;
  /** 12-month blocks from the comparison's startMonth, the same for both plans. */
  costPerYear: CostPerYear[];
}

/** Two plans on one calendar counted from the earlier start (`startMonth`). */
export interface ScenarioComparison {
  startMonth: string;
  base: ComparedPlan;
  scenario: ComparedPlan;
  /** Calendar months the scenario ends after the base (negative: before). */
  finishDelta: number;
  slips: ItemChange[];
  gains: ItemChange[];
}

type RagCounts = Record<Rag, number>;
export interface PlanTracking {
  asOfMonth: number;
  totals: RagCounts;
  programmes: {
    itemId: string;
    code: string;
    name: string;
    counts: RagCounts;
    percentComplete: number;
    rag: Rag;
  }[];
  activities: {
    itemId: string;
    code: string;
    name: string;
    status: ActivityStatus;
    percentComplete: number;
    slippage: number | null;
    rag: Rag;
  }[];
}

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/plans`;
const planPath = (slug: string, planId: string) => `${base(slug)}/${encodeURIComponent(planId)}`;

export const plansApi = {
  list: (slug: string) => apiRequest<{ plans: PlanSummary[] }>('GET', base(slug)),
  create: (
    slug: string,
    input: { name: string; description?: string | null; startMonth: string; horizonMonths: number },
  ) => apiRequest<{ plan: Plan }>('POST', base(slug), input),
  get: (slug: string, planId: string) => apiRequest<PlanDetail>('GET', planPath(slug, planId)),
  update: (
    slug: string,
    planId: string,
    patch: Partial<
      Pick<Plan, 'name' | 'description' | 'startMonth' | 'horizonMonths' | 'quickImpactMonths'> & {
        statusDate: string | null;
      }
    >,
  ) => apiRequest<{ plan: Plan }>('PATCH', planPath(slug, planId), patch),
  remove: (slug: string, planId: string) => apiRequest<void>('DELETE', planPath(slug, planId)),
  approve: (slug: string, planId: string) =>
    apiRequest<{ plan: Plan }>('POST', `${planPath(slug, planId)}/approve`),
  createScenario: (slug: string, planId: string, input: { name: string; note?: string | null }) =>
    apiRequest<{ plan: Plan }>('POST', `${planPath(slug, planId)}/scenarios`, input),
  compare: (slug: string, planId: string, otherPlanId: string) =>
    apiRequest<ScenarioComparison>(
      'GET',
      `${planPath(slug, planId)}/compare/${encodeURIComponent(otherPlanId)}`,
    ),
  tracking: (slug: string, planId: string, asOf?: string) =>
    apiRequest<PlanTracking>('GET', `${planPath(slug, planId)}/tracking${queryString({ asOf })}`),
  setSchedule: (slug: string, planId: string, starts: Record<string, number>) =>
    apiRequest<{ analysis: PlanAnalysis }>('PUT', `${planPath(slug, planId)}/schedule`, { starts }),

  createItem: (slug: string, planId: string, input: PlanItemInput) =>
    apiRequest<{ item: PlanItem }>('POST', `${planPath(slug, planId)}/items`, input),
  updateItem: (slug: string, planId: string, itemId: string, patch: PlanItemInput) =>
    apiRequest<{ item: PlanItem }>(
      'PATCH',
      `${planPath(slug, planId)}/items/${encodeURIComponent(itemId)}`,
      patch,
    ),
  removeItem: (slug: string, planId: string, itemId: string) =>
    apiRequest<void>('DELETE', `${planPath(slug, planId)}/items/${encodeURIComponent(itemId)}`),

  createDependency: (
    slug: string,
    planId: string,
    input: Omit<PlanDependency, 'id' | 'type' | 'lag'> & Partial<Pick<PlanDependency, 'type' | 'lag'>>,
  ) => apiRequest<{ dependency: PlanDependency }>('POST', `${planPath(slug, planId)}/dependencies`, input),
  removeDependency: (slug: string, planId: string, dependencyId: string) =>
    apiRequest<void>('DELETE', `${planPath(slug, planId)}/dependencies/${encodeURIComponent(dependencyId)}`),

  createResource: (slug: string, planId: string, input: PlanResourceInput) =>
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
  createRisk: (slug: string, planId: string, input: RiskInput) =>
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
  startOptimisation: (
    slug: string,
    planId: string,
    input: { objective?: Objective; schedules?: number; timeLimitSeconds?: number; seed?: number },
  ) => apiRequest<{ optimisation: Optimisation }>('POST', `${planPath(slug, planId)}/optimisations`, input),
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
