import { z } from '@hono/zod-openapi';
import { ACTIVITY_STATUSES } from '../../../core/planning/portfolio.ts';
import { CostPerYearSchema } from './schemas.ts';

export const ItemChangeSchema = z.object({
  itemId: z.string(),
  code: z.string(),
  name: z.string(),
  baseFinish: z.number().int().openapi({ description: "month offset from the base plan's start" }),
  scenarioFinish: z.number().int().openapi({ description: "month offset from the scenario's start" }),
  months: z
    .number()
    .int()
    .openapi({ description: 'calendar months the item ends later (negative: earlier), across both starts' }),
});
export const ComparedPlanSchema = z.object({
  planId: z.string(),
  name: z.string(),
  startMonth: z.string().openapi({ example: '2027-01' }),
  offsetMonths: z
    .number()
    .int()
    .openapi({ description: "months from the comparison's startMonth to this plan's start" }),
  finishMonth: z.number().int().openapi({ description: "month offset from this plan's own start" }),
  costPerYear: z.array(CostPerYearSchema).openapi({
    description: "12-month blocks from the comparison's startMonth (the same blocks for both plans)",
  }),
});
export const ComparisonSchema = z
  .object({
    startMonth: z.string().openapi({
      description: "the earlier of the two plans' starts: month 0 of the common calendar",
      example: '2027-01',
    }),
    base: ComparedPlanSchema,
    scenario: ComparedPlanSchema,
    finishDelta: z
      .number()
      .int()
      .openapi({ description: 'calendar months the scenario ends after the base (negative: before)' }),
    slips: z.array(ItemChangeSchema),
    gains: z.array(ItemChangeSchema),
  })
  .openapi('ScenarioComparison');

const rag = z.enum(['green', 'amber', 'red', 'grey']);
const ragCounts = z.object({
  green: z.number().int(),
  amber: z.number().int(),
  red: z.number().int(),
  grey: z.number().int(),
});
export const TrackingSchema = z
  .object({
    asOfMonth: z
      .number()
      .int()
      .openapi({ description: 'the current month as an offset from the plan start' }),
    totals: ragCounts,
    programmes: z.array(
      z.object({
        itemId: z.string(),
        code: z.string(),
        name: z.string(),
        counts: ragCounts,
        percentComplete: z.number().int(),
        rag,
      }),
    ),
    activities: z.array(
      z.object({
        itemId: z.string(),
        code: z.string(),
        name: z.string(),
        status: z.enum(ACTIVITY_STATUSES),
        percentComplete: z.number().int(),
        slippage: z.number().int().nullable(),
        rag,
      }),
    ),
  })
  .openapi('PlanTracking');
