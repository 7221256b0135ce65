import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { PeriodType } from '../../../core/indicators/periods.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import {
  monitoringDataElements,
  monitoringDataSets,
  monitoringOrgUnits,
} from '../../db/schema/monitoring.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { introducesFiscalType, refreshAfterMetadataChange } from './analytics-metadata.ts';
import {
  audited,
  auditMetadata,
  type MetadataOptions,
  requireFreeCode,
  requireKnownIds,
  uniqueList,
} from './metadata-common.ts';

/** Data sets: the entry forms (which elements, reported by which units, how often). */

export type DataSetRow = typeof monitoringDataSets.$inferSelect;

export interface DataSetInput {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  periodType: PeriodType;
  dataElementIds?: string[];
  orgUnitIds?: string[];
}

export function presentDataSet(row: DataSetRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameTranslations: row.nameTranslations,
    periodType: row.periodType as PeriodType,
    dataElementIds: row.dataElementIds,
    orgUnitIds: row.orgUnitIds,
    version: row.rowVersion,
  };
}

export async function listDataSets({ db, actor }: MetadataOptions) {
  authorize(actor, 'workspace:read');
  const rows = await db
    .select()
    .from(monitoringDataSets)
    .where(eq(monitoringDataSets.workspaceId, actor.workspace.id))
    .orderBy(asc(monitoringDataSets.name));
  return rows.map(presentDataSet);
}

export async function findDataSet(db: Db, workspaceId: string, dataSetId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringDataSets)
    .where(and(eq(monitoringDataSets.id, dataSetId), eq(monitoringDataSets.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no data set "${dataSetId}" in this workspace`);
  return row;
}

/** Elements and units named by a body must be this workspace's (400 naming the field, index and id). */
async function checkMembers(tx: Db, workspaceId: string, input: Partial<DataSetInput>) {
  if (input.dataElementIds?.length) {
    const known = await tx
      .select({ id: monitoringDataElements.id })
      .from(monitoringDataElements)
      .where(
        and(
          eq(monitoringDataElements.workspaceId, workspaceId),
          inArray(monitoringDataElements.id, input.dataElementIds),
        ),
      )
      .for('share');
    requireKnownIds('dataElementIds', input.dataElementIds, new Set(known.map((r) => r.id)), 'data element');
  }
  if (input.orgUnitIds?.length) {
    const known = await tx
      .select({ id: monitoringOrgUnits.id })
      .from(monitoringOrgUnits)
      .where(
        and(
          eq(monitoringOrgUnits.workspaceId, workspaceId),
          inArray(monitoringOrgUnits.id, input.orgUnitIds),
        ),
      )
      .for('share');
    requireKnownIds('orgUnitIds', input.orgUnitIds, new Set(known.map((r) => r.id)), 'org unit');
  }
}

export async function createDataSet({ db, actor, input }: MetadataOptions & { input: DataSetInput }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const row = await db.transaction(async (tx) => {
    await requireFreeCode(tx, monitoringDataSets, ws, input.code);
    await checkMembers(tx, ws, input);
    const id = randomUUID();
    const [created] = await tx
      .insert(monitoringDataSets)
      .values({
        ...input,
        id,
        workspaceId: ws,
        nameTranslations: input.nameTranslations ?? {},
        dataElementIds: uniqueList(input.dataElementIds) ?? [],
        orgUnitIds: uniqueList(input.orgUnitIds) ?? [],
      })
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_data_set',
      verb: 'create',
      entityId: id,
      after: audited(created),
    });
    return created;
  });
  // analytics rows exist for each fiscal type in use: a new one needs a rebuild
  if (introducesFiscalType(null, row.periodType)) await refreshAfterMetadataChange(db, ws);
  return presentDataSet(row);
}

export async function updateDataSet({
  db,
  actor,
  dataSetId,
  patch,
  expectedVersion,
}: MetadataOptions & { dataSetId: string; patch: Partial<DataSetInput>; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  let newFiscalType = false;
  const row = await db.transaction(async (tx) => {
    const before = await findDataSet(tx, ws, dataSetId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await requireFreeCode(tx, monitoringDataSets, ws, patch.code, before.id);
    await checkMembers(tx, ws, patch);
    const [updated] = await tx
      .update(monitoringDataSets)
      .set({
        ...patch,
        dataElementIds: uniqueList(patch.dataElementIds),
        orgUnitIds: uniqueList(patch.orgUnitIds),
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringDataSets.rowVersion),
      })
      .where(eq(monitoringDataSets.id, before.id))
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_data_set',
      verb: 'update',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    newFiscalType = introducesFiscalType(before.periodType, updated?.periodType);
    return updated;
  });
  if (newFiscalType) await refreshAfterMetadataChange(db, ws);
  return presentDataSet(row);
}

/** Deletes the form only: its elements, units and values stay. */
export async function deleteDataSet({
  db,
  actor,
  dataSetId,
  expectedVersion,
}: MetadataOptions & { dataSetId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  await db.transaction(async (tx) => {
    const before = await findDataSet(tx, ws, dataSetId, true);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(monitoringDataSets).where(eq(monitoringDataSets.id, before.id));
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_data_set',
      verb: 'delete',
      entityId: before.id,
      before: audited(before),
    });
  });
}
