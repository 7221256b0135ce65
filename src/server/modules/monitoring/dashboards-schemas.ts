import { z } from '@hono/zod-openapi';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { AnalyticsQuery, AnalyticsResult } from './analytics-schemas.ts';
import { CHART_ERROR_CODES } from './dashboards-chart-errors.ts';

export const CHART_TYPES = ['pivot', 'series', 'ranked', 'disaggregation'] as const;

const Name = z.string().trim().min(1, 'must not be empty').max(200);

export const DashboardParams = SlugParam.extend({
  dashboardId: z.string().openapi({ param: { name: 'dashboardId', in: 'path' } }),
});
export const ChartParams = SlugParam.extend({
  chartId: z.string().openapi({ param: { name: 'chartId', in: 'path' } }),
});

export const CreateDashboardBody = z.object({ name: Name });
export const UpdateDashboardBody = z.object({ name: Name.optional() });

export const CreateChartBody = z.object({
  title: Name,
  type: z.enum(CHART_TYPES),
  config: AnalyticsQuery,
  /** Where it goes among the dashboard's charts (0 = first); last when absent. */
  position: z.number().int().min(0).max(1000).optional(),
});
export const UpdateChartBody = z.object({
  title: Name.optional(),
  type: z.enum(CHART_TYPES).optional(),
  config: AnalyticsQuery.optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

export const DashboardSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: VersionField,
    chartCount: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('MonitoringDashboard');

export const ChartSchema = z
  .object({
    id: z.string(),
    dashboardId: z.string(),
    title: z.string(),
    type: z.enum(CHART_TYPES),
    /** Null when the saved config no longer reads (e.g. written by an older version). */
    config: AnalyticsQuery.nullable(),
    position: z.number().int(),
    version: VersionField,
  })
  .openapi('MonitoringChart');

export const ChartWithDataSchema = ChartSchema.extend({
  data: AnalyticsResult.nullable(),
  /** Why there is no data (e.g. an item of the chart was deleted), as a code the web translates. */
  errorCode: z.enum(CHART_ERROR_CODES).nullable(),
}).openapi('MonitoringChartWithData');

export const DashboardDetailSchema = z
  .object({
    dashboard: DashboardSchema,
    charts: z.array(ChartWithDataSchema),
    dataAsOf: Timestamp.nullable(),
    stale: z.boolean(),
  })
  .openapi('MonitoringDashboardDetail');
