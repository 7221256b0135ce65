// What the bench dashboard's six charts would need without the analytics table: the same figures
// computed by GROUP BY over the values table `monitoring_values`, joined by number to the periods (their
// dates), the combos, the org units' paths for the regions and the data elements (their ids). The
// elements' numbers are looked up first so the BRIN index on (element_num, period_num) picks the block ranges.
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
const YEAR_2025 = sql.raw(`p.start_date >= date '2025-01-01' and p.end_date <= date '2025-12-31'`);
/** The values with their period (p). */
const VALUES = sql.raw('monitoring_values v join monitoring_periods p on p.num = v.period_num');
const ELEMENT = sql.raw('join monitoring_data_elements e on e.num = v.element_num');
const UNIT = sql.raw('join monitoring_org_units ou on ou.num = v.org_unit_num');
const COMBO = sql.raw('join monitoring_combo_keys c on c.num = v.combo_num');

export function rawQueries(ctx: BenchContext, ids: BenchIds): RawQuery[] {
  const ws = ctx.workspace.id;
  const de = (code: string) => ids.dataElement.get(code) as string;
  const list = (codes: string[]) =>
    sql.join(
      codes.map((c) => sql`${de(c)}`),
      sql`, `,
    );
  /** The values of these elements (by code) of the workspace. */
  const of = (codes: string[]) =>
    sql`v.element_num = any(array(select num from monitoring_data_elements
          where workspace_id = ${ws} and id in (${list(codes)})))`;
  const pivotElements = ['DE06', 'DE07', 'DE08', 'DE09', 'DE10'];
  return [
    {
      chart: 'series: resolution rate by month, national',
      query: sql`select e.id as data_element_id, p.id as period, sum(v.value) as value from ${VALUES} ${ELEMENT}
        where ${of(['DE01', 'DE02'])}
        group by 1, 2`,
    },
    {
      chart: 'series: arrests by year, national',
      query: sql`select extract(year from p.start_date) as year, sum(v.value) as value from ${VALUES}
        where ${of(['DE03'])}
        group by 1`,
    },
    {
      chart: 'ranked: cases closed by region, 2025',
      query: sql`select ${REGION} as region, sum(v.value) as value from ${VALUES} ${UNIT}
        where ${of(['DE05'])} and ${YEAR_2025}
        group by 1`,
    },
    {
      chart: 'pivot: five elements × quarters of 2025 × regions',
      query: sql`select e.id as data_element_id, (extract(month from p.start_date)::int - 1) / 3 + 1 as quarter,
        ${REGION} as region, sum(v.value) as value from ${VALUES} ${ELEMENT} ${UNIT}
        where ${of(pivotElements)} and ${YEAR_2025}
        group by 1, 2, 3`,
    },
    {
      chart: 'disaggregation: officers trained by sex and region, 2025',
      query: sql`select ${REGION} as region, c.combo as category_option_combo, sum(v.value) as value
        from ${VALUES} ${UNIT} ${COMBO}
        where ${of(['DE41'])} and ${YEAR_2025}
        group by 1, 2`,
    },
    {
      chart: "ranked: women's share of officers in post by region, 2025 (last value)",
      query: sql`select ${REGION} as region, c.combo as category_option_combo, sum(latest.value) as value
        from (select distinct on (v.org_unit_num, v.combo_num) v.org_unit_num, v.combo_num, v.value
              from ${VALUES}
              where ${of(['DE46'])} and ${YEAR_2025}
              order by v.org_unit_num, v.combo_num, p.start_date desc) latest
        join monitoring_org_units ou on ou.num = latest.org_unit_num
        join monitoring_combo_keys c on c.num = latest.combo_num
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
