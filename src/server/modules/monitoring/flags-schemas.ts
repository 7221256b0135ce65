import { z } from '@hono/zod-openapi';
import { DECISIONS, STATUSES } from '../../../core/indicators/types.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

const idParam = (name: string) => z.string().openapi({ param: { name, in: 'path' } });

export const FlagParams = SlugParam.extend({ flagId: idParam('flagId') });

export const FlagsQuery = z.object({
  status: z
    .enum(['open', 'decided'])
    .optional()
    .openapi({ description: 'open: no decision yet; decided: with a decision; both when absent' }),
  planId: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'Only flags whose plan items up for review belong to this plan' }),
});

export const ReviewItemSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    planId: z.string(),
    planName: z.string(),
  })
  .openapi('ReviewPlanItem');

export const FlagSchema = z
  .object({
    id: z.string(),
    indicatorId: z.string(),
    indicatorCode: z.string(),
    indicatorName: z.string().openapi({ description: "In the reader's language when translated" }),
    orgUnitId: z.string(),
    orgUnitName: z.string(),
    period: z.string(),
    status: z
      .enum(STATUSES)
      .openapi({ description: 'The status when the flag was raised or last refreshed' }),
    actual: z.number().nullable(),
    expected: z.number().nullable(),
    raisedAt: Timestamp,
    decision: z.enum(DECISIONS).nullable(),
    reason: z.string().nullable(),
    decidedBy: z.string().nullable().openapi({ description: 'The name of who decided' }),
    decidedAt: Timestamp.nullable(),
    scenario: z.object({ id: z.string(), name: z.string() }).nullable(),
    items: z.array(ReviewItemSchema).openapi({
      description:
        "Plan items up for review: those linked to the indicator's result, its ancestors' and descendants'",
    }),
    version: VersionField,
  })
  .openapi('ReviewFlag');

export const FlagsSchema = z.object({ flags: z.array(FlagSchema) });

const Reason = z
  .string()
  .trim()
  .min(1, { error: 'must say why' })
  .max(4000, { error: 'at most 4000 characters' });

export const DecisionBody = z
  .object({
    decision: z.enum(DECISIONS),
    reason: Reason,
  })
  .openapi('FlagDecision');

export const ScenarioBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .openapi('FlagScenario');

export const FlagResponse = z.object({ flag: FlagSchema });
