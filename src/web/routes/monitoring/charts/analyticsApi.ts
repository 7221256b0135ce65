import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { analyticsRouteDefs } from '../../../../server/modules/monitoring/analytics-routes';
import type { dashboardRouteDefs } from '../../../../server/modules/monitoring/dashboards-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { ApiError, apiRequest } from '../../../api/http';

/**
 * Analytics and dashboards on the web: types from the server's routes, fetchers, query keys (all under
 * ['monitoring', slug]) and hooks.
 */

export type AnalyticsQuery = BodyOf<typeof analyticsRouteDefs.query>;
export type AnalyticsResult = ResponseOf<typeof analyticsRouteDefs.query>;
export type AnalyticsRow = AnalyticsResult['rows'][number];
export type AnalyticsState = ResponseOf<typeof analyticsRouteDefs.state>;
export type Dashboard = ResponseOf<typeof dashboardRouteDefs.list>['dashboards'][number];
export type DashboardDetail = ResponseOf<typeof dashboardRouteDefs.detail>;
export type DashboardChart = DashboardDetail['charts'][number];
export type ChartInput = BodyOf<typeof dashboardRouteDefs.createChart>;
export type ChartPatch = BodyOf<typeof dashboardRouteDefs.updateChart>;
export type ChartType = ChartInput['type'];
export const CHART_TYPE_LIST: ChartType[] = ['series', 'ranked', 'disaggregation', 'pivot'];

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/monitoring`;
const id = (value: string) => encodeURIComponent(value);

export const analyticsApi = {
  state: (slug: string) => apiRequest<AnalyticsState>('GET', `${base(slug)}/analytics/state`),
  refresh: (slug: string) => apiRequest<unknown>('POST', `${base(slug)}/analytics/refresh`),
  query: (slug: string, query: AnalyticsQuery) =>
    apiRequest<AnalyticsResult>('POST', `${base(slug)}/analytics/query`, query),
  dashboards: (slug: string) => apiRequest<{ dashboards: Dashboard[] }>('GET', `${base(slug)}/dashboards`),
  dashboard: (slug: string, dashboardId: string) =>
    apiRequest<DashboardDetail>('GET', `${base(slug)}/dashboards/${id(dashboardId)}`),
  createDashboard: (slug: string, name: string) =>
    apiRequest<{ dashboard: Dashboard }>('POST', `${base(slug)}/dashboards`, { name }),
  renameDashboard: (slug: string, dashboardId: string, name: string) =>
    apiRequest<{ dashboard: Dashboard }>('PATCH', `${base(slug)}/dashboards/${id(dashboardId)}`, { name }),
  deleteDashboard: (slug: string, dashboardId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/dashboards/${id(dashboardId)}`),
  addChart: (slug: string, dashboardId: string, input: ChartInput) =>
    apiRequest<unknown>('POST', `${base(slug)}/dashboards/${id(dashboardId)}/charts`, input),
  updateChart: (slug: string, chartId: string, patch: ChartPatch) =>
    apiRequest<unknown>('PATCH', `${base(slug)}/charts/${id(chartId)}`, patch),
  deleteChart: (slug: string, chartId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/charts/${id(chartId)}`),
};

/** Saves the query's table as CSV or XLSX (a POST, so not a plain link). */
export async function downloadExport(
  slug: string,
  query: AnalyticsQuery,
  format: 'csv' | 'xlsx',
  name: string,
) {
  const response = await fetch(`${base(slug)}/analytics/export?format=${format}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': document.documentElement.lang || 'en' },
    body: JSON.stringify(query),
  });
  if (!response.ok) throw new ApiError(response.status, 'export_failed', response.statusText);
  saveBlob(await response.blob(), `${name}.${format}`);
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const analyticsKeys = {
  all: (slug: string) => ['monitoring', slug, 'analytics'] as const,
  query: (slug: string, query: AnalyticsQuery) => ['monitoring', slug, 'analytics', 'query', query] as const,
  state: (slug: string) => ['monitoring', slug, 'analytics', 'state'] as const,
  dashboards: (slug: string) => ['monitoring', slug, 'dashboards'] as const,
  dashboard: (slug: string, dashboardId: string) => ['monitoring', slug, 'dashboards', dashboardId] as const,
};

/** How often a view refetches while the analytics tables are being rebuilt. */
const STALE_POLL_MS = 3000;

export function useAnalyticsQuery(slug: string, query: AnalyticsQuery | null) {
  return useQuery({
    queryKey: analyticsKeys.query(slug, query ?? ({} as AnalyticsQuery)),
    queryFn: () => analyticsApi.query(slug, query as AnalyticsQuery),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.stale ? STALE_POLL_MS : false),
  });
}

/** The analytics tables' state: when they were rebuilt, and which period types they hold. */
export function useAnalyticsState(slug: string) {
  return useQuery({ queryKey: analyticsKeys.state(slug), queryFn: () => analyticsApi.state(slug) });
}

export function useDashboards(slug: string) {
  return useQuery({ queryKey: analyticsKeys.dashboards(slug), queryFn: () => analyticsApi.dashboards(slug) });
}

export function useDashboard(slug: string, dashboardId: string | null) {
  return useQuery({
    queryKey: analyticsKeys.dashboard(slug, dashboardId ?? ''),
    queryFn: () => analyticsApi.dashboard(slug, dashboardId as string),
    enabled: dashboardId !== null,
    refetchInterval: (q) => (q.state.data?.stale ? STALE_POLL_MS : false),
  });
}

/** After a dashboard or chart write: the dashboards list and the dashboards themselves. */
export function useInvalidateDashboards(slug: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: analyticsKeys.dashboards(slug) });
}
