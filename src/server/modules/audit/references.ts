import { and, eq, inArray } from 'drizzle-orm';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import {
  actors,
  assessments,
  coordinationMechanisms,
  funders,
  needs,
  planItems,
  plans,
  users,
} from '../../db/schema/index.ts';
import { monitoringIndicators, monitoringOrgUnits, monitoringResults } from '../../db/schema/monitoring.ts';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** Fields whose values are ids of other records (parentId, leadActorId, itemIds, scenarioOf…). */
const isReferenceField = (field: string) => /(Id|Ids)$/.test(field) || field === 'scenarioOf';

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** Every id the changes of these entries point at, so the web can show names instead. */
export function referencedIds(entries: readonly { changes: Changes }[]): string[] {
  const ids = new Set<string>();
  for (const { changes } of entries) {
    for (const [field, change] of Object.entries(changes)) {
      if (!isReferenceField(field)) continue;
      for (const id of [...idsIn(change.before), ...idsIn(change.after)]) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * Names of the records those ids name, from this workspace's actors, plans, plan items, assessments,
 * needs, funders and coordination mechanisms, and the people concerned; ids of records gone since are
 * simply left out.
 */
export async function referenceNames(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const found = await Promise.all([
    db
      .select({ id: actors.id, name: actors.name })
      .from(actors)
      .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.id, ids))),
    db
      .select({ id: plans.id, name: plans.name })
      .from(plans)
      .where(and(eq(plans.workspaceId, workspaceId), inArray(plans.id, ids))),
    db
      .select({ id: planItems.id, code: planItems.code, name: planItems.name })
      .from(planItems)
      .where(and(eq(planItems.workspaceId, workspaceId), inArray(planItems.id, ids)))
      .then((rows) => rows.map((row) => ({ id: row.id, name: `${row.code} ${row.name}` }))),
    db
      .select({ id: assessments.id, name: assessments.title })
      .from(assessments)
      .where(and(eq(assessments.workspaceId, workspaceId), inArray(assessments.id, ids))),
    db
      .select({ id: needs.id, name: needs.title })
      .from(needs)
      .where(and(eq(needs.workspaceId, workspaceId), inArray(needs.id, ids))),
    db
      .select({ id: funders.id, name: funders.name })
      .from(funders)
      .where(and(eq(funders.workspaceId, workspaceId), inArray(funders.id, ids))),
    db
      .select({ id: coordinationMechanisms.id, name: coordinationMechanisms.name })
      .from(coordinationMechanisms)
      .where(
        and(eq(coordinationMechanisms.workspaceId, workspaceId), inArray(coordinationMechanisms.id, ids)),
      ),
    db
      .select({ id: monitoringIndicators.id, name: monitoringIndicators.name })
      .from(monitoringIndicators)
      .where(and(eq(monitoringIndicators.workspaceId, workspaceId), inArray(monitoringIndicators.id, ids))),
    db
      .select({ id: monitoringResults.id, code: monitoringResults.code, title: monitoringResults.title })
      .from(monitoringResults)
      .where(and(eq(monitoringResults.workspaceId, workspaceId), inArray(monitoringResults.id, ids)))
      .then((rows) => rows.map((row) => ({ id: row.id, name: `${row.code} ${row.title}` }))),
    db
      .select({ id: monitoringOrgUnits.id, name: monitoringOrgUnits.name })
      .from(monitoringOrgUnits)
      .where(and(eq(monitoringOrgUnits.workspaceId, workspaceId), inArray(monitoringOrgUnits.id, ids))),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)),
  ]);
  return Object.fromEntries(found.flat().map((row) => [row.id, row.name]));
}

/**
 * Codes of the framework items that assessment entries name (`itemId`, `itemIds`), read from the
 * framework each assessment was started with, so "item c10-q3" reads as the item's code.
 */
export async function itemCodes(
  db: Db,
  workspaceId: string,
  entries: readonly { entityType: string; entityId: string | null; changes: Changes }[],
): Promise<Record<string, string>> {
  const wanted = entries.filter(
    (entry) =>
      entry.entityType === 'assessment' &&
      entry.entityId &&
      ('itemId' in entry.changes || 'itemIds' in entry.changes),
  );
  const ids = [...new Set(wanted.map((entry) => entry.entityId as string))];
  if (ids.length === 0) return {};
  const rows = await db
    .select({ framework: assessments.framework })
    .from(assessments)
    .where(and(eq(assessments.workspaceId, workspaceId), inArray(assessments.id, ids)));
  const codes: Record<string, string> = {};
  for (const row of rows) {
    for (const { item } of listItems(row.framework as Framework)) codes[item.id] = item.code;
  }
  const named = new Set(
    wanted.flatMap((entry) => [
      ...idsIn(entry.changes.itemId?.after),
      ...idsIn(entry.changes.itemId?.before),
      ...idsIn(entry.changes.itemIds?.after),
      ...idsIn(entry.changes.itemIds?.before),
    ]),
  );
  return Object.fromEntries(Object.entries(codes).filter(([id]) => named.has(id)));
}
