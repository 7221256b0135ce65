import { and, eq, gt, inArray, like, sql } from 'drizzle-orm';
import { isPeriodType, type PeriodType, periodOfDate } from '../../../core/indicators/periods.ts';
import { type Db, queryRows } from '../../db/client.ts';
import {
  financeSettings,
  monitoringAnalyticsRuns,
  monitoringDataElements,
  monitoringDataSets,
  monitoringDataValues,
  monitoringIndicators,
  monitoringValueBatches,
} from '../../db/schema/index.ts';
import { intArray } from './data-values-store.ts';
import { syncReviewFlags } from './flags-service.ts';

/**
 * The analytics table, as DHIS2's: every data value counted in its org unit and each ancestor, in its own
 * period and each coarser period containing it, aggregated by its element's rule. Built with one set-based
 * SQL statement; dashboards and indicator values read it, never the raw values.
 */

interface TargetType {
  type: PeriodType;
  /** Months in one period, and the month (1–12) a period of this type may start in. */
  span: number;
  firstMonth: number;
  /** What follows the year in a fiscal-year id (`July` in `2026July`). */
  suffix: string;
}

const STANDARD_TARGETS: TargetType[] = [
  { type: 'monthly', span: 1, firstMonth: 1, suffix: '' },
  { type: 'quarterly', span: 3, firstMonth: 1, suffix: '' },
  { type: 'six_monthly', span: 6, firstMonth: 1, suffix: '' },
  { type: 'yearly', span: 12, firstMonth: 1, suffix: '' },
];

const FISCAL_MONTH_TYPES = [
  'financial_feb',
  'financial_mar',
  'financial_april',
  'financial_may',
  'financial_jun',
  'financial_july',
  'financial_aug',
  'financial_sep',
  'financial_oct',
  'financial_nov',
  'financial_dec',
] as const satisfies readonly PeriodType[];

function fiscalTarget(type: PeriodType): TargetType {
  const firstMonth = FISCAL_MONTH_TYPES.indexOf(type as (typeof FISCAL_MONTH_TYPES)[number]) + 2;
  const suffix = periodOfDate(type, `2000-${String(firstMonth).padStart(2, '0')}-01`).id.slice(4);
  return { type, span: 12, firstMonth, suffix };
}

/**
 * The period types a workspace's analytics can answer: weeks (where data is weekly) and the types the
 * refresh aggregates into.
 */
export async function aggregatedPeriodTypes(db: Db, workspaceId: string): Promise<PeriodType[]> {
  return ['weekly', ...(await targetTypes(db, workspaceId)).map((target) => target.type)];
}

/** The standard types, plus the workspace's fiscal year and any fiscal type a data set or indicator uses. */
export async function targetTypes(db: Db, workspaceId: string): Promise<TargetType[]> {
  const fiscal = new Set<PeriodType>();
  const [settings] = await db
    .select({ month: financeSettings.fiscalYearStartMonth })
    .from(financeSettings)
    .where(eq(financeSettings.workspaceId, workspaceId));
  if (settings && settings.month > 1) fiscal.add(FISCAL_MONTH_TYPES[settings.month - 2] as PeriodType);
  const sets = await db
    .select({ type: monitoringDataSets.periodType })
    .from(monitoringDataSets)
    .where(
      and(
        eq(monitoringDataSets.workspaceId, workspaceId),
        like(monitoringDataSets.periodType, 'financial_%'),
      ),
    );
  const indicators = await db
    .select({ type: monitoringIndicators.frequency })
    .from(monitoringIndicators)
    .where(
      and(
        eq(monitoringIndicators.workspaceId, workspaceId),
        like(monitoringIndicators.frequency, 'financial_%'),
      ),
    );
  for (const { type } of [...sets, ...indicators]) if (isPeriodType(type)) fiscal.add(type);
  return [...STANDARD_TARGETS, ...[...fiscal].sort().map(fiscalTarget)];
}

const OWN_TYPE = sql.raw(`case
  when p.period ~ '^[0-9]{4}$' then 'yearly'
  when p.period ~ '^[0-9]{4}S[12]$' then 'six_monthly'
  when p.period ~ '^[0-9]{4}Q[1-4]$' then 'quarterly'
  when p.period ~ '^[0-9]{6}$' then 'monthly'
  when p.period ~ '^[0-9]{4}W[0-9]{1,2}$' then 'weekly'
  else 'financial_' || lower(substr(p.period, 5)) end`);

export interface ElementNums {
  all: number[];
  byAggregation: Record<'sum' | 'average' | 'last', number[]>;
}

/** The numbers in `monitoring_values` of the workspace's elements (the named ones, else all), by rule. */
export async function elementNums(
  db: Db,
  workspaceId: string,
  ids: string[] | undefined,
): Promise<ElementNums> {
  const rows = await db
    .select({ num: monitoringDataElements.num, aggregation: monitoringDataElements.aggregation })
    .from(monitoringDataElements)
    .where(
      and(
        eq(monitoringDataElements.workspaceId, workspaceId),
        ids ? inArray(monitoringDataElements.id, ids) : undefined,
      ),
    );
  const byAggregation: ElementNums['byAggregation'] = { sum: [], average: [], last: [] };
  for (const row of rows) byAggregation[row.aggregation as keyof ElementNums['byAggregation']]?.push(row.num);
  return { all: rows.map((row) => row.num), byAggregation };
}

/**
 * The statement: the distinct periods with data are mapped once to themselves and to every coarser
 * target period holding them (`pmap`, a few dozen rows); values are then aggregated per element's rule
 * where they were entered (`entered`), and summed into each ancestor org unit. It reads
 * `monitoring_values` by element number (constants, so the BRIN index can skip) and turns numbers into
 * ids only on the aggregated rows.
 */
export function rebuildStatement(workspaceId: string, targets: TargetType[], elements: ElementNums) {
  const targetRows = sql.join(
    targets.map((t) => sql`(${t.type}::text, ${t.span}::int, ${t.firstMonth}::int, ${t.suffix}::text)`),
    sql`, `,
  );
  const entered = (aggregate: ReturnType<typeof sql>, nums: number[]) => sql`
    select v.element_num, v.combo_num, v.org_unit_num, m.t_type, m.t_period, ${aggregate} as value
    from monitoring_values v join pmap m on m.period_num = v.period_num
    where v.element_num = any(${intArray(nums)})
    group by v.element_num, v.combo_num, v.org_unit_num, m.t_type, m.t_period`;
  const { sum, average, last } = elements.byAggregation;
  // (a branch for no element would still read the table: `= any('{}')` is not folded away)
  const branches = [
    [sql`sum(v.value)`, sum],
    [sql`avg(v.value)`, average],
    [sql`(array_agg(v.value order by m.ps desc, m.pe asc))[1]`, last],
  ] as const;
  const enteredRows = sql.join(
    branches.filter(([, nums]) => nums.length > 0).map(([aggregate, nums]) => entered(aggregate, nums)),
    sql`\n  union all\n`,
  );
  return sql`
with targets(period_type, span, first_month, suffix) as (values ${targetRows}),
typed as (
  select p.num, p.period, p.ps, p.pe, ${OWN_TYPE} as own_type
  from (
    select num, id as period, start_date as ps, end_date as pe from monitoring_periods
    where num in (select period_num from monitoring_values where element_num = any(${intArray(elements.all)}))
  ) p
),
coarser as (
  select y.*, t.period_type, t.span, t.suffix,
    ((((extract(year from a.anchor)::int * 12 + extract(month from a.anchor)::int - 1) - (t.first_month - 1))
      / t.span) * t.span + (t.first_month - 1)) as si
  from typed y
  cross join lateral (select case when y.own_type = 'weekly' then y.ps + 3 else y.ps end as anchor) a
  join targets t on t.period_type <> y.own_type
),
bounded as (
  select c.*, make_date(c.si / 12, c.si % 12 + 1, 1) as outer_start from coarser c
),
pmap as (
  select num as period_num, ps, pe, own_type as t_type, period as t_period from typed
  union all
  select num, ps, pe, period_type,
    case period_type
      when 'monthly' then to_char(outer_start, 'YYYYMM')
      when 'quarterly' then to_char(outer_start, 'YYYY') || 'Q' || ((si % 12) / 3 + 1)
      when 'six_monthly' then to_char(outer_start, 'YYYY') || 'S' || ((si % 12) / 6 + 1)
      when 'yearly' then to_char(outer_start, 'YYYY')
      else to_char(outer_start, 'YYYY') || suffix
    end
  from bounded
  where own_type = 'weekly' or pe <= (outer_start + make_interval(months => span))::date - 1
),
entered as (${enteredRows}
),
ancestors as (
  select u.num as ou, unnest(string_to_array(trim(both '/' from u.path), '/')) as ancestor
  from monitoring_org_units u where u.workspace_id = ${workspaceId}
)
insert into monitoring_analytics
  (workspace_id, data_element_id, category_option_combo, org_unit_id, period_type, period, value)
select ${workspaceId}, e.id, c.combo, an.ancestor, en.t_type, en.t_period, sum(en.value)
from entered en
  join ancestors an on an.ou = en.org_unit_num
  join monitoring_data_elements e on e.num = en.element_num
  join monitoring_combo_keys c on c.num = en.combo_num
group by e.id, an.ancestor, en.t_period, c.combo, en.t_type
order by e.id, an.ancestor, en.t_period, c.combo`;
}

function affectedRows(result: unknown): number {
  const value = result as { affectedRows?: number; rowCount?: number | null };
  return Number(value.affectedRows ?? value.rowCount ?? 0);
}

export interface RefreshFigures {
  rowCount: number;
  valueCount: number;
  durationMs: number;
  /** When the rebuild started: data written after it is not in the table. */
  refreshedAt: Date;
}

/** The planner settings a rebuild's transaction runs under. */
export async function planForRebuild(tx: Db): Promise<void> {
  // the aggregates of a large workspace spill to disk at PostgreSQL's default 4 MB
  await tx.execute(sql`set local work_mem = '256MB'`);
  // Rows just imported are new to the planner's statistics, which count them as a handful: it would then
  // join them to the period map by a nested loop (over two minutes for 144,000 values). Hash joins read
  // each side once; the values are still found through the index, by constants. JIT goes off too: the
  // cost this adds to the period map's own small loop would otherwise make every rebuild compile.
  await tx.execute(sql`set local enable_nestloop = off`);
  await tx.execute(sql`set local jit = off`);
}

/**
 * Rebuilds the analytics rows of the given data elements (else all) in one transaction, then records
 * the run: its time is the "data as of" every dashboard shows.
 */
export async function refreshAnalytics({
  db,
  workspaceId,
  dataElementIds,
}: {
  db: Db;
  workspaceId: string;
  dataElementIds?: string[];
}): Promise<RefreshFigures> {
  const started = performance.now();
  const ids = dataElementIds ? [...new Set(dataElementIds)] : undefined;
  const refreshedAt = new Date();
  const targets = await targetTypes(db, workspaceId);
  await summariseNewValues(db);
  const elements = await elementNums(db, workspaceId, ids);
  const figures = await db.transaction(async (tx) => {
    let counts = { rowCount: 0, valueCount: 0 };
    if (!ids || ids.length > 0) {
      const scope = ids
        ? sql`and data_element_id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql``;
      await planForRebuild(tx);
      await tx.execute(sql`delete from monitoring_analytics where workspace_id = ${workspaceId} ${scope}`);
      if (elements.all.length > 0) {
        const inserted = await tx.execute(rebuildStatement(workspaceId, targets, elements));
        const [counted] = await queryRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from monitoring_values where element_num = any(${intArray(elements.all)})`,
        );
        counts = { rowCount: affectedRows(inserted), valueCount: Number(counted?.n ?? 0) };
      }
    }
    // Recorded with the rows it describes: "data as of" (and the dashboards' cache key) never lags them.
    const run = { refreshedAt, ...counts, durationMs: Math.round(performance.now() - started) };
    await tx
      .insert(monitoringAnalyticsRuns)
      .values({ workspaceId, ...run })
      .onConflictDoUpdate({ target: monitoringAnalyticsRuns.workspaceId, set: run });
    return run;
  });
  const { durationMs } = figures;
  await syncReviewFlags({ db, workspaceId });
  return { rowCount: figures.rowCount, valueCount: figures.valueCount, durationMs, refreshedAt };
}

/**
 * Summarises the BRIN ranges of rows written since the last call (an import leaves its rows in ranges
 * every lookup by element must otherwise read). Its own short statement: the table lock it takes is not
 * held through a rebuild. A busy table is left for the next refresh.
 */
async function summariseNewValues(db: Db): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '2s'`);
      await tx.execute(sql`select brin_summarize_new_values('monitoring_values_element_period_idx')`);
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    if (!/lock timeout/i.test(`${(error as Error).message} ${cause?.message ?? ''}`)) throw error;
  }
}

// ---- Background refreshes: coalesced per workspace, never two at once for one workspace. ----

interface WorkspaceQueue {
  /** Elements waiting for a refresh; 'all' for the whole workspace. */
  pending: Set<string> | 'all' | null;
  running: Promise<void> | null;
}
const queues = new Map<string, WorkspaceQueue>();

function mergePending(queue: WorkspaceQueue, ids: string[] | undefined): void {
  if (!ids || queue.pending === 'all') queue.pending = 'all';
  else queue.pending = new Set([...(queue.pending ?? []), ...ids]);
}

async function drain(db: Db, workspaceId: string, queue: WorkspaceQueue): Promise<void> {
  // Let the caller's transaction finish and close writes arriving together into one refresh.
  await new Promise((resolve) => setTimeout(resolve, 20));
  while (queue.pending) {
    const pending = queue.pending;
    queue.pending = null;
    try {
      await refreshAnalytics({
        db,
        workspaceId,
        dataElementIds: pending === 'all' ? undefined : [...pending],
      });
    } catch (error) {
      console.error(`analytics refresh of workspace ${workspaceId} failed:`, error);
    }
  }
}

/** Refreshes in the background after the caller's writes; the workspace shows as stale meanwhile. */
export function scheduleAnalyticsRefresh(db: Db, workspaceId: string, dataElementIds?: string[]): void {
  let queue = queues.get(workspaceId);
  if (!queue) {
    queue = { pending: null, running: null };
    queues.set(workspaceId, queue);
  }
  mergePending(queue, dataElementIds);
  if (queue.running) return;
  const current = queue;
  current.running = drain(db, workspaceId, current).finally(() => {
    current.running = null;
    if (queues.get(workspaceId) === current && !current.pending) queues.delete(workspaceId);
  });
}

/** Resolves when no refresh of the workspace is pending or running (for tests and the CLI). */
export async function waitForAnalytics(workspaceId: string): Promise<void> {
  for (let queue = queues.get(workspaceId); queue?.running; queue = queues.get(workspaceId)) {
    await queue.running;
  }
}

/** True while a background refresh of the workspace is waiting or running. */
export function analyticsPending(workspaceId: string): boolean {
  return queues.has(workspaceId);
}

export interface AnalyticsState {
  refreshedAt: Date | null;
  stale: boolean;
}

/**
 * When the analytics table was last rebuilt and whether data changed since: a refresh is pending, or a
 * value was written after the last run (or values exist and it never ran).
 */
export async function analyticsState(db: Db, workspaceId: string): Promise<AnalyticsState> {
  const [run] = await db
    .select({ refreshedAt: monitoringAnalyticsRuns.refreshedAt })
    .from(monitoringAnalyticsRuns)
    .where(eq(monitoringAnalyticsRuns.workspaceId, workspaceId));
  const refreshedAt = run?.refreshedAt ?? null;
  if (analyticsPending(workspaceId)) return { refreshedAt, stale: true };
  // Every write of values opens a batch: one stored after the run means the table is behind.
  const [newer] = refreshedAt
    ? await db
        .select({ one: sql<number>`1` })
        .from(monitoringValueBatches)
        .where(
          and(
            eq(monitoringValueBatches.workspaceId, workspaceId),
            gt(monitoringValueBatches.storedAt, refreshedAt),
          ),
        )
        .limit(1)
    : await db
        .select({ one: sql<number>`1` })
        .from(monitoringDataValues)
        .where(eq(monitoringDataValues.workspaceId, workspaceId))
        .limit(1);
  return { refreshedAt, stale: newer !== undefined };
}

/** The cheap variant for dashboards: only what this process knows (pending refresh, never refreshed). */
export async function analyticsStateQuick(db: Db, workspaceId: string): Promise<AnalyticsState> {
  const [run] = await db
    .select({ refreshedAt: monitoringAnalyticsRuns.refreshedAt })
    .from(monitoringAnalyticsRuns)
    .where(eq(monitoringAnalyticsRuns.workspaceId, workspaceId));
  return { refreshedAt: run?.refreshedAt ?? null, stale: analyticsPending(workspaceId) };
}
