// What the bench dashboard's six charts would need without the analytics table: the same figures
// computed by GROUP BY over monitoring_data_values, joined to the org units' paths for the regions.
// Each query follows its element's rule (sum, or the latest value per org unit for `last`).

import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../src/server/db/client.ts';
import type { BenchContext, BenchIds } from './indicators-setup.ts';

export interface RawQuery {
  chart: string;
  query: SQL;
}

/** The region of a value's org unit: the second id of its path (`/national/region/…/`). */
const REGION = sql.raw(`split_part(ou.path, '/', 3)`);
const YEAR_2025 = sql.raw(`v.period_start >= date '2025-01-01' and v.period_end <= date '2025-12-31'`);

export function rawQueries(ctx: BenchContext, ids: BenchIds): RawQuery[] {
  const ws = ctx.workspace.id;
  const de = (code: string) => ids.dataElement.get(code) as string;
  const list = (codes: string[]) =>
    sql.join(
      codes.map((c) => sql`${de(c)}`),
      sql`, `,
    );
  const pivotElements = ['DE06', 'DE07', 'DE08', 'DE09', 'DE10'];
  return [
    {
      chart: 'series: resolution rate by month, national',
      query: sql`select v.data_element_id, v.period, sum(v.value) as value from monitoring_data_values v
        where v.workspace_id = ${ws} and v.data_element_id in (${list(['DE01', 'DE02'])})
        group by 1, 2`,
    },
    {
      chart: 'series: arrests by year, national',
      query: sql`select extract(year from v.period_start) as year, sum(v.value) as value
        from monitoring_data_values v where v.workspace_id = ${ws} and v.data_element_id = ${de('DE03')}
        group by 1`,
    },
    {
      chart: 'ranked: cases closed by region, 2025',
      query: sql`select ${REGION} as region, sum(v.value) as value from monitoring_data_values v
        join monitoring_org_units ou on ou.id = v.org_unit_id
        where v.workspace_id = ${ws} and v.data_element_id = ${de('DE05')} and ${YEAR_2025}
        group by 1`,
    },
    {
      chart: 'pivot: five elements × quarters of 2025 × regions',
      query: sql`select v.data_element_id, (extract(month from v.period_start)::int - 1) / 3 + 1 as quarter,
        ${REGION} as region, sum(v.value) as value from monitoring_data_values v
        join monitoring_org_units ou on ou.id = v.org_unit_id
        where v.workspace_id = ${ws} and v.data_element_id in (${list(pivotElements)}) and ${YEAR_2025}
        group by 1, 2, 3`,
    },
    {
      chart: 'disaggregation: officers trained by sex and region, 2025',
      query: sql`select ${REGION} as region, v.category_option_combo, sum(v.value) as value
        from monitoring_data_values v join monitoring_org_units ou on ou.id = v.org_unit_id
        where v.workspace_id = ${ws} and v.data_element_id = ${de('DE41')} and ${YEAR_2025}
        group by 1, 2`,
    },
    {
      chart: "ranked: women's share of officers in post by region, 2025 (last value)",
      query: sql`select ${REGION} as region, latest.category_option_combo, sum(latest.value) as value
        from (select distinct on (v.org_unit_id, v.category_option_combo) v.org_unit_id,
                v.category_option_combo, v.value
              from monitoring_data_values v
              where v.workspace_id = ${ws} and v.data_element_id = ${de('DE46')} and ${YEAR_2025}
              order by v.org_unit_id, v.category_option_combo, v.period_start desc) latest
        join monitoring_org_units ou on ou.id = latest.org_unit_id
        group by 1, 2`,
    },
  ];
}

/** Runs the six queries one after the other, as a dashboard without analytics would; the fastest of `runs`. */
export async function timeRawGroupBy(
  ctx: BenchContext,
  ids: BenchIds,
  runs: number,
): Promise<{ totalMs: number; perChart: { chart: string; ms: number; rows: number }[] }> {
  const queries = rawQueries(ctx, ids);
  let best: { totalMs: number; perChart: { chart: string; ms: number; rows: number }[] } | null = null;
  for (let run = 0; run < runs; run++) {
    const perChart = [];
    let totalMs = 0;
    for (const { chart, query } of queries) {
      const started = performance.now();
      const rows = await queryRows(ctx.db, query);
      const ms = performance.now() - started;
      totalMs += ms;
      perChart.push({ chart, ms, rows: rows.length });
    }
    if (!best || totalMs < best.totalMs) best = { totalMs, perChart };
  }
  return best as NonNullable<typeof best>;
}
