// The product's side of `npm run bench:indicators`: the import through importDataValues, the analytics
// refresh, and a six-chart dashboard built and read through the HTTP API as a signed-in owner.

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { monitoringAnalyticsRuns } from '../src/server/db/schema/monitoring.ts';
import {
  type RefreshFigures,
  refreshAnalytics,
  waitForAnalytics,
} from '../src/server/modules/monitoring/analytics-refresh.ts';
import { importDataValues } from '../src/server/modules/monitoring/data-values-import.ts';
import { percentile } from './bench-options.ts';
import type { BenchContext, BenchIds } from './indicators-setup.ts';
import { callApi } from './indicators-setup.ts';

/** The import as POST /data-values/import runs it, from the file's bytes in memory. */
export async function timeImport(ctx: BenchContext, csv: Uint8Array) {
  const started = performance.now();
  const summary = await importDataValues({
    db: ctx.db,
    actor: ctx.actor,
    file: { name: 'values.csv', bytes: csv },
  });
  const ms = performance.now() - started;
  // The import schedules an analytics refresh of its elements in the background: wait for it, and take
  // its figures from the run it recorded.
  await waitForAnalytics(ctx.workspace.id);
  const [run] = await ctx.db
    .select()
    .from(monitoringAnalyticsRuns)
    .where(eq(monitoringAnalyticsRuns.workspaceId, ctx.workspace.id));
  if (!run) throw new Error('the import did not refresh the analytics');
  const refresh: RefreshFigures = {
    rowCount: run.rowCount,
    valueCount: run.valueCount,
    durationMs: run.durationMs,
    refreshedAt: run.refreshedAt,
  };
  return {
    ms,
    refresh,
    summary: `${summary.imported.toLocaleString('en')} imported, ${summary.replaced} replaced`,
  };
}

async function post<T>(ctx: BenchContext, path: string, body: unknown): Promise<T> {
  const { status, bytes, response } = await callApi(ctx, 'POST', path, body);
  const text = bodyText(bytes, response.headers.get('content-encoding'));
  if (status !== 201 && status !== 200) throw new Error(`POST ${path}: ${status} ${text}`);
  return JSON.parse(text) as T;
}

/** A response body as text, decompressed as its content-encoding says. */
export function bodyText(bytes: Uint8Array, encoding: string | null): string {
  const plain =
    encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
  return new TextDecoder().decode(plain);
}

/** Two indicators and a dashboard of six charts (series, ranked, pivot, disaggregation) over the 2025 data. */
async function createDashboard(ctx: BenchContext, ids: BenchIds): Promise<string> {
  const indicator = async (code: string, name: string, numerator: string, denominator: string) => {
    const body = {
      code,
      name,
      level: 'outcome',
      kind: 'administrative',
      numerator,
      denominator,
      factor: 100,
    };
    return (await post<{ indicator: { id: string } }>(ctx, '/indicators', body)).indicator.id;
  };
  const resolution = await indicator('RESOLVED', 'Complaints resolved (%)', '#{DE02}', '#{DE01}');
  const womenShare = await indicator(
    'WOMEN_POLICE',
    "Women's share of officers in post (%)",
    '#{DE46.F}',
    '#{DE46}',
  );
  const dashboard = (await post<{ dashboard: { id: string } }>(ctx, '/dashboards', { name: 'Bench' }))
    .dashboard.id;
  const de = (code: string) => ({ type: 'dataElement' as const, id: ids.dataElement.get(code) as string });
  const regions = { level: 2 };
  const charts = [
    {
      title: 'Resolution rate by month',
      type: 'series',
      config: {
        items: [{ type: 'indicator', id: resolution }],
        periods: { type: 'monthly', from: '202301', to: '202604' },
        targets: true,
      },
    },
    {
      title: 'Arrests by year',
      type: 'series',
      config: { items: [de('DE03')], periods: ['2023', '2024', '2025', '2026'] },
    },
    {
      title: 'Cases closed by region, 2025',
      type: 'ranked',
      config: { items: [de('DE05')], periods: ['2025'], orgUnits: regions },
    },
    {
      title: 'Five elements by quarter and region',
      type: 'pivot',
      config: {
        items: ['DE06', 'DE07', 'DE08', 'DE09', 'DE10'].map(de),
        periods: ['2025Q1', '2025Q2', '2025Q3', '2025Q4'],
        orgUnits: regions,
        layout: { rows: ['orgUnit'], columns: ['item', 'period'] },
      },
    },
    {
      title: 'Officers trained by sex and region, 2025',
      type: 'disaggregation',
      config: {
        items: [de('DE41')],
        periods: ['2025'],
        orgUnits: regions,
        disaggregation: { categoryId: ids.category },
      },
    },
    {
      title: "Women's share of officers in post by region, 2025",
      type: 'ranked',
      config: { items: [{ type: 'indicator', id: womenShare }], periods: ['2025'], orgUnits: regions },
    },
  ];
  for (const chart of charts) await post(ctx, `/dashboards/${dashboard}/charts`, chart);
  return dashboard;
}

/**
 * Refreshes the analytics (timed) unless the import just did, builds the dashboard, then calls GET /dashboards/{id} `warmups` times
 * untimed and `runs` times timed, one after the other; the answer is read and decompressed each time.
 */
export async function timeDashboard(
  ctx: BenchContext,
  ids: BenchIds,
  options: { runs: number; warmups: number; refreshed?: RefreshFigures },
) {
  const refresh =
    options.refreshed ?? (await refreshAnalytics({ db: ctx.db, workspaceId: ctx.workspace.id }));
  const dashboard = await createDashboard(ctx, ids);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < options.warmups + options.runs; i++) {
    const started = performance.now();
    const answer = await callApi(ctx, 'GET', `/dashboards/${dashboard}`);
    const text = bodyText(answer.bytes, answer.response.headers.get('content-encoding'));
    const ms = performance.now() - started;
    if (answer.status !== 200) throw new Error(`GET dashboard: ${answer.status} ${text}`);
    const body = JSON.parse(text) as { charts: { error: string | null; data: { rows: unknown[] } | null }[] };
    const broken = body.charts.find((c) => c.error || !c.data);
    if (broken) throw new Error(`a chart has no figures: ${JSON.stringify(broken).slice(0, 300)}`);
    const empty = body.charts.filter((c) => c.data?.rows.length === 0).length;
    if (i === 0 && empty > 0) console.warn(`${empty} of the charts are empty (fewer months than the 40?)`);
    bytes = answer.bytes.length;
    if (i >= options.warmups) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { refresh, p50: percentile(times, 50), p95: percentile(times, 95), bytes, dashboardId: dashboard };
}
