import { z } from '@hono/zod-openapi';
import { Timestamp } from '../../http/schemas.ts';
import { HeldActivitySchema } from './schemas.ts';

export const ScheduleSnapshotSchema = z.object({
  starts: z.record(z.string(), z.number().int()),
  finishMonth: z.number().int(),
  weightedCompletion: z.number(),
  deadlineMisses: z.array(z.object({ itemId: z.string(), lateBy: z.number().int() })),
  violations: z.number().int(),
});
export const OptimisationSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    status: z.enum(['running', 'done', 'failed', 'cancelled', 'applied']),
    objective: z.enum(['makespan', 'weighted-completion']),
    scheduleBudget: z.number().int(),
    timeLimitSeconds: z.number().int(),
    seed: z.number().int(),
    progress: z.number(),
    schedules: z.number().int(),
    lowerBound: z.number().int().nullable(),
    before: ScheduleSnapshotSchema.nullable(),
    after: ScheduleSnapshotSchema.nullable(),
    statusDate: z.string().nullable().openapi({
      description: 'the status date the run re-planned from (null for runs made before there was one)',
    }),
    held: z.array(HeldActivitySchema).openapi({
      description: 'activities the run could not move: finished ones, and started ones at their actual start',
    }),
    error: z.string().nullable(),
    createdAt: Timestamp,
    finishedAt: Timestamp.nullable(),
  })
  .openapi('Optimisation');
export const StartOptimisationBody = z
  .object({
    objective: z.enum(['makespan', 'weighted-completion']).optional(),
    schedules: z.number().int().min(100).max(1_000_000).optional(),
    timeLimitSeconds: z.number().int().min(1).max(600).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
  })
  .strict()
  .openapi('StartOptimisation', { example: { objective: 'makespan', schedules: 20000 } });
