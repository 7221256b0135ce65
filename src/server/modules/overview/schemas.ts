import { z } from '@hono/zod-openapi';
import { ASSESSMENT_STATUSES } from '../../../core/assessment/workflow.ts';
import { COMMITMENT_STATUSES } from '../../../core/coordination/compacts.ts';
import { TASK_KINDS } from '../../../core/overview/tasks.ts';
import { PLAN_STATUSES } from '../../../core/planning/portfolio.ts';
import {
  ActorRefSchema,
  CategoryGroupSchema,
  CategorySchema,
  OversightKindSchema,
  RelationTypeSchema,
} from '../sector-map/schemas.ts';

const count = z.number().int().min(0);
const Month = z.string().openapi({ example: '2027-03', description: "'YYYY-MM'" });

const SectorMapOverviewSchema = z.object({
  actorCount: count,
  relationCount: count,
  byGroup: z.array(z.object({ group: CategoryGroupSchema, count })),
  byCategory: z.array(z.object({ category: CategorySchema, count })),
  relationsByType: z.array(z.object({ type: RelationTypeSchema, count })),
  oversight: z.object({
    requiredKinds: z.array(OversightKindSchema),
    /** Armed actors whose oversight was checked. */
    assessedCount: count,
    gapCount: count,
    gaps: z
      .array(z.object({ actor: ActorRefSchema, missing: z.array(OversightKindSchema) }))
      .openapi({ description: 'The most exposed armed actors first (at most five)' }),
  }),
});

const AssessmentOverviewSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  frameworkName: z.record(z.string(), z.string()),
  range: z.object({ min: z.number(), max: z.number() }),
  score: z.number().nullable(),
  band: z.string().nullable(),
  itemCount: count,
  scoredCount: count,
  baseline: z
    .object({
      id: z.string(),
      title: z.string(),
      score: z.number().nullable(),
      band: z.string().nullable(),
      change: z.number().nullable(),
      direction: z.enum(['improved', 'declined', 'unchanged', 'not_comparable']),
    })
    .nullable(),
});

const PlanOverviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(PLAN_STATUSES),
  statusDate: Month,
  activityCount: count,
  progress: z.object({ onTrack: count, atRisk: count, delayed: count, done: count, notBaselined: count }),
  nextMilestones: z.array(
    z.object({ itemId: z.string(), code: z.string(), name: z.string(), month: Month, overdue: z.boolean() }),
  ),
});

const HighRiskSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planName: z.string(),
  title: z.string(),
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  rating: z.enum(['high', 'critical']),
  status: z.enum(['open', 'mitigating']),
});

const OverdueCommitmentSchema = z.object({
  id: z.string(),
  mechanismId: z.string(),
  mechanismName: z.string(),
  commitment: z.string(),
  dueDate: z.string(),
  daysOverdue: count,
  status: z.enum(COMMITMENT_STATUSES),
});

export const TaskSchema = z
  .object({
    kind: z.enum(TASK_KINDS),
    subject: z.enum(['assessment', 'plan', 'flag']),
    subjectId: z.string(),
    title: z.string(),
    remaining: count.nullable().openapi({ description: 'Items still to score (score tasks only)' }),
  })
  .openapi('OverviewTask');

export const OverviewSchema = z
  .object({
    sectorMap: SectorMapOverviewSchema,
    assessment: AssessmentOverviewSchema.nullable().openapi({
      description: 'The newest assessment; null without one',
    }),
    plan: PlanOverviewSchema.nullable().openapi({
      description: 'The newest approved plan (else the newest draft), scenarios aside; null without one',
    }),
    risks: z.object({ openHighCount: count, top: z.array(HighRiskSchema) }),
    tasks: z.array(TaskSchema),
    compacts: z.object({ overdueCount: count, top: z.array(OverdueCommitmentSchema) }).openapi({
      description: 'Compact commitments past their due date today and not met, the longest overdue first',
    }),
  })
  .openapi('WorkspaceOverview');
