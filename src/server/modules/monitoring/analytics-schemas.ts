import { z } from '@hono/zod-openapi';
import { PERIOD_TYPES, parsePeriod } from '../../../core/indicators/periods.ts';
import { DIRECTIONS } from '../../../core/indicators/types.ts';
import { Timestamp } from '../../http/schemas.ts';

/**
 * One analytics query: what a chart shows. The same schema is the body of `POST /analytics/query` and
 * the saved config of a dashboard chart.
 */

export const ITEM_TYPES = ['indicator', 'dataElement'] as const;
export const PIVOT_DIMENSIONS = ['item', 'period', 'orgUnit', 'option'] as const;
export const MAX_QUERY_PERIODS = 240;
export const MAX_QUERY_ORG_UNITS = 1000;

const Id = z.string().trim().min(1, 'must not be empty').max(100);
const PeriodId = z
  .string()
  .trim()
  .max(20)
  .refine(
    (text) => parsePeriod(text) !== null,
    'not a period (e.g. 2026, 2026Q1, 202603, 2026W10, 2026July)',
  );

export const AnalyticsItem = z.object({
  type: z.enum(ITEM_TYPES),
  id: Id,
  /** A data element's category option combo (e.g. `F_Y15_24`); all combos summed when absent. */
  combo: z.string().trim().min(1).max(200).optional(),
});

export const PeriodSelection = z.union([
  z.array(PeriodId).min(1, 'choose at least one period').max(MAX_QUERY_PERIODS),
  z.object({ type: z.enum(PERIOD_TYPES), from: PeriodId, to: PeriodId }),
  z.object({ type: z.enum(PERIOD_TYPES), last: z.number().int().min(1).max(120) }),
]);

export const OrgUnitSelection = z.object({
  ids: z.array(Id).max(MAX_QUERY_ORG_UNITS).optional(),
  /** Org units of this level (1 = the roots), under `parentId` when given. */
  level: z.number().int().min(1).max(20).optional(),
  /** Without a level: this unit's children. */
  parentId: Id.optional(),
});

export const AnalyticsQuery = z
  .object({
    items: z.array(AnalyticsItem).min(1, 'choose at least one indicator or data element').max(20),
    periods: PeriodSelection,
    orgUnits: OrgUnitSelection.default({}),
    /** Splits each figure by the options of this category. */
    disaggregation: z.object({ categoryId: Id }).optional(),
    /** Also return the baselines and targets of the indicator items. */
    targets: z.boolean().optional(),
    /** How a pivot table lays the result out; the figures do not depend on it. */
    layout: z
      .object({
        rows: z.array(z.enum(PIVOT_DIMENSIONS)).max(4),
        columns: z.array(z.enum(PIVOT_DIMENSIONS)).max(4),
      })
      .optional(),
  })
  .openapi('AnalyticsQuery');
export type AnalyticsQueryInput = z.infer<typeof AnalyticsQuery>;

const NamedRef = { id: z.string(), code: z.string(), name: z.string() };

export const AnalyticsRow = z.object({
  item: z.string(),
  period: z.string(),
  orgUnit: z.string(),
  option: z.string().optional(),
  value: z.number(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
});

export const AnalyticsTarget = z.object({
  item: z.string(),
  kind: z.enum(['baseline', 'target']),
  period: z.string(),
  orgUnit: z.string(),
  disaggregation: z.string(),
  value: z.number(),
});

export const AnalyticsResult = z
  .object({
    rows: z.array(AnalyticsRow),
    items: z.array(
      z.object({
        /** What rows call it: the id, with `.combo` for one combo of a data element. */
        key: z.string(),
        ...NamedRef,
        type: z.enum(ITEM_TYPES),
        direction: z.enum(DIRECTIONS).nullable(),
        factor: z.number().nullable(),
      }),
    ),
    periods: z.array(
      z.object({ id: z.string(), type: z.enum(PERIOD_TYPES), start: z.string(), end: z.string() }),
    ),
    orgUnits: z.array(z.object({ ...NamedRef, level: z.number().int(), parentId: z.string().nullable() })),
    category: z.object(NamedRef).nullable(),
    options: z.array(z.object({ code: z.string(), name: z.string() })),
    targets: z.array(AnalyticsTarget),
    dataAsOf: Timestamp.nullable(),
    stale: z.boolean(),
  })
  .openapi('AnalyticsResult');
export type AnalyticsResultBody = z.infer<typeof AnalyticsResult>;

export const AnalyticsStateSchema = z
  .object({
    refreshedAt: Timestamp.nullable(),
    stale: z.boolean(),
    /** The period types queries may use: a fiscal year only once the workspace uses it. */
    periodTypes: z.array(z.enum(PERIOD_TYPES)),
  })
  .openapi('AnalyticsState');

export const RefreshFiguresSchema = z
  .object({
    rowCount: z.number().int(),
    valueCount: z.number().int(),
    durationMs: z.number().int(),
    refreshedAt: Timestamp,
  })
  .openapi('AnalyticsRefresh');

export const ExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
