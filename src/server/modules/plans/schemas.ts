import { z } from '@hono/zod-openapi';
import { CURRENCY_CODE, PURPOSE_CODE_LIST } from '../../../core/finance/codes.ts';
import type { ResourceLoad } from '../../../core/planning/analysis.ts';
import type { HeldActivity } from '../../../core/planning/model.ts';
import {
  ACTIVITY_STATUSES,
  CAPACITY_PERIODS,
  DEPENDENCY_TYPES,
  ITEM_KINDS,
  LIMIT_KINDS,
  MONTH_PATTERN,
  PHASES,
  PLAN_STATUSES,
  RESOURCE_KINDS,
  RISK_CATEGORIES,
  RISK_LEVEL_MAX,
  RISK_LEVEL_MIN,
  RISK_STATUSES,
} from '../../../core/planning/portfolio.ts';
import type { PlanDependencyData, PlanItemData, PlanResourceData } from '../../../core/planning/types.ts';
import { IsoDate as isoDate, SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });
export const PlanParams = SlugParam.extend({ planId: idParam('planId') });
export const ItemParams = PlanParams.extend({ itemId: idParam('itemId') });
export const DependencyParams = PlanParams.extend({ dependencyId: idParam('dependencyId') });
export const ResourceParams = PlanParams.extend({ resourceId: idParam('resourceId') });
export const RiskParams = PlanParams.extend({ riskId: idParam('riskId') });
export const OptimisationParams = PlanParams.extend({ optimisationId: idParam('optimisationId') });
export const CompareParams = PlanParams.extend({ otherPlanId: idParam('otherPlanId') });

const text = (max: number) => z.string().trim().max(max);
const month = z.string().regex(MONTH_PATTERN, 'must be a month as YYYY-MM');
const offset = z.number().int().min(0).max(600);

export const PlanSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    startMonth: z.string().openapi({ example: '2027-01' }),
    horizonMonths: z.number().int(),
    statusDate: z.string().openapi({
      description:
        'the month the plan is re-planned from (what is finished is fixed, what has started keeps its start, nothing else starts before it)',
      example: '2026-12',
    }),
    statusDateIsDefault: z
      .boolean()
      .openapi({ description: 'true when no status date is set: statusDate is then the current month' }),
    quickImpactMonths: z
      .number()
      .int()
      .openapi({ description: 'quick-impact work should start within this many months of the start' }),
    status: z.enum(PLAN_STATUSES),
    approvedAt: Timestamp.nullable(),
    scenarioOf: z.string().nullable(),
    scenarioNote: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('Plan');

export const PlanSummarySchema = PlanSchema.extend({
  activityCount: z.number().int(),
  finishMonth: z
    .number()
    .int()
    .openapi({ description: 'months from the start until the last activity ends' }),
}).openapi('PlanSummary');

const planFields = {
  name: text(200).min(1, 'is required'),
  description: text(5000).nullable().optional(),
  startMonth: month,
  horizonMonths: z.number().int().min(1).max(240),
};
export const CreatePlanBody = z
  .object(planFields)
  .strict()
  .openapi('CreatePlan', {
    example: { name: 'National SSR plan 2027–2031', startMonth: '2027-01', horizonMonths: 60 },
  });
export const UpdatePlanBody = z
  .object({
    name: planFields.name.optional(),
    description: planFields.description,
    startMonth: month.optional(),
    horizonMonths: planFields.horizonMonths.optional(),
    statusDate: month
      .nullable()
      .optional()
      .openapi({ description: 'YYYY-MM; null goes back to the current month' }),
    quickImpactMonths: z.number().int().min(1).max(120).optional(),
  })
  .strict()
  .openapi('UpdatePlan', { example: { statusDate: '2026-12', quickImpactMonths: 6 } });
export const ScenarioBody = z
  .object({ name: text(200).min(1, 'is required'), note: text(2000).nullable().optional() })
  .strict()
  .openapi('CreateScenario', { example: { name: 'EU leaves in 2028', note: 'EU funding ends after 2028' } });

export const PlanItemSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    originId: z.string().nullable(),
    kind: z.enum(ITEM_KINDS),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    phase: z.enum(PHASES),
    quickImpact: z.boolean(),
    leadActorId: z.string().nullable(),
    partnerActorIds: z.array(z.string()),
    needIds: z.array(z.string()),
    principles: z
      .array(z.string())
      .openapi({ description: 'item ids of the ssr-principles framework, e.g. p1' }),
    benchmarks: z.array(z.string()),
    duration: z.number().int().nullable().openapi({ description: 'months (activities); 0 is a milestone' }),
    releaseMonth: z.number().int().nullable(),
    deadlineMonth: z.number().int().nullable(),
    weight: z.number().int(),
    startMonth: z.number().int().nullable(),
    baselineStart: z.number().int().nullable(),
    baselineFinish: z.number().int().nullable(),
    status: z.enum(ACTIVITY_STATUSES),
    percentComplete: z.number().int(),
    actualStart: z.string().nullable(),
    actualFinish: z.string().nullable(),
    demands: z.record(z.string(), z.number()).openapi({ description: 'resourceId → amount' }),
    purposeCode: z.string().nullable().openapi({ description: 'DAC 5-digit purpose code', example: '15210' }),
    recurrentCost: z
      .number()
      .nullable()
      .openapi({ description: 'the yearly cost the activity leaves behind (salaries, upkeep)' }),
    recurrentCurrency: z.string().nullable().openapi({ example: 'USD' }),
    recurrentFromMonth: z.number().int().nullable().openapi({
      description: 'plan month the recurrent cost starts from; null: when the activity finishes',
    }),
    version: VersionField,
  })
  .openapi('PlanItem') satisfies z.ZodType<PlanItemData>;

const itemFields = {
  parentId: z.string().min(1).nullable().optional(),
  kind: z.enum(ITEM_KINDS),
  code: text(40).min(1, 'is required'),
  name: text(300).min(1, 'is required'),
  description: text(10000).nullable().optional(),
  phase: z.enum(PHASES).optional(),
  quickImpact: z.boolean().optional(),
  leadActorId: z.string().min(1).nullable().optional(),
  partnerActorIds: z.array(z.string().min(1)).max(50).optional(),
  needIds: z.array(z.string().min(1)).max(100).optional(),
  principles: z.array(z.string().min(1)).max(50).optional(),
  benchmarks: z.array(text(500).min(1)).max(50).optional(),
  duration: z.number().int().min(0).max(240).nullable().optional(),
  releaseMonth: offset.nullable().optional(),
  deadlineMonth: offset.nullable().optional(),
  weight: z.number().int().min(1).max(100).optional(),
  startMonth: offset.nullable().optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  percentComplete: z.number().int().min(0).max(100).optional(),
  actualStart: isoDate.nullable().optional(),
  actualFinish: isoDate.nullable().optional(),
  demands: z.record(z.string(), z.number().min(0).max(1e12)).optional(),
  purposeCode: z
    .enum(PURPOSE_CODE_LIST, {
      error: `must be one of the DAC purpose codes of security and justice: ${PURPOSE_CODE_LIST.join(', ')}`,
    })
    .nullable()
    .optional(),
  recurrentCost: z.number().min(0).max(1e12).nullable().optional().openapi({
    description: 'yearly, activities only; setting it to null also clears its currency and month',
  }),
  recurrentCurrency: z
    .string()
    .regex(CURRENCY_CODE, 'must be an ISO 4217 code such as USD')
    .nullable()
    .optional()
    .openapi({ description: 'required with a recurrentCost' }),
  recurrentFromMonth: offset.nullable().optional(),
};
export const CreateItemBody = z
  .object(itemFields)
  .strict()
  .openapi('CreatePlanItem', {
    example: { kind: 'programme', code: 'P1', name: 'Legal framework' },
  });
export const UpdateItemBody = z
  .object({
    ...itemFields,
    kind: z.enum(ITEM_KINDS).optional(),
    code: itemFields.code.optional(),
    name: itemFields.name.optional(),
  })
  .strict();

export const DependencySchema = z
  .object({
    id: z.string(),
    predecessorId: z.string(),
    successorId: z.string(),
    type: z.enum(DEPENDENCY_TYPES),
    lag: z.number().int(),
  })
  .openapi('PlanDependency') satisfies z.ZodType<PlanDependencyData>;
export const CreateDependencyBody = z
  .object({
    predecessorId: z.string().min(1),
    successorId: z.string().min(1),
    type: z.enum(DEPENDENCY_TYPES).optional(),
    lag: z.number().int().min(0).max(120).optional(),
  })
  .strict()
  .openapi('CreatePlanDependency', {
    example: { predecessorId: 'item-a', successorId: 'item-b', type: 'FS', lag: 0 },
  });

export const ResourceSchema = z
  .object({
    id: z.string(),
    originId: z.string().nullable(),
    name: z.string(),
    kind: z.enum(RESOURCE_KINDS),
    unit: z.string(),
    funderActorId: z.string().nullable(),
    currency: z.string().nullable(),
    limitKind: z.enum(LIMIT_KINDS),
    capacityPeriod: z.enum(CAPACITY_PERIODS),
    capacities: z.array(z.number()),
    version: VersionField,
  })
  .openapi('PlanResource') satisfies z.ZodType<PlanResourceData>;
const resourceFields = {
  name: text(200).min(1, 'is required'),
  kind: z.enum(RESOURCE_KINDS),
  unit: text(40).min(1, 'is required'),
  funderActorId: z.string().min(1).nullable().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
    .nullable()
    .optional(),
  limitKind: z.enum(LIMIT_KINDS),
  capacityPeriod: z.enum(CAPACITY_PERIODS),
  capacities: z.array(z.number().min(0).max(1e12)).min(1, 'needs at least one capacity').max(240),
};
export const CreateResourceBody = z
  .object(resourceFields)
  .strict()
  .openapi('CreatePlanResource', {
    example: {
      name: 'Advisers',
      kind: 'technical_experts',
      unit: 'advisers',
      limitKind: 'concurrent',
      capacityPeriod: 'quarter',
      capacities: [4],
    },
  });
export const UpdateResourceBody = z
  .object({
    ...resourceFields,
    name: resourceFields.name.optional(),
    kind: resourceFields.kind.optional(),
    unit: resourceFields.unit.optional(),
    limitKind: resourceFields.limitKind.optional(),
    capacityPeriod: resourceFields.capacityPeriod.optional(),
    capacities: resourceFields.capacities.optional(),
  })
  .strict();

export const ScheduleBody = z
  .object({
    starts: z.record(z.string(), offset).openapi({ description: 'activity id → start month offset' }),
  })
  .strict()
  .openapi('SetSchedule', { example: { starts: { 'item-a': 0 } } });

export const ViolationSchema = z
  .object({ kind: z.string(), message: z.string(), itemIds: z.array(z.string()) })
  .openapi('ScheduleViolation');
export const ResourceLoadSchema = z
  .object({
    resourceId: z.string(),
    name: z.string(),
    unit: z.string(),
    limitKind: z.enum(LIMIT_KINDS),
    capacityPeriod: z.enum(CAPACITY_PERIODS),
    periods: z.array(
      z.object({ period: z.number().int(), used: z.number(), capacity: z.number(), over: z.boolean() }),
    ),
  })
  .openapi('ResourceLoad') satisfies z.ZodType<ResourceLoad>;
export const CostPerYearSchema = z.object({
  resourceId: z.string(),
  name: z.string(),
  currency: z.string().nullable(),
  years: z.array(z.number()),
});
export const HeldActivitySchema = z
  .object({
    itemId: z.string(),
    code: z.string(),
    state: z.enum(['finished', 'started']),
    start: z.number().int().openapi({ description: 'month offset of its actual start' }),
    finish: z.number().int().openapi({
      description: 'finished: the month after its actual finish; started: when its remaining work ends',
    }),
  })
  .openapi('HeldActivity') satisfies z.ZodType<HeldActivity>;
export const PhaseWarningSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('quick_impact_late'),
      itemIds: z.array(z.string()),
      start: z.number().int(),
      limit: z
        .number()
        .int()
        .openapi({ description: 'quick-impact work should start before this month offset' }),
    }),
    z.object({
      kind: z.literal('consolidation_before_main'),
      itemIds: z
        .array(z.string())
        .openapi({ description: 'the consolidation activity, then the main-phase activity it follows' }),
      start: z.number().int(),
      mainStart: z.number().int(),
    }),
  ])
  .openapi('PhaseWarning');
export const AnalysisSchema = z
  .object({
    statusMonth: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "the status date as a month offset from the plan's start (never below 0)" }),
    held: z.array(HeldActivitySchema),
    finishMonth: z.number().int(),
    lowerBound: z.number().int().nullable(),
    criticalPath: z.array(z.string()),
    violations: z.array(ViolationSchema),
    warnings: z.array(PhaseWarningSchema),
    infeasibility: z
      .object({
        kind: z.string(),
        /** English, for API clients; the web words it from the fields below in the reader's language. */
        message: z.string(),
        itemIds: z.array(z.string()),
        capacity: z
          .object({
            resourceId: z.string(),
            month: z
              .number()
              .int()
              .openapi({ description: "first short month, counted from the plan's start" }),
            need: z.number(),
            available: z.number(),
          })
          .nullable(),
      })
      .nullable(),
    loads: z.array(ResourceLoadSchema),
    costPerYear: z.array(CostPerYearSchema),
  })
  .openapi('PlanAnalysis');

export const PlanDetailSchema = z
  .object({
    plan: PlanSchema,
    items: z.array(PlanItemSchema),
    dependencies: z.array(DependencySchema),
    resources: z.array(ResourceSchema),
    analysis: AnalysisSchema,
  })
  .openapi('PlanDetail');

export const RiskSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    category: z.enum(RISK_CATEGORIES),
    likelihood: z.number().int(),
    impact: z.number().int(),
    score: z.number().int(),
    rating: z.enum(['low', 'medium', 'high', 'critical']),
    ownerActorId: z.string().nullable(),
    ownerName: z.string().nullable(),
    mitigation: z.string().nullable(),
    status: z.enum(RISK_STATUSES),
    itemIds: z.array(z.string()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('Risk');
const level = z.number().int().min(RISK_LEVEL_MIN).max(RISK_LEVEL_MAX);
const riskFields = {
  title: text(300).min(1, 'is required'),
  description: text(10000).nullable().optional(),
  category: z.enum(RISK_CATEGORIES),
  likelihood: level,
  impact: level,
  ownerActorId: z.string().min(1).nullable().optional(),
  ownerName: text(200).nullable().optional(),
  mitigation: text(10000).nullable().optional(),
  status: z.enum(RISK_STATUSES).optional(),
  itemIds: z.array(z.string().min(1)).max(100).optional(),
};
export const CreateRiskBody = z
  .object(riskFields)
  .strict()
  .openapi('CreateRisk', {
    example: { title: 'Hard-liners block the police law', category: 'spoilers', likelihood: 3, impact: 5 },
  });
export const UpdateRiskBody = z
  .object({
    ...riskFields,
    title: riskFields.title.optional(),
    category: riskFields.category.optional(),
    likelihood: level.optional(),
    impact: level.optional(),
  })
  .strict();
