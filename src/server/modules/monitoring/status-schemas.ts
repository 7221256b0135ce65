import { z } from '@hono/zod-openapi';
import { FIRST_YEAR, LAST_YEAR, parsePeriod } from '../../../core/indicators/periods.ts';
import { DIRECTIONS, INDICATOR_KINDS, INDICATOR_LEVELS, STATUSES } from '../../../core/indicators/types.ts';
import { IsoDate, Timestamp } from '../../http/schemas.ts';
import { FlagSchema } from './flags-schemas.ts';

export const StatusQuery = z.object({
  asOf: IsoDate.refine((date) => parsePeriod(date.slice(0, 4)) !== null, {
    error: `must fall in the years ${FIRST_YEAR}–${LAST_YEAR}`,
  })
    .optional()
    .openapi({
      description:
        "The date status is judged at; the reference plan's status date (end of its month), else today",
    }),
});

const PeriodValueSchema = z.object({ period: z.string(), value: z.number() });

export const IndicatorStatusSchema = z
  .object({
    indicatorId: z.string(),
    code: z.string(),
    name: z.string().openapi({ description: "In the reader's language when translated" }),
    level: z.enum(INDICATOR_LEVELS),
    kind: z.enum(INDICATOR_KINDS),
    direction: z.enum(DIRECTIONS),
    resultId: z.string().nullable(),
    orgUnitId: z.string().openapi({ description: 'The org unit of the baseline and target (else the root)' }),
    orgUnitName: z.string(),
    period: z.string().nullable().openapi({ description: 'The period of the latest actual' }),
    actual: z.number().nullable(),
    baseline: PeriodValueSchema.nullable(),
    target: PeriodValueSchema.nullable(),
    expected: z
      .number()
      .nullable()
      .openapi({ description: 'Where a straight line from baseline to target is' }),
    progress: z.number().nullable().openapi({ description: 'Share of the way from baseline to target' }),
    status: z.enum(STATUSES),
    reason: z.enum(['no_actual', 'no_target', 'no_baseline']).nullable(),
  })
  .openapi('IndicatorStatus');

const statusHead = {
  asOf: IsoDate,
  dataAsOf: Timestamp.nullable().openapi({ description: 'When the analytics table was last rebuilt' }),
};

export const StatusListSchema = z
  .object({ ...statusHead, statuses: z.array(IndicatorStatusSchema) })
  .openapi('IndicatorStatuses');

export const StatusDetailSchema = z
  .object({
    ...statusHead,
    statuses: z.array(
      IndicatorStatusSchema.extend({
        series: z.array(
          z.object({ period: z.string(), value: z.number().nullable(), expected: z.number().nullable() }),
        ),
      }),
    ),
    flags: z.array(FlagSchema),
  })
  .openapi('IndicatorStatusDetail');
