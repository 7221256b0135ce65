import { asc, eq } from 'drizzle-orm';
import { categoryOptionCombos } from '../../../core/indicators/combos.ts';
import type { Aggregation, ValueType } from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import {
  type CategoryOptionRow,
  monitoringCategories,
  monitoringDataElements,
  monitoringOrgUnits,
} from '../../db/schema/monitoring.ts';

/**
 * A workspace's monitoring metadata in one read: what imports, indicator validation and analytics
 * resolve codes and names against.
 */

export interface MetaOrgUnit {
  id: string;
  code: string;
  name: string;
  nameTranslations: NameTranslations;
  parentId: string | null;
  path: string;
  level: number;
  actorId: string | null;
}

export interface MetaCategory {
  id: string;
  code: string;
  name: string;
  options: CategoryOptionRow[];
}

export interface MetaDataElement {
  id: string;
  code: string;
  name: string;
  aggregation: Aggregation;
  valueType: ValueType;
  categoryIds: string[];
  /** Its category option combos, in order (`['default']` without categories). */
  combos: string[];
  assessmentFrameworkId: string | null;
  assessmentItemId: string | null;
}

export interface MonitoringMetadata {
  orgUnits: MetaOrgUnit[];
  categories: MetaCategory[];
  dataElements: MetaDataElement[];
}

/**
 * One query after the other, not Promise.all: callers pass a transaction too (indicator checks), and
 * node-postgres runs a transaction's queries on one client, which must not get a second query while it
 * is executing one (pg's "client.query() when the client is already executing a query").
 */
export async function loadMonitoringMetadata(db: Db, workspaceId: string): Promise<MonitoringMetadata> {
  const units = await db
    .select({
      id: monitoringOrgUnits.id,
      code: monitoringOrgUnits.code,
      name: monitoringOrgUnits.name,
      nameTranslations: monitoringOrgUnits.nameTranslations,
      parentId: monitoringOrgUnits.parentId,
      path: monitoringOrgUnits.path,
      level: monitoringOrgUnits.level,
      actorId: monitoringOrgUnits.actorId,
    })
    .from(monitoringOrgUnits)
    .where(eq(monitoringOrgUnits.workspaceId, workspaceId))
    .orderBy(asc(monitoringOrgUnits.path));
  const categories = await db
    .select({
      id: monitoringCategories.id,
      code: monitoringCategories.code,
      name: monitoringCategories.name,
      options: monitoringCategories.options,
    })
    .from(monitoringCategories)
    .where(eq(monitoringCategories.workspaceId, workspaceId))
    .orderBy(asc(monitoringCategories.code));
  const elements = await db
    .select()
    .from(monitoringDataElements)
    .where(eq(monitoringDataElements.workspaceId, workspaceId))
    .orderBy(asc(monitoringDataElements.code));
  const byId = new Map(categories.map((c) => [c.id, c]));
  const dataElements = elements.map(
    (e): MetaDataElement => ({
      id: e.id,
      code: e.code,
      name: e.name,
      aggregation: e.aggregation as Aggregation,
      valueType: e.valueType as ValueType,
      categoryIds: e.categoryIds,
      combos: categoryOptionCombos(elementCategories(byId, e.categoryIds)),
      assessmentFrameworkId: e.assessmentFrameworkId,
      assessmentItemId: e.assessmentItemId,
    }),
  );
  return { orgUnits: units, categories, dataElements };
}

function elementCategories(byId: Map<string, MetaCategory>, categoryIds: string[]): MetaCategory[] {
  return categoryIds.flatMap((id) => {
    const category = byId.get(id);
    return category ? [category] : [];
  });
}

/** The categories of an element, in its order (for combo matching and disaggregation columns). */
export function categoriesOf(meta: MonitoringMetadata, element: { categoryIds: string[] }) {
  return elementCategories(new Map(meta.categories.map((c) => [c.id, c])), element.categoryIds);
}

export type Resolved<T> = T | { error: 'unknown' | 'ambiguous' };

export function isResolveError<T extends object>(
  value: Resolved<T>,
): value is { error: 'unknown' | 'ambiguous' } {
  return 'error' in value && (value.error === 'unknown' || value.error === 'ambiguous');
}

/** By id, then code (case-insensitive), then name (case-insensitive; ambiguous when two share it). */
function resolveByKey<T extends { id: string; code: string; name: string }>(
  rows: T[],
  key: string,
): Resolved<T> {
  const wanted = key.trim();
  if (!wanted) return { error: 'unknown' };
  const byId = rows.find((row) => row.id === wanted);
  if (byId) return byId;
  const lower = wanted.toLowerCase();
  const byCode = rows.find((row) => row.code.toLowerCase() === lower);
  if (byCode) return byCode;
  const byName = rows.filter((row) => row.name.trim().toLowerCase() === lower);
  if (byName.length === 1 && byName[0]) return byName[0];
  return { error: byName.length > 1 ? 'ambiguous' : 'unknown' };
}

export function resolveDataElement(meta: MonitoringMetadata, codeOrIdOrName: string) {
  return resolveByKey(meta.dataElements, codeOrIdOrName);
}

export function resolveOrgUnit(meta: MonitoringMetadata, codeOrIdOrName: string) {
  return resolveByKey(meta.orgUnits, codeOrIdOrName);
}

export function resolveCategory(meta: MonitoringMetadata, codeOrIdOrName: string) {
  return resolveByKey(meta.categories, codeOrIdOrName);
}

/** The unit and every unit below it (empty when the unit is unknown). */
export function subtreeIds(meta: MonitoringMetadata, orgUnitId: string): string[] {
  const unit = meta.orgUnits.find((u) => u.id === orgUnitId);
  if (!unit) return [];
  return meta.orgUnits.filter((u) => u.path.startsWith(unit.path)).map((u) => u.id);
}
