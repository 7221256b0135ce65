import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { findFramework } from '../../../core/frameworks/index.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import { newPlanItem } from '../../../core/planning/items.ts';
import { dependencyCycle } from '../../../core/planning/model.ts';
import { type ItemKind, PARENT_KIND } from '../../../core/planning/portfolio.ts';
import type { PlanItemData } from '../../../core/planning/types.ts';
import type { Db } from '../../db/client.ts';
import { planItems, planResources } from '../../db/schema/index.ts';
import {
  type IdsInBody,
  requireActorsInWorkspace,
  requireNeedsInWorkspace,
} from '../workspaces/references.ts';
import { type ItemRow, loadPlanContents, type PlanRow } from './repo.ts';

const principleIds = new Set(
  (() => {
    const framework = findFramework('ssr-principles');
    return framework ? listItems(framework).map(({ item }) => item.id) : [];
  })(),
);

const bad = (message: string) => new AppError('bad_request', message);
const withArticle = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

export function checkPrinciples(principles: string[] | undefined) {
  for (const [index, id] of (principles ?? []).entries())
    if (!principleIds.has(id))
      throw bad(`principles.${index}: "${id}" is not an item of the ssr-principles framework (p1 to p15)`);
}

/** Actor ids in an item, resource or risk: this workspace's actors (field.index for a list). */
export function checkActors(db: Db, workspaceId: string, field: string, ids: IdsInBody) {
  return requireActorsInWorkspace(db, workspaceId, ids, field);
}

export function checkNeeds(db: Db, workspaceId: string, ids: string[] | undefined) {
  return requireNeedsInWorkspace(db, workspaceId, ids, 'needIds');
}

export async function checkDemands(db: Db, planId: string, demands: Record<string, number> | undefined) {
  const wanted = Object.keys(demands ?? {});
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: planResources.id })
    .from(planResources)
    .where(and(eq(planResources.planId, planId), inArray(planResources.id, wanted)));
  const known = new Set(found.map((row) => row.id));
  const missing = wanted.find((id) => !known.has(id));
  if (missing) throw bad(`demands.${missing}: no resource "${missing}" in this plan`);
}

/** An item of the plan; `lock` holds its row until the caller's transaction ends. */
export async function findItem(
  db: Db,
  planId: string,
  itemId: string,
  field = 'itemId',
  lock = false,
): Promise<ItemRow> {
  const query = db
    .select()
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.id, itemId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row)
    throw field === 'itemId'
      ? new AppError('not_found', `no item "${itemId}" in this plan`)
      : bad(`${field}: no item "${itemId}" in this plan`);
  return row;
}

/** Programmes sit at the top, projects under programmes, activities under projects; only activities have a duration. */
export async function checkShape(
  db: Db,
  planId: string,
  item: { id?: string; kind: ItemKind; parentId: string | null; duration: number | null },
) {
  const parentKind = PARENT_KIND[item.kind];
  if (parentKind === null && item.parentId) throw bad(`parentId: a programme has no parent`);
  if (parentKind !== null) {
    if (!item.parentId) throw bad(`parentId: ${withArticle(item.kind)} belongs to a ${parentKind}`);
    const parent = await findItem(db, planId, item.parentId, 'parentId');
    if (parent.kind !== parentKind)
      throw bad(
        `parentId: ${withArticle(item.kind)} belongs to a ${parentKind}, not to ${withArticle(parent.kind)} (${parent.code})`,
      );
  }
  if (item.kind === 'activity' && item.duration === null)
    throw bad('duration: an activity needs a duration in months (0 for a milestone)');
  if (item.kind !== 'activity' && item.duration !== null)
    throw bad(`duration: only activities have a duration; ${withArticle(item.kind)} spans its activities`);
  if (item.id) {
    const [child] = await db
      .select({ kind: planItems.kind })
      .from(planItems)
      .where(eq(planItems.parentId, item.id))
      .limit(1);
    if (child && PARENT_KIND[child.kind as ItemKind] !== item.kind)
      throw new AppError(
        'conflict',
        `kind: the item has ${child.kind} items under it, so it must stay a ${PARENT_KIND[child.kind as ItemKind]}`,
      );
  }
}

export function checkWindow(item: {
  releaseMonth: number | null;
  deadlineMonth: number | null;
  duration: number | null;
}) {
  if (
    item.releaseMonth !== null &&
    item.deadlineMonth !== null &&
    item.deadlineMonth < item.releaseMonth + (item.duration ?? 0)
  )
    throw bad(
      `deadlineMonth: month ${item.deadlineMonth} is before the release month ${item.releaseMonth} plus the duration ${item.duration ?? 0}`,
    );
}

/**
 * The yearly cost an activity leaves behind needs its currency; a programme or project leaves none of its
 * own (its activities do), and a currency or start month without a cost means nothing.
 */
export function checkRecurrentCost(item: {
  kind: ItemKind;
  recurrentCost: number | null;
  recurrentCurrency: string | null;
  recurrentFromMonth: number | null;
}) {
  if (item.recurrentCost === null) {
    if (item.recurrentCurrency !== null)
      throw bad('recurrentCurrency: give the recurrentCost it is the currency of, or leave it empty');
    if (item.recurrentFromMonth !== null)
      throw bad('recurrentFromMonth: give the recurrentCost that starts in this month, or leave it empty');
    return;
  }
  if (item.kind !== 'activity')
    throw bad(
      `recurrentCost: only activities leave a recurrent cost; ${withArticle(item.kind)} spans its activities`,
    );
  if (item.recurrentCurrency === null)
    throw bad('recurrentCurrency: is required with a recurrentCost (an ISO 4217 code such as USD)');
}

/** An activity cannot finish before it started. */
export function checkActualDates(item: { actualStart: string | null; actualFinish: string | null }) {
  if (item.actualStart && item.actualFinish && item.actualFinish < item.actualStart)
    throw bad(`actualFinish: ${item.actualFinish} is before the actual start ${item.actualStart}`);
}

/**
 * Refuses (409, naming the cycle) putting an item at a new place in the tree, or a new activity under a
 * project, when that closes a dependency cycle: a dependency on a project or programme applies to every
 * activity beneath it, so the activity takes on its new ancestors' dependencies. A plan already on a cycle
 * (from before this check) is left to its dependencies' editor rather than blocking every move.
 */
export async function checkTreeCycle(
  db: Db,
  plan: PlanRow,
  item: {
    id: string;
    kind: ItemKind;
    code: string;
    name: string;
    parentId: string | null;
    duration: number | null;
  },
  field: 'parentId' | 'kind',
) {
  const { data } = await loadPlanContents(db, plan);
  if (dependencyCycle(data)) return;
  const existing = data.items.find((candidate) => candidate.id === item.id);
  const placed: PlanItemData = existing
    ? { ...existing, kind: item.kind, parentId: item.parentId, duration: item.duration }
    : newPlanItem({
        id: item.id,
        parentId: item.parentId,
        kind: item.kind,
        code: item.code,
        name: item.name,
        duration: item.duration,
      });
  const items = existing
    ? data.items.map((candidate) => (candidate.id === item.id ? placed : candidate))
    : [...data.items, placed];
  const cycle = dependencyCycle({ ...data, items });
  if (!cycle) return;
  const parent = data.items.find((candidate) => candidate.id === item.parentId);
  const change =
    field === 'kind'
      ? `making ${item.code} ${withArticle(item.kind)}`
      : `${existing ? 'moving' : 'adding'} ${item.code} under ${parent?.code ?? 'its parent'}`;
  throw new AppError('conflict', `${field}: ${change} would close a ${cycle.message}`);
}
