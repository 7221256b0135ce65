import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { actors, assessments, memberships, needs, planItems } from '../../db/schema/index.ts';

/**
 * Ids that arrive in request bodies must name rows of the caller's workspace (or of the parent the
 * body belongs to). Each helper runs inside the write's transaction and share-locks the rows it
 * found, so none can be deleted before the write commits. It refuses with 400 naming the field:
 * `field` for a single id, `field.index` for an entry of a list.
 */
export type IdsInBody = string | null | undefined | readonly string[];
/** The field's name, or for a list of objects the path of each entry's id (`team.2.userId`). */
export type FieldName = string | ((index: number) => string);

interface Located {
  path: string;
  id: string;
}

function locate(field: FieldName, ids: IdsInBody): Located[] {
  const pathOf = typeof field === 'string' ? (index: number) => `${field}.${index}` : field;
  if (typeof ids === 'string')
    return ids ? [{ path: typeof field === 'string' ? field : field(0), id: ids }] : [];
  return (ids ?? []).map((id, index) => ({ path: pathOf(index), id }));
}

async function requireKnown(
  field: FieldName,
  ids: IdsInBody,
  lookup: (wanted: string[]) => Promise<Array<{ id: string }>>,
  problem: string,
) {
  const located = locate(field, ids);
  if (located.length === 0) return;
  const known = new Set((await lookup([...new Set(located.map((entry) => entry.id))])).map((row) => row.id));
  const missing = located.find((entry) => !known.has(entry.id));
  if (missing)
    throw new AppError('bad_request', `${missing.path}: ${problem}`, { field: missing.path, id: missing.id });
}

export function requireActorsInWorkspace(tx: Db, workspaceId: string, ids: IdsInBody, field: FieldName) {
  return requireKnown(
    field,
    ids,
    (wanted) =>
      tx
        .select({ id: actors.id })
        .from(actors)
        .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.id, wanted)))
        .for('share'),
    'no actor with this id in this workspace',
  );
}

export function requireMembersOfWorkspace(tx: Db, workspaceId: string, ids: IdsInBody, field: FieldName) {
  return requireKnown(
    field,
    ids,
    (wanted) =>
      tx
        .select({ id: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.organizationId, workspaceId), inArray(memberships.userId, wanted)))
        .for('share'),
    'no member with this user id in this workspace',
  );
}

export function requireNeedsInWorkspace(tx: Db, workspaceId: string, ids: IdsInBody, field: FieldName) {
  return requireKnown(
    field,
    ids,
    (wanted) =>
      tx
        .select({ id: needs.id })
        .from(needs)
        .where(and(eq(needs.workspaceId, workspaceId), inArray(needs.id, wanted)))
        .for('share'),
    'no need with this id in this workspace',
  );
}

export function requireAssessmentsInWorkspace(tx: Db, workspaceId: string, ids: IdsInBody, field: FieldName) {
  return requireKnown(
    field,
    ids,
    (wanted) =>
      tx
        .select({ id: assessments.id })
        .from(assessments)
        .where(and(eq(assessments.workspaceId, workspaceId), inArray(assessments.id, wanted)))
        .for('share'),
    'no assessment with this id in this workspace',
  );
}

/** Items of one plan: an item of another plan, even in this workspace, is refused too. */
export function requireItemsInPlan(tx: Db, planId: string, ids: IdsInBody, field: FieldName) {
  return requireKnown(
    field,
    ids,
    (wanted) =>
      tx
        .select({ id: planItems.id })
        .from(planItems)
        .where(and(eq(planItems.planId, planId), inArray(planItems.id, wanted)))
        .for('share'),
    'no item with this id in this plan',
  );
}

/** An item id must belong to the framework the assessment was started on. */
export function requireFrameworkItem(framework: Framework, itemId: string, field: string) {
  if (!listItems(framework).some(({ item }) => item.id === itemId))
    throw new AppError('bad_request', `${field}: no item with this id in the framework "${framework.id}"`, {
      field,
      id: itemId,
    });
}
