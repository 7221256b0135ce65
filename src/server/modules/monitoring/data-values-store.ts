import { sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Period } from '../../../core/indicators/periods.ts';
import { type Db, queryRows } from '../../db/client.ts';

/**
 * Writes to `monitoring_values`, the lean table behind the `monitoring_data_values` view (see the
 * schema). The table has no unique key: every writer takes the workspace's lock first and deletes the
 * keys it replaces, so one key keeps one value.
 */

/** One value to store, by ids as the API names them. */
export interface StoredValue {
  dataElementId: string;
  orgUnitId: string;
  period: Pick<Period, 'id' | 'start' | 'end'>;
  combo: string;
  value: number;
  comment: string | null;
}

/** Serialises data value writes of a workspace until the transaction ends. */
export async function lockDataValues(tx: Db, workspaceId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`monitoring_values:${workspaceId}`}, 0))`,
  );
}

/** A new batch (who stored, when); its number goes on every value written with it. */
export async function newValueBatch(tx: Db, workspaceId: string, storedBy: string | null): Promise<number> {
  const [row] = await queryRows<{ num: number }>(
    tx,
    sql`insert into monitoring_value_batches (workspace_id, stored_by) values (${workspaceId}, ${storedBy})
        returning num`,
  );
  return row.num;
}

/**
 * The number of each period, added when new. The insert and the read are two statements: a period
 * another transaction adds at the same moment is only visible to a statement that starts after it
 * committed (the insert waits for it). Keys go in sorted, so two imports never wait on each other in a
 * circle.
 */
export async function periodNums(
  tx: Db,
  periods: readonly Pick<Period, 'id' | 'start' | 'end'>[],
): Promise<Map<string, number>> {
  if (periods.length === 0) return new Map();
  const ids = periods.map((p) => p.id);
  await tx.execute(sql`
    insert into monitoring_periods (id, start_date, end_date)
    select * from unnest(${sql.param(ids)}::text[], ${sql.param(periods.map((p) => p.start))}::date[],
                         ${sql.param(periods.map((p) => p.end))}::date[]) as g(id, start_date, end_date)
    order by id
    on conflict (id) do nothing`);
  const rows = await queryRows<{ id: string; num: number }>(
    tx,
    sql`select id, num from monitoring_periods where id = any(${sql.param(ids)}::text[])`,
  );
  return complete(new Map(rows.map((row) => [row.id, row.num])), ids, 'period');
}

/** The number of each combo text, added when new (as periodNums). */
export async function comboNums(tx: Db, combos: readonly string[]): Promise<Map<string, number>> {
  if (combos.length === 0) return new Map();
  await tx.execute(sql`
    insert into monitoring_combo_keys (combo)
    select distinct unnest(${sql.param(combos)}::text[]) as combo order by combo
    on conflict (combo) do nothing`);
  const rows = await queryRows<{ combo: string; num: number }>(
    tx,
    sql`select combo, num from monitoring_combo_keys where combo = any(${sql.param(combos)}::text[])`,
  );
  return complete(new Map(rows.map((row) => [row.combo, row.num])), combos, 'combo');
}

function complete(nums: Map<string, number>, keys: readonly string[], what: string): Map<string, number> {
  const missing = keys.find((key) => !nums.has(key));
  if (missing !== undefined) throw new Error(`no number for the ${what} "${missing}"`);
  return nums;
}

/** Each data element's and org unit's number, by id, for the workspace. */
export async function metadataNums(tx: Db, workspaceId: string) {
  const elements = await queryRows<{ id: string; num: number }>(
    tx,
    sql`select id, num from monitoring_data_elements where workspace_id = ${workspaceId}`,
  );
  const units = await queryRows<{ id: string; num: number }>(
    tx,
    sql`select id, num from monitoring_org_units where workspace_id = ${workspaceId}`,
  );
  return {
    elements: new Map(elements.map((row) => [row.id, row.num])),
    units: new Map(units.map((row) => [row.id, row.num])),
  };
}

/**
 * The rows' keys as numbers (and their values, when given), from ids of this workspace: a key naming
 * another workspace's element or unit matches nothing.
 */
function numberedRows(
  workspaceId: string,
  rows: readonly Omit<StoredValue, 'value' | 'comment'>[],
  values?: readonly StoredValue[],
) {
  const extra = values
    ? sql`, ${sql.param(values.map((r) => r.value))}::float8[], ${sql.param(values.map((r) => r.comment))}::text[]`
    : sql``;
  return sql`
    select e.num as en, u.num as un, p.num as pn, c.num as cn${values ? sql`, k.value, k.comment` : sql``}
    from unnest(${sql.param(rows.map((r) => r.dataElementId))}::text[], ${sql.param(rows.map((r) => r.orgUnitId))}::text[],
                ${sql.param(rows.map((r) => r.period.id))}::text[], ${sql.param(rows.map((r) => r.combo))}::text[]${extra})
         as k(de, ou, pe, coc${values ? sql`, value, comment` : sql``})
    join monitoring_data_elements e on e.id = k.de and e.workspace_id = ${workspaceId}
    join monitoring_org_units u on u.id = k.ou and u.workspace_id = ${workspaceId}
    join monitoring_periods p on p.id = k.pe
    join monitoring_combo_keys c on c.combo = k.coc`;
}

/** The rows' keys as numbers (keys naming no element, unit, period or combo of the workspace are left out). */
function keyNums(tx: Db, workspaceId: string, rows: readonly Omit<StoredValue, 'value' | 'comment'>[]) {
  return queryRows<{ en: number; un: number; pn: number; cn: number }>(tx, numberedRows(workspaceId, rows));
}

/** Numbers as one `int[]` parameter, for `= any(…)`: constants the planner can lead an index scan with. */
export const intArray = (nums: Iterable<number>) => sql`${sql.param([...nums])}::int[]`;

/** Past this many (element, period) pairs, the index is asked by element only (each pair is one index scan). */
const MAX_PERIOD_PAIRS = 256;

/**
 * The rows of `alias` (a `monitoring_values` row) in these elements and periods, as a filter that leads the
 * lookup through the BRIN index: by element and period when the pairs are few, else by element, the
 * periods then only checked on the rows found (`+ 0` keeps the planner from scanning the index per period).
 * The numbers go in as constants (not joined), so the planner sees what the index can skip.
 */
export function indexedScope(
  alias: 'v' | 'old' | 'new',
  elementNums: readonly number[],
  periodNums: readonly number[],
) {
  const elements = [...new Set(elementNums)];
  const periods = [...new Set(periodNums)];
  const row = sql.raw(alias);
  const period =
    elements.length * periods.length <= MAX_PERIOD_PAIRS
      ? sql`${row}.period_num`
      : sql`(${row}.period_num + 0)`;
  return sql`${row}.element_num = any(${intArray(elements)}) and ${period} = any(${intArray(periods)})`;
}

/** Deletes the stored values with these keys; returns how many there were. Call under the lock. */
export async function deleteValueKeys(
  tx: Db,
  workspaceId: string,
  rows: readonly Omit<StoredValue, 'value' | 'comment'>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = await keyNums(tx, workspaceId, rows);
  if (keys.length === 0) return 0;
  // The exact keys are a filter on the rows the index finds, not a join: joined, the planner scans the
  // index again for every key.
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with gone as (
          delete from monitoring_values v
          where ${indexedScope(
            'v',
            keys.map((k) => k.en),
            keys.map((k) => k.pn),
          )}
            and v.org_unit_num = any(${intArray(new Set(keys.map((k) => k.un)))})
            and concat_ws('.', v.element_num, v.org_unit_num, v.period_num, v.combo_num)
                = any(${sql.param(keys.map((k) => `${k.en}.${k.un}.${k.pn}.${k.cn}`))}::text[])
          returning 1
        )
        select count(*)::int as n from gone`,
  );
  return row?.n ?? 0;
}

/** A value stored for one org unit and period (what an entry form shows). */
export interface ValueAt {
  dataElementId: string;
  categoryOptionCombo: string;
  value: number;
  comment: string | null;
  updatedAt: Date;
}

/** The values of these elements stored for one org unit and period, by element id and combo. */
export async function valuesAt(
  db: Db,
  workspaceId: string,
  at: { dataElementIds: readonly string[]; orgUnitId: string; periodId: string },
): Promise<ValueAt[]> {
  if (at.dataElementIds.length === 0) return [];
  const [nums] = await queryRows<{ elements: number[]; unit: number | null; period: number | null }>(
    db,
    sql`select
          array(select num from monitoring_data_elements
                where workspace_id = ${workspaceId} and id = any(${sql.param([...at.dataElementIds])}::text[])) as elements,
          (select num from monitoring_org_units where workspace_id = ${workspaceId} and id = ${at.orgUnitId}) as unit,
          (select num from monitoring_periods where id = ${at.periodId}) as period`,
  );
  if (!nums || nums.elements.length === 0 || nums.unit === null || nums.period === null) return [];
  const rows = await queryRows<Omit<ValueAt, 'updatedAt'> & { storedAtMs: number }>(
    db,
    sql`select e.id as "dataElementId", c.combo as "categoryOptionCombo", v.value, v.comment,
               extract(epoch from b.stored_at)::float8 * 1000 as "storedAtMs"
        from monitoring_values v
        join monitoring_data_elements e on e.num = v.element_num
        join monitoring_combo_keys c on c.num = v.combo_num
        join monitoring_value_batches b on b.num = v.batch_num
        where ${indexedScope('v', nums.elements, [nums.period])} and v.org_unit_num = ${nums.unit}
        order by e.id, c.combo`,
  );
  return rows.map(({ storedAtMs, ...row }) => ({ ...row, updatedAt: new Date(storedAtMs) }));
}

/** Which values to delete: all of these elements, or of these units, optionally only in some periods. */
export interface ValueScope {
  dataElementIds?: readonly string[];
  orgUnitIds?: readonly string[];
  periodIds?: readonly string[];
}

/** Deletes the workspace's values in the scope (at least elements or units); returns how many. */
export async function deleteValuesIn(tx: Db, workspaceId: string, scope: ValueScope): Promise<number> {
  const { dataElementIds, orgUnitIds, periodIds } = scope;
  if (!dataElementIds && !orgUnitIds) throw new Error('deleteValuesIn: name elements or units');
  const elements = sql`(select num from monitoring_data_elements where workspace_id = ${workspaceId}${
    dataElementIds ? sql` and id = any(${sql.param([...dataElementIds])}::text[])` : sql``
  })`;
  const units = orgUnitIds
    ? sql` and v.org_unit_num in (select num from monitoring_org_units where workspace_id = ${workspaceId}
             and id = any(${sql.param([...orgUnitIds])}::text[]))`
    : sql``;
  const periods = periodIds
    ? sql` and v.period_num in (select num from monitoring_periods where id = any(${sql.param([...periodIds])}::text[]))`
    : sql``;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with gone as (
          delete from monitoring_values v where v.element_num in ${elements}${units}${periods}
          returning 1
        )
        select count(*)::int as n from gone`,
  );
  return row?.n ?? 0;
}

/**
 * Stores values under the workspace's lock, replacing those with the same keys (a small write: an entry
 * form, a sync, a published survey). Returns how many stored values were replaced.
 */
export async function replaceValues(
  tx: Db,
  workspaceId: string,
  storedBy: string | null,
  rows: readonly StoredValue[],
): Promise<number> {
  await lockDataValues(tx, workspaceId);
  if (rows.length === 0) return 0;
  const replaced = await deleteValueKeys(tx, workspaceId, rows);
  await insertValues(tx, workspaceId, storedBy, rows);
  return replaced;
}

/** Inserts values (call under the lock, after deleting what they replace). */
export async function insertValues(
  tx: Db,
  workspaceId: string,
  storedBy: string | null,
  rows: readonly StoredValue[],
): Promise<void> {
  if (rows.length === 0) return;
  await periodNums(
    tx,
    uniqueBy(
      rows.map((r) => r.period),
      (p) => p.id,
    ),
  );
  await comboNums(tx, [...new Set(rows.map((r) => r.combo))]);
  const batch = await newValueBatch(tx, workspaceId, storedBy);
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with added as (
          insert into monitoring_values (element_num, org_unit_num, period_num, combo_num, value, comment, batch_num)
          select k.en, k.un, k.pn, k.cn, k.value, k.comment, ${batch} from (${numberedRows(workspaceId, rows, rows)}) k
          returning 1
        ) select count(*)::int as n from added`,
  );
  // Callers check ids against the workspace's metadata before the lock: a row lost here names an element
  // or unit deleted meanwhile.
  if (row?.n !== rows.length)
    throw new AppError('conflict', 'a data element or org unit was deleted meanwhile; reload and try again');
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
