import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { compareScenario } from '../../../core/planning/analysis.ts';
import { monthOffset } from '../../../core/planning/portfolio.ts';
import { trackingDashboard } from '../../../core/planning/tracking.ts';
import type { Db } from '../../db/client.ts';
import {
  planDemands,
  planDependencies,
  planItemNeeds,
  planItems,
  planResources,
  planRisks,
  plans,
} from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { effectiveStatusDate, findPlan, loadPlanContents, presentPlan } from './repo.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

/**
 * A scenario is a full copy of a plan (items, needs, dependencies, resources, amounts, risks) that can be
 * changed and re-optimised without touching the original; its items and resources remember their origin.
 */
export async function createScenario({
  db,
  actor,
  planId,
  input,
}: Options & { planId: string; input: { name: string; note?: string | null } }) {
  authorize(actor, 'plan:write');
  const base = await findPlan(db, actor.workspace.id, planId);
  const itemRows = await db.select().from(planItems).where(eq(planItems.planId, base.id));
  const resourceRows = await db.select().from(planResources).where(eq(planResources.planId, base.id));
  const dependencyRows = await db.select().from(planDependencies).where(eq(planDependencies.planId, base.id));
  const riskRows = await db.select().from(planRisks).where(eq(planRisks.planId, base.id));
  const itemIds = new Map(itemRows.map((row) => [row.id, randomUUID()]));
  const resourceIds = new Map(resourceRows.map((row) => [row.id, randomUUID()]));
  const { items } = await loadPlanContents(db, base);
  const scenarioId = randomUUID();
  const row = await db.transaction(async (tx) => {
    const [scenario] = await tx
      .insert(plans)
      .values({
        id: scenarioId,
        workspaceId: actor.workspace.id,
        name: input.name,
        description: base.description,
        startMonth: base.startMonth,
        horizonMonths: base.horizonMonths,
        statusDate: base.statusDate,
        quickImpactMonths: base.quickImpactMonths,
        scenarioOf: base.id,
        scenarioNote: input.note ?? null,
        createdBy: actor.user.id,
      })
      .returning();
    if (resourceRows.length > 0)
      await tx.insert(planResources).values(
        resourceRows.map(({ createdAt: _c, updatedAt: _u, ...row }) => ({
          ...row,
          id: resourceIds.get(row.id) as string,
          planId: scenarioId,
          originId: row.id,
        })),
      );
    // Parents first, so every parent id exists when its children are inserted.
    for (const item of items) {
      const source = itemRows.find((row) => row.id === item.id);
      if (!source) continue;
      const { createdAt: _c, updatedAt: _u, ...fields } = source;
      await tx.insert(planItems).values({
        ...fields,
        id: itemIds.get(source.id) as string,
        planId: scenarioId,
        parentId: source.parentId ? (itemIds.get(source.parentId) ?? null) : null,
        originId: source.id,
      });
    }
    const needLinks = items.flatMap((item) =>
      item.needIds.map((needId) => ({ itemId: itemIds.get(item.id) as string, needId })),
    );
    if (needLinks.length > 0) await tx.insert(planItemNeeds).values(needLinks);
    const demands = items.flatMap((item) =>
      Object.entries(item.demands).map(([resourceId, amount]) => ({
        itemId: itemIds.get(item.id) as string,
        resourceId: resourceIds.get(resourceId) as string,
        amount,
      })),
    );
    if (demands.length > 0) await tx.insert(planDemands).values(demands);
    if (dependencyRows.length > 0)
      await tx.insert(planDependencies).values(
        dependencyRows.map((row) => ({
          ...row,
          id: randomUUID(),
          planId: scenarioId,
          predecessorId: itemIds.get(row.predecessorId) as string,
          successorId: itemIds.get(row.successorId) as string,
        })),
      );
    if (riskRows.length > 0)
      await tx.insert(planRisks).values(
        riskRows.map(({ createdAt: _c, updatedAt: _u, ...row }) => ({
          ...row,
          id: randomUUID(),
          planId: scenarioId,
          itemIds: row.itemIds.flatMap((id) => (itemIds.has(id) ? [itemIds.get(id) as string] : [])),
        })),
      );
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'plan.scenario',
      entityType: 'plan',
      entityId: scenarioId,
      after: { name: input.name, note: input.note ?? null, scenarioOf: base.id, items: itemRows.length },
    });
    return scenario;
  });
  return presentPlan(row);
}

/** A plan against another plan of the workspace (typically one of its scenarios). */
export async function comparePlans({
  db,
  actor,
  planId,
  otherPlanId,
}: Options & { planId: string; otherPlanId: string }) {
  authorize(actor, 'workspace:read');
  const base = await findPlan(db, actor.workspace.id, planId);
  const other = await findPlan(db, actor.workspace.id, otherPlanId);
  const [baseContents, otherContents] = await Promise.all([
    loadPlanContents(db, base),
    loadPlanContents(db, other),
  ]);
  if (other.scenarioOf !== base.id && base.scenarioOf !== other.id)
    throw new AppError(
      'conflict',
      `"${other.name}" is neither a scenario of "${base.name}" nor its base plan`,
    );
  // A scenario's items point at their origin in the base, so the base is always compared first.
  const scenarioIsOther = other.scenarioOf === base.id;
  const comparison = scenarioIsOther
    ? compareScenario(baseContents.data, otherContents.data)
    : compareScenario(otherContents.data, baseContents.data);
  const [first, second] = scenarioIsOther ? [base, other] : [other, base];
  return {
    startMonth: comparison.startMonth,
    base: {
      planId: first.id,
      name: first.name,
      startMonth: first.startMonth,
      offsetMonths: comparison.base.offset,
      finishMonth: comparison.base.finish,
      costPerYear: comparison.base.costPerYear,
    },
    scenario: {
      planId: second.id,
      name: second.name,
      startMonth: second.startMonth,
      offsetMonths: comparison.scenario.offset,
      finishMonth: comparison.scenario.finish,
      costPerYear: comparison.scenario.costPerYear,
    },
    finishDelta: comparison.finishDelta,
    slips: comparison.slips,
    gains: comparison.gains,
  };
}

/** The RAG dashboard as of a month (default: the plan's status date, which defaults to the current month). */
export async function planTracking({
  db,
  actor,
  planId,
  asOf,
  today = new Date(),
}: Options & { planId: string; asOf?: string; today?: Date }) {
  authorize(actor, 'workspace:read');
  const plan = await findPlan(db, actor.workspace.id, planId);
  const { data } = await loadPlanContents(db, plan);
  const month = asOf ?? effectiveStatusDate(plan, today);
  return trackingDashboard(data, monthOffset(plan.startMonth, month));
}
