import { z } from '@hono/zod-openapi';
import type { AssessmentAggregation, GroupResult } from '../../../core/assessment/aggregate.ts';
import type { BaselineComparison } from '../../../core/assessment/baseline.ts';
import type { Consolidation } from '../../../core/assessment/consolidate.ts';
import type { GapAnalysis } from '../../../core/assessment/gaps.ts';
import { ASSESSMENT_STATUSES } from '../../../core/assessment/workflow.ts';
import { SSR_DIMENSIONS } from '../../../core/frameworks/types.ts';

// The scoring engine's results as the API sends them; each schema is checked against its core type.

export const AnswerValueSchema = z
  .union([z.number(), z.literal('na'), z.literal('insufficient_evidence')])
  .openapi('AnswerValue', { description: 'a level of the scale, "na" or "insufficient_evidence"' });

const LocalizedRecord = z.record(z.string(), z.string());
const ScaleRangeSchema = z.object({ min: z.number(), max: z.number() });
const CountsSchema = z.object({
  scored: z.number().int(),
  notApplicable: z.number().int(),
  insufficientEvidence: z.number().int(),
  unanswered: z.number().int(),
});
const scoredNode = {
  id: z.string(),
  code: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  counts: CountsSchema,
};
const ItemResultSchema = z.object({
  ...scoredNode,
  answer: AnswerValueSchema.nullable(),
  weight: z.number(),
});
const GroupResultSchema: z.ZodType<GroupResult> = z
  .lazy(() =>
    z.object({
      ...scoredNode,
      dimension: z.enum(SSR_DIMENSIONS).nullable(),
      weight: z.number(),
      derivedRule: z.boolean(),
      items: z.array(ItemResultSchema),
      groups: z.array(GroupResultSchema),
    }),
  )
  .openapi('AssessmentGroupResult');

export const AggregationSchema = z.object({
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  range: ScaleRangeSchema,
  overall: z.object({ score: z.number().nullable(), band: z.string().nullable(), counts: CountsSchema }),
  groups: z.array(GroupResultSchema),
}) satisfies z.ZodType<AssessmentAggregation>;

export const ConsolidationSchema = z.object({
  assessors: z.array(z.string()),
  items: z.array(
    z.object({
      itemId: z.string(),
      code: z.string(),
      answers: z.record(z.string(), AnswerValueSchema.nullable()),
      scored: z.number().int(),
      mean: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      spread: z.number().nullable(),
      spreadSteps: z.number().nullable(),
      disagreement: z.boolean(),
      applicabilityConflict: z.boolean(),
    }),
  ),
  disagreements: z.array(z.string()),
}) satisfies z.ZodType<Consolidation>;

const ItemGapSchema = z.object({
  itemId: z.string(),
  code: z.string(),
  groupIds: z.array(z.string()),
  current: z.number().nullable(),
  target: z.number(),
  gap: z.number().nullable(),
  normalisedGap: z.number().nullable(),
  status: z.enum(['below_target', 'meets_target', 'not_applicable', 'insufficient_evidence', 'unanswered']),
  importance: z.number(),
  priority: z.number().nullable(),
});
export const GapAnalysisSchema = z.object({
  items: z.array(ItemGapSchema),
  needs: z.array(ItemGapSchema),
}) satisfies z.ZodType<GapAnalysis>;

const ChangeSchema = z.object({
  baseline: z.number().nullable(),
  current: z.number().nullable(),
  change: z.number().nullable(),
  direction: z.enum(['improved', 'declined', 'unchanged', 'not_comparable']),
});
const NodeChangeSchema = ChangeSchema.extend({ id: z.string(), code: z.string() });
export const BaselineComparisonSchema = z.object({
  overall: ChangeSchema,
  groups: z.array(NodeChangeSchema),
  items: z.array(NodeChangeSchema),
}) satisfies z.ZodType<BaselineComparison>;

export const AssessmentResultsSchema = z
  .object({
    aggregation: AggregationSchema,
    consolidation: ConsolidationSchema,
    gaps: GapAnalysisSchema,
    baseline: z
      .object({ id: z.string(), title: z.string(), comparison: BaselineComparisonSchema })
      .nullable(),
  })
  .openapi('AssessmentResults');

export const HeatmapSchema = z
  .object({
    framework: z.object({ id: z.string(), version: z.string(), name: LocalizedRecord }),
    range: ScaleRangeSchema.nullable(),
    groups: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: LocalizedRecord,
        dimension: z.enum(SSR_DIMENSIONS).nullable(),
      }),
    ),
    rows: z.array(
      z.object({
        actor: z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() }),
        assessment: z.object({ id: z.string(), title: z.string(), status: z.enum(ASSESSMENT_STATUSES) }),
        scores: z.record(z.string(), z.number().nullable()),
        overall: z.number().nullable(),
      }),
    ),
  })
  .openapi('AssessmentHeatmap');
