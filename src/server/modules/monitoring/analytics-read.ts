import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { categoryOptionCombos } from '../../../core/indicators/combos.ts';
import type { Aggregation, ValueType } from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import { type Db, queryRows } from '../../db/client.ts';
import {
  monitoringAnalytics,
  monitoringCategories,
  monitoringDataElements,
  monitoringIndicators,
  monitoringOrgUnits,
  monitoringTargets,
} from '../../db/schema/index.ts';
import type { AnalyticsQueryInput } from './analytics-schemas.ts';
import {
  categoriesOf,
  type MetaCategory,
  type MetaDataElement,
  type MetaOrgUnit,
  type MonitoringMetadata,
} from './metadata-repo.ts';

/**
 * The reads behind analytics queries, shaped for several queries at once (a dashboard's charts): each is
 * one statement whose rows come back aggregated as JSON. Parsing one JSON text is far cheaper than the
 * driver's per-row, per-field decoding (PGlite's protocol parser dominated the dashboard's time), and
 * a dashboard needs two statements instead of several per chart.
 */

export interface QueryDataElement extends MetaDataElement {
  nameTranslations: NameTranslations;
}

export interface QueryIndicator {
  id: string;
  code: string;
  name: string;
  nameTranslations: NameTranslations;
  numerator: string;
  denominator: string;
  factor: number;
  direction: string;
}

export interface QueryMetadata {
  /** The workspace's data elements and categories; of its org units only those the selections can choose. */
  meta: MonitoringMetadata & { dataElements: QueryDataElement[] };
  /** The workspace's indicators among the ids asked for. */
  indicators: QueryIndicator[];
  /** The baselines and targets of the indicators asked for, in the org units the selections can choose. */
  targets: TargetRow[];
}

type OrgUnitSelection = AnalyticsQueryInput['orgUnits'];

/** A float8 as JSON: a number, or a string for NaN and ±Infinity. */
const toNumber = (value: number | string) => (typeof value === 'number' ? value : Number(value));

const json = (rows: SQL) => sql`coalesce((${rows}), '[]'::json)`;

/**
 * The org units `resolveOrgUnits` may pick for a selection (a superset of them, never fewer): the ids,
 * the parent, and the level asked for (under the parent when there is one).
 */
function orgUnitCondition(selection: OrgUnitSelection): SQL {
  const ids = [...(selection.ids ?? []), ...(selection.parentId ? [selection.parentId] : [])];
  const conditions: SQL[] = [];
  if (ids.length > 0) conditions.push(sql`u.id = any(${sql.param(ids)}::text[])`);
  const wantsTree =
    selection.level !== undefined || Boolean(selection.parentId) || (selection.ids ?? []).length === 0;
  if (wantsTree && selection.parentId)
    conditions.push(sql`exists (select 1 from ${monitoringOrgUnits} p
      where p.workspace_id = u.workspace_id and p.id = ${selection.parentId}
        and u.level = coalesce(${selection.level ?? null}::int, p.level + 1) and starts_with(u.path, p.path))`);
  else if (wantsTree) conditions.push(sql`u.level = ${selection.level ?? 1}`);
  return sql.join(conditions, sql` or `);
}

/** One statement: what `loadMonitoringMetadata` gives (org units narrowed to the selections) and the indicators. */
export async function readQueryMetadata(
  db: Db,
  workspaceId: string,
  indicatorIds: string[],
  selections: OrgUnitSelection[],
  targetIndicatorIds: string[] = [],
): Promise<QueryMetadata> {
  const chosen =
    selections.length === 0
      ? sql`false`
      : sql`u.workspace_id = ${workspaceId} and (${sql.join(selections.map(orgUnitCondition), sql` or `)})`;
  const units = json(sql`select json_agg(json_build_object('id', u.id, 'code', u.code, 'name', u.name,
      'nameTranslations', u.name_translations, 'parentId', u.parent_id, 'path', u.path, 'level', u.level,
      'actorId', u.actor_id) order by u.path)
    from ${monitoringOrgUnits} u where ${chosen}`);
  const targets =
    targetIndicatorIds.length === 0 || selections.length === 0
      ? sql`'[]'::json`
      : json(sql`select json_agg(json_build_object('item', t.indicator_id, 'kind', t.kind,
          'period', t.period, 'orgUnit', t.org_unit_id, 'disaggregation', t.disaggregation, 'value', t.value))
        from ${monitoringTargets} t
        where t.workspace_id = ${workspaceId}
          and t.indicator_id = any(${sql.param([...new Set(targetIndicatorIds)])}::text[])
          and t.org_unit_id in (select u.id from ${monitoringOrgUnits} u where ${chosen})`);
  const indicators =
    indicatorIds.length === 0
      ? sql`'[]'::json`
      : json(sql`select json_agg(json_build_object('id', i.id, 'code', i.code, 'name', i.name,
          'nameTranslations', i.name_translations, 'numerator', i.numerator, 'denominator', i.denominator,
          'factor', i.factor, 'direction', i.direction))
        from ${monitoringIndicators} i
        where i.workspace_id = ${workspaceId} and i.id = any(${sql.param(indicatorIds)}::text[])`);
  const [row] = await queryRows<{
    elements: Omit<QueryDataElement, 'combos'>[];
    categories: MetaCategory[];
    indicators: QueryIndicator[];
    units: MetaOrgUnit[];
    targets: (Omit<TargetRow, 'value'> & { value: number | string })[];
  }>(
    db,
    sql`select
      ${json(sql`select json_agg(json_build_object('id', e.id, 'code', e.code, 'name', e.name,
          'nameTranslations', e.name_translations, 'aggregation', e.aggregation, 'valueType', e.value_type,
          'categoryIds', e.category_ids, 'assessmentFrameworkId', e.assessment_framework_id,
          'assessmentItemId', e.assessment_item_id) order by e.code)
        from ${monitoringDataElements} e where e.workspace_id = ${workspaceId}`)} as elements,
      ${json(sql`select json_agg(json_build_object('id', c.id, 'code', c.code, 'name', c.name,
          'options', c.options) order by c.code)
        from ${monitoringCategories} c where c.workspace_id = ${workspaceId}`)} as categories,
      ${indicators} as indicators,
      ${units} as units,
      ${targets} as targets`,
  );
  if (!row) throw new Error('the metadata query returned no row');
  const categories = row.categories;
  const dataElements = row.elements.map(
    (e): QueryDataElement => ({
      ...e,
      aggregation: e.aggregation as Aggregation,
      valueType: e.valueType as ValueType,
      combos: categoryOptionCombos(categoriesOf({ categories } as MonitoringMetadata, e)),
    }),
  );
  return {
    meta: { orgUnits: row.units, categories, dataElements },
    indicators: row.indicators,
    targets: row.targets.map((t) => ({ ...t, value: toNumber(t.value) })),
  };
}

/** Analytics cells keyed `element|orgUnit|period`, each with its combos' values. */
export type AnalyticsCells = Map<string, { combo: string; value: number }[]>;

/** How `AnalyticsCells` keys a cell. */
export const cellKey = (elementId: string, orgUnitId: string, period: string) =>
  `${elementId}|${orgUnitId}|${period}`;

/** The analytics cells one query reads: these elements in these org units and periods. */
export interface CellRequest {
  elementIds: string[];
  orgUnitIds: string[];
  periods: string[];
}

export interface TargetRow {
  item: string;
  kind: string;
  period: string;
  orgUnit: string;
  disaggregation: string;
  value: number;
}

/** One analytics row: element, org unit, period, combo, value. */
type CellRow = [string, string, string, string, number];

/**
 * Cell reads already answered, by database, workspace, refresh and request. The analytics table changes
 * only when a refresh rewrites it, and every refresh records a new `refreshedAt` (read afresh by each
 * request), so an entry is right for as long as its refresh is the latest: a later refresh, in this
 * process or another, gives new keys (as DHIS2 caches analytics until the tables are regenerated). The
 * rows an org unit's or element's deletion removes are never asked for again (the metadata is read
 * afresh). Targets are not cached: they change without a refresh. Bounded by rows, least recently used
 * first out.
 */
const CACHE_ROWS = 200_000;
const ENTRY_ROWS = 20_000;
interface CellCache {
  rows: number;
  entries: Map<string, CellRow[]>;
}
const cellCaches = new WeakMap<Db, CellCache>();

function cacheOf(db: Db): CellCache {
  let cache = cellCaches.get(db);
  if (!cache) {
    cache = { rows: 0, entries: new Map() };
    cellCaches.set(db, cache);
  }
  return cache;
}

/** Requests kept at most, whatever their size (an empty answer is an entry too). */
const CACHE_ENTRIES = 2_000;

function remember(cache: CellCache, key: string, rows: CellRow[]) {
  if (rows.length > ENTRY_ROWS || cache.entries.has(key)) return;
  cache.entries.set(key, rows);
  cache.rows += rows.length;
  for (const [oldest, dropped] of cache.entries) {
    if (cache.rows <= CACHE_ROWS && cache.entries.size <= CACHE_ENTRIES) break;
    cache.entries.delete(oldest);
    cache.rows -= dropped.length;
  }
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();

/**
 * The analytics cells of every request (one primary-key range scan each, unioned, each cell kept once),
 * in one statement. With `asOf` (the latest refresh, none pending) reads are cached until the next one.
 */
export async function readCells(
  db: Db,
  workspaceId: string,
  cellRequests: CellRequest[],
  asOf: Date | null = null,
): Promise<AnalyticsCells> {
  const cache = asOf ? cacheOf(db) : null;
  const found: CellRow[][] = [];
  const missing: { key: string; elementIds: string[]; orgUnitIds: string[]; periods: string[] }[] = [];
  for (const request of cellRequests) {
    const elementIds = sortedUnique(request.elementIds);
    const orgUnitIds = sortedUnique(request.orgUnitIds);
    const periods = sortedUnique(request.periods);
    if (elementIds.length === 0 || orgUnitIds.length === 0 || periods.length === 0) continue;
    // A digest of the request, so a key stays small whatever the selection.
    const digest = createHash('sha256').update(`${elementIds}\n${orgUnitIds}\n${periods}`).digest('base64');
    const key = `${workspaceId}\n${asOf?.getTime()}\n${digest}`;
    const hit = cache?.entries.get(key);
    if (cache && hit) {
      cache.entries.delete(key); // most recently used last
      cache.entries.set(key, hit);
      found.push(hit);
    } else if (!missing.some((m) => m.key === key)) missing.push({ key, elementIds, orgUnitIds, periods });
  }
  if (missing.length > 0) {
    const scans = missing.map(
      (r, index) => sql`select ${index}::int as request, a.data_element_id, a.org_unit_id, a.period,
          a.category_option_combo, a.value
        from ${monitoringAnalytics} a
        where a.workspace_id = ${workspaceId}
          and a.data_element_id = any(${sql.param(r.elementIds)}::text[])
          and a.org_unit_id = any(${sql.param(r.orgUnitIds)}::text[])
          and a.period = any(${sql.param(r.periods)}::text[])`,
    );
    const [row] = await queryRows<{ cells: [number, string, string, string, string, number | string][] }>(
      db,
      sql`select ${json(sql`select json_agg(json_build_array(c.request, c.data_element_id, c.org_unit_id,
          c.period, c.category_option_combo, c.value)) from (${sql.join(scans, sql` union all `)}) c`)} as cells`,
    );
    if (!row) throw new Error('the analytics query returned no row');
    const read: CellRow[][] = missing.map(() => []);
    for (const [request, de, ou, period, combo, value] of row.cells)
      read[request]?.push([de, ou, period, combo, toNumber(value)]);
    for (const [index, rows] of read.entries()) {
      found.push(rows);
      if (cache) remember(cache, missing[index]?.key as string, rows);
    }
  }
  // the same cell may be in several requests' ranges: keep it once
  const cells: AnalyticsCells = new Map();
  const seen = new Set<string>();
  for (const rows of found) {
    for (const [de, ou, period, combo, value] of rows) {
      const key = cellKey(de, ou, period);
      const id = `${key}|${combo}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const list = cells.get(key);
      if (list) list.push({ combo, value });
      else cells.set(key, [{ combo, value }]);
    }
  }
  return cells;
}
