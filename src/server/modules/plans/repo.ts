import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type {
  ActivityStatus,
  CapacityPeriod,
  DependencyType,
  ItemKind,
  LimitKind,
  Phase,
  PlanStatus,
  ResourceKind,
} from '../../../core/planning/portfolio.ts';
import type { PlanData } from '../../../core/planning/types.ts';
import type { Db } from '../../db/client.ts';
import {
  planDemands,
  planDependencies,
  planItemNeeds,
  planItems,
  planResources,
  plans,
} from '../../db/schema/index.ts';

export type PlanRow = typeof plans.$inferSelect;
export type ItemRow = typeof planItems.$inferSelect;
export type ResourceRow = typeof planResources.$inferSelect;
export type DependencyRow = typeof planDependencies.$inferSelect;

export async function findPlan(db: Db, workspaceId: string, planId: string): Promise<PlanRow> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.workspaceId, workspaceId)));
  if (!row) throw new AppError('not_found', `no plan "${planId}" in this workspace`);
  return row;
}

/**
 * The plan the other modules measure against (finance's sustainability, monitoring's status date): the
 * latest approved plan that is not a scenario, else the latest plan that is not a scenario.
 */
export async function referencePlan(db: Db, workspaceId: string): Promise<PlanRow | null> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.workspaceId, workspaceId), isNull(plans.scenarioOf)))
    .orderBy(desc(sql`${plans.status} = 'approved'`), desc(plans.updatedAt))
    .limit(1);
  return row ?? null;
}

/**
 * Reads the plan inside a write transaction and locks its row until commit, so structural changes
 * (dependencies, items moving in the tree) are checked one after another against committed state.
 */
export async function lockPlan(tx: Db, workspaceId: string, planId: string): Promise<PlanRow> {
  const [row] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.workspaceId, workspaceId)))
    .for('update');
  if (!row) throw new AppError('not_found', `no plan "${planId}" in this workspace`);
  return row;
}

/** The month a plan is re-planned from: its status date, or the current month (UTC) when it has none. */
export function effectiveStatusDate(row: PlanRow, today = new Date()): string {
  return row.statusDate ?? today.toISOString().slice(0, 7);
}

export function presentPlan(row: PlanRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startMonth: row.startMonth,
    horizonMonths: row.horizonMonths,
    statusDate: effectiveStatusDate(row),
    statusDateIsDefault: row.statusDate === null,
    quickImpactMonths: row.quickImpactMonths,
    status: row.status as PlanStatus,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    scenarioOf: row.scenarioOf,
    scenarioNote: row.scenarioNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

export function presentItem(row: ItemRow, needIds: string[], demands: Record<string, number>) {
  return {
    id: row.id,
    parentId: row.parentId,
    originId: row.originId,
    kind: row.kind as ItemKind,
    code: row.code,
    name: row.name,
    description: row.description,
    phase: row.phase as Phase,
    quickImpact: row.quickImpact,
    leadActorId: row.leadActorId,
    partnerActorIds: row.partnerActorIds,
    needIds,
    principles: row.principles,
    benchmarks: row.benchmarks,
    duration: row.duration,
    releaseMonth: row.releaseMonth,
    deadlineMonth: row.deadlineMonth,
    weight: row.weight,
    startMonth: row.startMonth,
    baselineStart: row.baselineStart,
    baselineFinish: row.baselineFinish,
    status: row.status as ActivityStatus,
    percentComplete: row.percentComplete,
    actualStart: row.actualStart,
    actualFinish: row.actualFinish,
    demands,
    purposeCode: row.purposeCode,
    recurrentCost: row.recurrentCost,
    recurrentCurrency: row.recurrentCurrency,
    recurrentFromMonth: row.recurrentFromMonth,
    version: row.rowVersion,
  };
}
export type PresentedItem = ReturnType<typeof presentItem>;

export function presentDependency(row: DependencyRow) {
  return {
    id: row.id,
    predecessorId: row.predecessorId,
    successorId: row.successorId,
    type: row.type as DependencyType,
    lag: row.lag,
  };
}

export function presentResource(row: ResourceRow) {
  return {
    id: row.id,
    originId: row.originId,
    name: row.name,
    kind: row.kind as ResourceKind,
    unit: row.unit,
    funderActorId: row.funderActorId,
    currency: row.currency,
    limitKind: row.limitKind as LimitKind,
    capacityPeriod: row.capacityPeriod as CapacityPeriod,
    capacities: row.capacities,
    version: row.rowVersion,
  };
}

/** Items in hierarchy order (each parent before its children, siblings by code). */
export function hierarchyOrder<T extends { id: string; parentId: string | null; code: string }>(
  items: T[],
): T[] {
  const children = new Map<string | null, T[]>();
  const ids = new Set(items.map((item) => item.id));
  for (const item of items) {
    const key = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  const ordered: T[] = [];
  const collator = new Intl.Collator('en', { numeric: true });
  const visit = (parentId: string | null) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => collator.compare(a.code, b.code));
    for (const item of list) {
      ordered.push(item);
      visit(item.id);
    }
  };
  visit(null);
  return ordered;
}

/** The whole plan: presented rows plus the plain model the engine and analyses use. */
export async function loadPlanContents(db: Db, plan: PlanRow) {
  // a stable order: the optimiser and the critical path read activities in this order
  const itemRows = await db
    .select()
    .from(planItems)
    .where(eq(planItems.planId, plan.id))
    .orderBy(asc(planItems.code));
  const itemIds = itemRows.map((row) => row.id);
  const [needRows, demandRows, dependencyRows, resourceRows] = await Promise.all([
    itemIds.length === 0
      ? Promise.resolve([])
      : db.select().from(planItemNeeds).where(inArray(planItemNeeds.itemId, itemIds)),
    itemIds.length === 0
      ? Promise.resolve([])
      : db.select().from(planDemands).where(inArray(planDemands.itemId, itemIds)),
    db
      .select()
      .from(planDependencies)
      .where(eq(planDependencies.planId, plan.id))
      .orderBy(asc(planDependencies.id)),
    db
      .select()
      .from(planResources)
      .where(eq(planResources.planId, plan.id))
      .orderBy(asc(planResources.createdAt), asc(planResources.name)),
  ]);
  const needsOf = new Map<string, string[]>();
  for (const row of needRows) needsOf.set(row.itemId, [...(needsOf.get(row.itemId) ?? []), row.needId]);
  const demandsOf = new Map<string, Record<string, number>>();
  for (const row of demandRows) {
    const demands = demandsOf.get(row.itemId) ?? {};
    demands[row.resourceId] = row.amount;
    demandsOf.set(row.itemId, demands);
  }
  const items = hierarchyOrder(itemRows).map((row) =>
    presentItem(row, (needsOf.get(row.id) ?? []).sort(), demandsOf.get(row.id) ?? {}),
  );
  const dependencies = dependencyRows.map(presentDependency);
  const resources = resourceRows.map(presentResource);
  const data: PlanData = {
    startMonth: plan.startMonth,
    horizonMonths: plan.horizonMonths,
    statusDate: effectiveStatusDate(plan),
    quickImpactMonths: plan.quickImpactMonths,
    items,
    dependencies,
    resources,
  };
  return { items, dependencies, resources, data };
}
