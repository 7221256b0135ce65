import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Aggregation, ValueType } from '../../../core/indicators/types.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import { type Db, queryRows } from '../../db/client.ts';
import {
  monitoringAnalytics,
  monitoringCategories,
  monitoringDataElements,
  monitoringDataSets,
} from '../../db/schema/monitoring.ts';
import { resolveFramework } from '../frameworks/catalogue.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { refreshAfterMetadataChange } from './analytics-metadata.ts';
import type { CategoryRow } from './categories-service.ts';
import { presentDataElement } from './data-elements-present.ts';
import { indicatorUsing } from './data-elements-usage.ts';
import { deleteValuesIn, lockDataValues } from './data-values-store.ts';
import {
  audited,
  auditMetadata,
  type MetadataOptions,
  requireFreeCode,
  requireKnownIds,
} from './metadata-common.ts';

/** Data elements: what is counted, how it aggregates, and how it is disaggregated. */

export interface DataElementInput {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  description?: string | null;
  valueType?: ValueType;
  aggregation?: Aggregation;
  categoryIds?: string[];
  assessmentFrameworkId?: string | null;
  assessmentItemId?: string | null;
}

async function categoriesOfWorkspace(db: Db, workspaceId: string) {
  const rows = await db
    .select()
    .from(monitoringCategories)
    .where(eq(monitoringCategories.workspaceId, workspaceId));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Stored values per element, counted on the lean table (the view's joins are not needed for a count). */
async function valueCounts(db: Db, workspaceId: string, elementIds?: string[]) {
  const rows = await queryRows<{ id: string; count: number }>(
    db,
    sql`select e.id, count(*)::int as count
        from monitoring_values v join monitoring_data_elements e on e.num = v.element_num
        where e.workspace_id = ${workspaceId}${
          elementIds ? sql` and e.id = any(${sql.param(elementIds)}::text[])` : sql``
        }
        group by e.id`,
  );
  return new Map(rows.map((r) => [r.id, Number(r.count)]));
}

export async function listDataElements({ db, actor }: MetadataOptions) {
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const [rows, categories, counts] = await Promise.all([
    db
      .select()
      .from(monitoringDataElements)
      .where(eq(monitoringDataElements.workspaceId, ws))
      .orderBy(asc(monitoringDataElements.name)),
    categoriesOfWorkspace(db, ws),
    valueCounts(db, ws),
  ]);
  return rows.map((row) => presentDataElement(row, categories, counts.get(row.id) ?? 0));
}

export async function findDataElement(db: Db, workspaceId: string, dataElementId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringDataElements)
    .where(
      and(eq(monitoringDataElements.id, dataElementId), eq(monitoringDataElements.workspaceId, workspaceId)),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no data element "${dataElementId}" in this workspace`);
  return row;
}

/** The assessment source must name a framework this workspace can use, and one of its items. */
async function checkAssessmentSource(
  db: Db,
  workspaceId: string,
  frameworkId: string | null,
  itemId: string | null,
) {
  if (!frameworkId) {
    if (itemId)
      throw new AppError(
        'bad_request',
        'assessmentItemId: name the framework (assessmentFrameworkId) first',
        {
          field: 'assessmentItemId',
        },
      );
    return;
  }
  const framework = await resolveFramework(db, workspaceId, frameworkId).catch(() => {
    throw new AppError('bad_request', `assessmentFrameworkId: no framework "${frameworkId}"`, {
      field: 'assessmentFrameworkId',
      id: frameworkId,
    });
  });
  if (itemId && !listItems(framework).some(({ item }) => item.id === itemId))
    throw new AppError('bad_request', `assessmentItemId: no item "${itemId}" in framework "${frameworkId}"`, {
      field: 'assessmentItemId',
      id: itemId,
    });
}

function checkCategories(categoryIds: string[] | undefined, categories: Map<string, CategoryRow>) {
  if (!categoryIds) return;
  requireKnownIds('categoryIds', categoryIds, new Set(categories.keys()), 'category');
  const twice = categoryIds.findIndex((id, index) => categoryIds.indexOf(id) !== index);
  if (twice >= 0)
    throw new AppError('bad_request', `categoryIds.${twice}: the same category is listed twice`, {
      field: `categoryIds.${twice}`,
    });
}

export async function createDataElement({ db, actor, input }: MetadataOptions & { input: DataElementInput }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const { row, categories } = await db.transaction(async (tx) => {
    await requireFreeCode(tx, monitoringDataElements, ws, input.code);
    const categories = await categoriesOfWorkspace(tx, ws);
    checkCategories(input.categoryIds, categories);
    await checkAssessmentSource(tx, ws, input.assessmentFrameworkId ?? null, input.assessmentItemId ?? null);
    const id = randomUUID();
    const [created] = await tx
      .insert(monitoringDataElements)
      .values({
        ...input,
        id,
        workspaceId: ws,
        nameTranslations: input.nameTranslations ?? {},
        categoryIds: input.categoryIds ?? [],
      })
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_data_element',
      verb: 'create',
      entityId: id,
      after: audited(created),
    });
    return { row: created, categories };
  });
  return presentDataElement(row, categories, 0);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

export async function updateDataElement({
  db,
  actor,
  dataElementId,
  patch,
  expectedVersion,
}: MetadataOptions & { dataElementId: string; patch: Partial<DataElementInput>; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  let regroup = false;
  const { row, categories, count } = await db.transaction(async (tx) => {
    const before = await findDataElement(tx, ws, dataElementId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const categories = await categoriesOfWorkspace(tx, ws);
    const count = (await valueCounts(tx, ws, [before.id])).get(before.id) ?? 0;
    if (isEmptyPatch(patch)) return { row: before, categories, count };
    await requireFreeCode(tx, monitoringDataElements, ws, patch.code, before.id);
    if (patch.code !== undefined && patch.code !== before.code) {
      const indicator = await indicatorUsing(tx, ws, before);
      if (indicator)
        throw new AppError(
          'conflict',
          `code: indicator ${indicator.code} names "${before.code}" in its formula`,
          {
            field: 'code',
            indicatorId: indicator.id,
          },
        );
    }
    checkCategories(patch.categoryIds, categories);
    if (patch.categoryIds && !sameList(patch.categoryIds, before.categoryIds) && count > 0)
      throw new AppError(
        'conflict',
        `categoryIds: "${before.name}" has ${count} values; its disaggregation cannot change`,
        {
          field: 'categoryIds',
        },
      );
    const frameworkId =
      patch.assessmentFrameworkId === undefined ? before.assessmentFrameworkId : patch.assessmentFrameworkId;
    const itemId =
      patch.assessmentItemId === undefined
        ? patch.assessmentFrameworkId === undefined
          ? before.assessmentItemId
          : null
        : patch.assessmentItemId;
    await checkAssessmentSource(tx, ws, frameworkId, itemId);
    const [updated] = await tx
      .update(monitoringDataElements)
      .set({
        ...patch,
        assessmentFrameworkId: frameworkId,
        assessmentItemId: itemId,
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringDataElements.rowVersion),
      })
      .where(eq(monitoringDataElements.id, before.id))
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_data_element',
      verb: 'update',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    regroup = updated !== undefined && updated.aggregation !== before.aggregation && count > 0;
    return { row: updated, categories, count };
  });
  // its figures are summed, averaged or taken last differently now
  if (regroup) await refreshAfterMetadataChange(db, ws, [row.id]);
  return presentDataElement(row, categories, count);
}

/** Deletes an element with its data values and pre-aggregated figures; data sets stop listing it. */
export async function deleteDataElement({
  db,
  actor,
  dataElementId,
  expectedVersion,
}: MetadataOptions & { dataElementId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  await db.transaction(async (tx) => {
    // the values' lock before the row's, in the order every value writer takes them
    await lockDataValues(tx, ws);
    const before = await findDataElement(tx, ws, dataElementId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const indicator = await indicatorUsing(tx, ws, before);
    if (indicator)
      throw new AppError(
        'conflict',
        `indicator ${indicator.code} uses "${before.code}" in its formula; change it first`,
        {
          indicatorId: indicator.id,
        },
      );
    await deleteValuesIn(tx, ws, { dataElementIds: [before.id] });
    await tx
      .delete(monitoringAnalytics)
      .where(and(eq(monitoringAnalytics.workspaceId, ws), eq(monitoringAnalytics.dataElementId, before.id)));
    await tx
      .update(monitoringDataSets)
      .set({
        dataElementIds: sql`${monitoringDataSets.dataElementIds} - ${before.id}::text`,
        rowVersion: nextVersion(monitoringDataSets.rowVersion),
        updatedAt: new Date(),
      })
      .where(
        and(eq(monitoringDataSets.workspaceId, ws), sql`${monitoringDataSets.dataElementIds} ? ${before.id}`),
      );
    await tx.delete(monitoringDataElements).where(eq(monitoringDataElements.id, before.id));
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_data_element',
      verb: 'delete',
      entityId: before.id,
      before: audited(before),
    });
  });
}
