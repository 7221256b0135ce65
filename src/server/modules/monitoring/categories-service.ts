import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import type { Db } from '../../db/client.ts';
import {
  type CategoryOptionRow,
  monitoringCategories,
  monitoringDataElements,
  monitoringDataValues,
  monitoringTargets,
} from '../../db/schema/monitoring.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { audited, auditMetadata, type MetadataOptions, requireFreeCode } from './metadata-common.ts';

/** Categories (sex, age group…) and their options: the disaggregations of data elements. */

export type CategoryRow = typeof monitoringCategories.$inferSelect;

export interface CategoryInput {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  options: { code: string; name: string; nameTranslations?: NameTranslations }[];
}

export function presentCategory(row: CategoryRow, dataElementCount: number) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameTranslations: row.nameTranslations,
    options: row.options.map((o) => ({
      code: o.code,
      name: o.name,
      nameTranslations: o.nameTranslations ?? {},
    })),
    dataElementCount,
    version: row.rowVersion,
  };
}

/** Data elements of the workspace using each category. */
async function elementsByCategory(db: Db, workspaceId: string) {
  const rows = await db
    .select({
      id: monitoringDataElements.id,
      name: monitoringDataElements.name,
      categoryIds: monitoringDataElements.categoryIds,
    })
    .from(monitoringDataElements)
    .where(eq(monitoringDataElements.workspaceId, workspaceId));
  const map = new Map<string, { id: string; name: string; categoryIds: string[] }[]>();
  for (const row of rows) for (const id of row.categoryIds) map.set(id, [...(map.get(id) ?? []), row]);
  return map;
}

export async function listCategories({ db, actor }: MetadataOptions) {
  authorize(actor, 'workspace:read');
  const ws = actor.workspace.id;
  const [rows, users] = await Promise.all([
    db
      .select()
      .from(monitoringCategories)
      .where(eq(monitoringCategories.workspaceId, ws))
      .orderBy(asc(monitoringCategories.name)),
    elementsByCategory(db, ws),
  ]);
  return rows.map((row) => presentCategory(row, users.get(row.id)?.length ?? 0));
}

export async function findCategory(db: Db, workspaceId: string, categoryId: string, lock = false) {
  const query = db
    .select()
    .from(monitoringCategories)
    .where(and(eq(monitoringCategories.id, categoryId), eq(monitoringCategories.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no category "${categoryId}" in this workspace`);
  return row;
}

function cleanOptions(options: CategoryInput['options']): CategoryOptionRow[] {
  const seen = new Set<string>();
  return options.map((option, index) => {
    const key = option.code.toLowerCase();
    if (seen.has(key))
      throw new AppError('bad_request', `options.${index}.code: "${option.code}" is listed twice`, {
        field: `options.${index}.code`,
      });
    seen.add(key);
    return { code: option.code, name: option.name, nameTranslations: option.nameTranslations ?? {} };
  });
}

/** The first element among `elements` that has data values (a 409 names it), or nothing. */
async function refuseIfValues(
  tx: Db,
  workspaceId: string,
  elements: { id: string; name: string }[],
  problem: string,
) {
  if (elements.length === 0) return;
  const [used] = await tx
    .select({ id: monitoringDataValues.dataElementId })
    .from(monitoringDataValues)
    .where(
      and(
        eq(monitoringDataValues.workspaceId, workspaceId),
        inArray(
          monitoringDataValues.dataElementId,
          elements.map((e) => e.id),
        ),
      ),
    )
    .limit(1);
  const element = used && elements.find((e) => e.id === used.id);
  if (element)
    throw new AppError(
      'conflict',
      `${problem}: data element "${element.name}" has values disaggregated by it`,
      {
        dataElementId: element.id,
      },
    );
}

/** A baseline or target disaggregated as `CODE=OPTION` (any option when `option` is null) keeps those codes. */
async function refuseIfTargets(
  tx: Db,
  workspaceId: string,
  code: string,
  option: string | null,
  problem: string,
) {
  const prefix = `${code}=`.toLowerCase();
  const matches =
    option === null
      ? sql`lower(left(${monitoringTargets.disaggregation}, ${prefix.length})) = ${prefix}`
      : sql`lower(${monitoringTargets.disaggregation}) = ${`${prefix}${option.toLowerCase()}`}`;
  const [used] = await tx
    .select({ id: monitoringTargets.id })
    .from(monitoringTargets)
    .where(and(eq(monitoringTargets.workspaceId, workspaceId), matches))
    .limit(1);
  if (used) throw new AppError('conflict', `${problem}: baselines or targets are disaggregated by it`);
}

export async function createCategory({ db, actor, input }: MetadataOptions & { input: CategoryInput }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const options = cleanOptions(input.options);
  const row = await db.transaction(async (tx) => {
    await requireFreeCode(tx, monitoringCategories, ws, input.code);
    const id = randomUUID();
    const [created] = await tx
      .insert(monitoringCategories)
      .values({
        id,
        workspaceId: ws,
        code: input.code,
        name: input.name,
        nameTranslations: input.nameTranslations ?? {},
        options,
      })
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_category',
      verb: 'create',
      entityId: id,
      after: audited(created),
    });
    return created;
  });
  return presentCategory(row, 0);
}

export async function updateCategory({
  db,
  actor,
  categoryId,
  patch,
  expectedVersion,
}: MetadataOptions & { categoryId: string; patch: Partial<CategoryInput>; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const options = patch.options && cleanOptions(patch.options);
  const { row, count } = await db.transaction(async (tx) => {
    const before = await findCategory(tx, ws, categoryId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const users = (await elementsByCategory(tx, ws)).get(before.id) ?? [];
    if (isEmptyPatch(patch)) return { row: before, count: users.length };
    await requireFreeCode(tx, monitoringCategories, ws, patch.code, before.id);
    if (options) {
      const kept = new Set(options.map((o) => o.code));
      const removed = before.options.find((o) => !kept.has(o.code));
      if (removed) {
        const problem = `options: option "${removed.code}" cannot be removed`;
        await refuseIfValues(tx, ws, users, problem);
        await refuseIfTargets(tx, ws, before.code, removed.code, problem);
      }
    }
    if (patch.code !== undefined && patch.code !== before.code)
      await refuseIfTargets(tx, ws, before.code, null, `code: "${before.code}" cannot change`);
    const [updated] = await tx
      .update(monitoringCategories)
      .set({
        code: patch.code,
        name: patch.name,
        nameTranslations: patch.nameTranslations,
        options,
        updatedAt: new Date(),
        rowVersion: nextVersion(monitoringCategories.rowVersion),
      })
      .where(eq(monitoringCategories.id, before.id))
      .returning();
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_category',
      verb: 'update',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return { row: updated, count: users.length };
  });
  return presentCategory(row, count);
}

/** Deletes a category; data elements without values that used it lose that disaggregation. */
export async function deleteCategory({
  db,
  actor,
  categoryId,
  expectedVersion,
}: MetadataOptions & { categoryId: string; expectedVersion?: number }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  await db.transaction(async (tx) => {
    const before = await findCategory(tx, ws, categoryId, true);
    checkVersion(before.rowVersion, expectedVersion);
    const users = (await elementsByCategory(tx, ws)).get(before.id) ?? [];
    await refuseIfValues(tx, ws, users, `"${before.name}" cannot be deleted`);
    await refuseIfTargets(tx, ws, before.code, null, `"${before.name}" cannot be deleted`);
    if (users.length > 0)
      await tx
        .update(monitoringDataElements)
        .set({
          categoryIds: sql`${monitoringDataElements.categoryIds} - ${before.id}::text`,
          rowVersion: nextVersion(monitoringDataElements.rowVersion),
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(monitoringDataElements.workspaceId, ws),
            inArray(
              monitoringDataElements.id,
              users.map((u) => u.id),
            ),
          ),
        );
    await tx.delete(monitoringCategories).where(eq(monitoringCategories.id, before.id));
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_category',
      verb: 'delete',
      entityId: before.id,
      before: audited(before),
    });
  });
}
