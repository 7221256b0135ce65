import { randomUUID } from 'node:crypto';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import { monitoringAnalytics, monitoringDataSets, monitoringOrgUnits } from '../../db/schema/monitoring.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';
import { refreshAfterMetadataChange } from './analytics-metadata.ts';
import { deleteValuesIn, lockDataValues } from './data-values-store.ts';
import {
  audited as auditedRow,
  auditMetadata,
  type MetadataOptions,
  requireFreeCode,
} from './metadata-common.ts';

/** The path and level follow from the parent: the log records the parent only. */
function audited(row: OrgUnitRow) {
  const { path: _p, level: _l, ...rest } = auditedRow(row);
  return rest;
}

/** Org units: a tree kept as materialised paths (`/root/…/self/`) so a subtree is one prefix match. */

export type OrgUnitRow = typeof monitoringOrgUnits.$inferSelect;

export interface OrgUnitInput {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  parentId?: string | null;
  actorId?: string | null;
}

export function presentOrgUnit(row: OrgUnitRow, childCount: number) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameTranslations: row.nameTranslations,
    parentId: row.parentId,
    path: row.path,
    level: row.level,
    actorId: row.actorId,
    childCount,
    version: row.rowVersion,
  };
}

async function childCounts(db: Db, workspaceId: string) {
  const rows = await db
    .select({ parentId: monitoringOrgUnits.parentId, count: sql<number>`count(*)::int` })
    .from(monitoringOrgUnits)
    .where(eq(monitoringOrgUnits.workspaceId, workspaceId))
    .groupBy(monitoringOrgUnits.parentId);
  return new Map(rows.map((r) => [r.parentId, Number(r.count)]));
}

/** Every unit in tree order (by path), optionally only those whose code or name holds `q`. */
export async function listOrgUnits({ db, actor, q }: MetadataOptions & { q?: string }) {
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const conditions = [eq(monitoringOrgUnits.workspaceId, ws)];
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const match = or(ilike(monitoringOrgUnits.code, pattern), ilike(monitoringOrgUnits.name, pattern));
    if (match) conditions.push(match);
  }
  const [rows, counts] = await Promise.all([
    db
      .select()
      .from(monitoringOrgUnits)
      .where(and(...conditions))
      .orderBy(asc(monitoringOrgUnits.level), asc(monitoringOrgUnits.name)),
    childCounts(db, ws),
  ]);
  return rows.map((row) => presentOrgUnit(row, counts.get(row.id) ?? 0));
}

export async function findOrgUnit(db: Db, workspaceId: string, orgUnitId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringOrgUnits)
    .where(and(eq(monitoringOrgUnits.id, orgUnitId), eq(monitoringOrgUnits.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no org unit "${orgUnitId}" in this workspace`);
  return row;
}

/** The parent named by a body: a unit of this workspace (400 naming parentId otherwise). */
async function parentOf(tx: Db, workspaceId: string, parentId: string | null | undefined) {
  if (!parentId) return null;
  const [row] = await tx
    .select()
    .from(monitoringOrgUnits)
    .where(and(eq(monitoringOrgUnits.id, parentId), eq(monitoringOrgUnits.workspaceId, workspaceId)))
    .for('share');
  if (!row)
    throw new AppError('bad_request', `parentId: no org unit "${parentId}" in this workspace`, {
      field: 'parentId',
      id: parentId,
    });
  return row;
}

async function presentOne(db: Db, row: OrgUnitRow) {
  const counts = await childCounts(db, row.workspaceId);
  return presentOrgUnit(row, counts.get(row.id) ?? 0);
}

export async function createOrgUnit({ db, actor, input }: MetadataOptions & { input: OrgUnitInput }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const row = await db.transaction(async (tx) => {
    await requireFreeCode(tx, monitoringOrgUnits, ws, input.code);
    const parent = await parentOf(tx, ws, input.parentId);
    await requireActorsInWorkspace(tx, ws, input.actorId ?? null, 'actorId');
    const id = randomUUID();
    const [created] = await tx
      .insert(monitoringOrgUnits)
      .values({
        id,
        workspaceId: ws,
        code: input.code,
        name: input.name,
        nameTranslations: input.nameTranslations ?? {},
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        level: (parent?.level ?? 0) + 1,
        actorId: input.actorId ?? null,
      })
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_org_unit',
      verb: 'create',
      entityId: id,
      after: audited(created),
    });
    return created;
  });
  return presentOne(db, row);
}

/** Moves `unit` and its subtree under `parent`: one update rewrites every path and level below. */
async function moveSubtree(tx: Db, unit: OrgUnitRow, parent: OrgUnitRow | null) {
  if (parent?.path.startsWith(unit.path))
    throw new AppError(
      'bad_request',
      parent.id === unit.id
        ? 'parentId: a unit cannot be its own parent'
        : `parentId: "${parent.name}" is below this unit; moving there would make a cycle`,
      { field: 'parentId', id: parent.id },
    );
  const newPath = `${parent?.path ?? '/'}${unit.id}/`;
  const shift = (parent?.level ?? 0) + 1 - unit.level;
  await tx
    .update(monitoringOrgUnits)
    .set({
      path: sql`${newPath} || substr(${monitoringOrgUnits.path}, ${unit.path.length + 1})`,
      level: sql`${monitoringOrgUnits.level} + ${shift}`,
    })
    .where(
      and(
        eq(monitoringOrgUnits.workspaceId, unit.workspaceId),
        sql`left(${monitoringOrgUnits.path}, ${unit.path.length}) = ${unit.path}`,
      ),
    );
}

export async function updateOrgUnit({
  db,
  actor,
  orgUnitId,
  patch,
  expectedVersion,
}: MetadataOptions & { orgUnitId: string; patch: Partial<OrgUnitInput>; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  let moved = false;
  const row = await db.transaction(async (tx) => {
    const before = await findOrgUnit(tx, ws, orgUnitId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await requireFreeCode(tx, monitoringOrgUnits, ws, patch.code, before.id);
    await requireActorsInWorkspace(tx, ws, patch.actorId ?? null, 'actorId');
    if (patch.parentId !== undefined && (patch.parentId ?? null) !== before.parentId) {
      await moveSubtree(tx, before, await parentOf(tx, ws, patch.parentId));
      moved = true;
    }
    const [updated] = await tx
      .update(monitoringOrgUnits)
      .set({
        code: patch.code,
        name: patch.name,
        nameTranslations: patch.nameTranslations,
        parentId: patch.parentId,
        actorId: patch.actorId,
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringOrgUnits.rowVersion),
      })
      .where(eq(monitoringOrgUnits.id, before.id))
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_org_unit',
      verb: 'update',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
  // the unit's values now count in other ancestors: every element's figures change
  if (moved) await refreshAfterMetadataChange(db, ws);
  return presentOne(db, row);
}

/**
 * Deletes a unit without children, with its data values and pre-aggregated figures; its targets and
 * flags go with it (foreign keys), and data sets stop listing it.
 */
export async function deleteOrgUnit({
  db,
  actor,
  orgUnitId,
  expectedVersion,
}: MetadataOptions & { orgUnitId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  await db.transaction(async (tx) => {
    // the values' lock before the row's, in the order every value writer takes them
    await lockDataValues(tx, ws);
    const before = await findOrgUnit(tx, ws, orgUnitId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const [child] = await tx
      .select({ name: monitoringOrgUnits.name })
      .from(monitoringOrgUnits)
      .where(and(eq(monitoringOrgUnits.workspaceId, ws), eq(monitoringOrgUnits.parentId, before.id)))
      .limit(1);
    if (child)
      throw new AppError(
        'conflict',
        `"${before.name}" has units below it (e.g. "${child.name}"); delete or move them first`,
      );
    await deleteValuesIn(tx, ws, { orgUnitIds: [before.id] });
    await tx
      .delete(monitoringAnalytics)
      .where(and(eq(monitoringAnalytics.workspaceId, ws), eq(monitoringAnalytics.orgUnitId, before.id)));
    await tx
      .update(monitoringDataSets)
      .set({
        orgUnitIds: sql`${monitoringDataSets.orgUnitIds} - ${before.id}::text`,
        rowVersion: nextVersion(monitoringDataSets.rowVersion),
        updatedAt: new Date(),
      })
      .where(
        and(eq(monitoringDataSets.workspaceId, ws), sql`${monitoringDataSets.orgUnitIds} ? ${before.id}`),
      );
    await tx.delete(monitoringOrgUnits).where(eq(monitoringOrgUnits.id, before.id));
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_org_unit',
      verb: 'delete',
      entityId: before.id,
      before: audited(before),
    });
  });
  // its values no longer count in its ancestors' figures
  await refreshAfterMetadataChange(db, ws);
}
