import { and, eq } from 'drizzle-orm';
import { currentStarts, planToProblem } from '../../core/planning/model.ts';
import { monthOffset } from '../../core/planning/portfolio.ts';
import { optimiseSchedule } from '../../core/scheduling/index.ts';
import type { Db } from '../db/client.ts';
import { actors, assessments, needs } from '../db/schema/index.ts';
import { createItem, updateItem } from '../modules/plans/items-service.ts';
import { approvePlan, createPlan, setSchedule } from '../modules/plans/plans-service.ts';
import { findPlan, loadPlanContents } from '../modules/plans/repo.ts';
import { createRisk } from '../modules/plans/risks-service.ts';
import { createScenario } from '../modules/plans/scenarios-service.ts';
import { createDependency, createResource, updateResource } from '../modules/plans/structure-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { type DemoItem, type DemoPlan, KASORA_PLAN } from './kasora-plan.ts';

/** Schedules the demo plan with the optimiser; work already under way stays where it really started. */
async function scheduleDemo(db: Db, actor: WorkspaceActor, planId: string, demo: DemoPlan) {
  const plan = await findPlan(db, actor.workspace.id, planId);
  const { data } = await loadPlanContents(db, plan);
  const model = planToProblem(data);
  const byCode = new Map(demo.items.map((item) => [item.code, item]));
  model.activityIds.forEach((id, index) => {
    const item = data.items.find((candidate) => candidate.id === id);
    const progress = item ? byCode.get(item.code)?.progress : undefined;
    if (!progress?.actualStart) return;
    const activity = model.problem.activities[index];
    activity.release = monthOffset(demo.startMonth, progress.actualStart);
    activity.deadline = activity.release + activity.duration;
  });
  const result = optimiseSchedule(model.problem, {
    schedules: 4000,
    seed: 7,
    initialStarts: currentStarts(data, model),
  });
  const starts = Object.fromEntries(model.activityIds.map((id, index) => [id, result.starts[index]]));
  await setSchedule({ db, actor, planId, starts });
}

/** Parents before children, whatever order the data lists them in. */
function parentsFirst(items: DemoItem[]): DemoItem[] {
  const ordered: DemoItem[] = [];
  const placed = new Set<string>();
  let pending = items;
  while (pending.length > 0) {
    const ready = pending.filter((item) => !item.parent || placed.has(item.parent));
    if (ready.length === 0)
      throw new Error(`demo plan: no parent for ${pending.map((item) => item.code).join(', ')}`);
    for (const item of ready) {
      ordered.push(item);
      placed.add(item.code);
    }
    pending = pending.filter((item) => !placed.has(item.code));
  }
  return ordered;
}

/**
 * The demo's five-year reform plan, entered through the same services as the API: portfolio linked to the
 * baseline's needs, resources, dependencies, an optimised and approved schedule, progress, risks, and a
 * scenario in which EU funding shrinks after 2027.
 */
export async function seedPlan(db: Db, owner: WorkspaceActor, demo: DemoPlan = KASORA_PLAN) {
  const workspaceId = owner.workspace.id;
  const actorRows = await db.select().from(actors).where(eq(actors.workspaceId, workspaceId));
  const actorId = (nameOrAcronym: string | undefined) => {
    if (!nameOrAcronym) return null;
    const row = actorRows.find(
      (candidate) => candidate.acronym === nameOrAcronym || candidate.name === nameOrAcronym,
    );
    if (!row) throw new Error(`demo plan: no actor "${nameOrAcronym}" in the sector map`);
    return row.id;
  };
  const [baseline] = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.workspaceId, workspaceId), eq(assessments.isBaseline, true)))
    .limit(1);
  const needRows = baseline ? await db.select().from(needs).where(eq(needs.assessmentId, baseline.id)) : [];
  const needOf = new Map(needRows.map((row) => [row.itemId, row.id]));

  const plan = await createPlan({
    db,
    actor: owner,
    input: {
      name: demo.name,
      description: demo.description,
      startMonth: demo.startMonth,
      horizonMonths: demo.horizonMonths,
    },
  });
  const resourceIds = new Map<string, string>();
  for (const resource of demo.resources) {
    const created = await createResource({
      db,
      actor: owner,
      planId: plan.id,
      input: {
        name: resource.name,
        kind: resource.kind,
        unit: resource.unit,
        funderActorId: actorId(resource.funder),
        currency: resource.currency ?? null,
        limitKind: resource.limitKind,
        capacityPeriod: resource.capacityPeriod,
        capacities: resource.capacities,
      },
    });
    resourceIds.set(resource.key, created.id);
  }
  const itemIds = new Map<string, string>();
  for (const item of parentsFirst(demo.items)) {
    const created = await createItem({
      db,
      actor: owner,
      planId: plan.id,
      input: {
        kind: item.kind,
        parentId: item.parent ? (itemIds.get(item.parent) ?? null) : null,
        code: item.code,
        name: item.name,
        description: item.description ?? null,
        phase: item.phase,
        quickImpact: item.quickImpact ?? false,
        leadActorId: actorId(item.lead),
        partnerActorIds: (item.partners ?? []).map((partner) => actorId(partner) as string),
        needIds: (item.needItems ?? []).flatMap((id) => (needOf.has(id) ? [needOf.get(id) as string] : [])),
        principles: item.principles ?? [],
        benchmarks: item.benchmarks ?? [],
        duration: item.kind === 'activity' ? (item.duration ?? 1) : null,
        releaseMonth: item.release ?? null,
        deadlineMonth: item.deadline ?? null,
        weight: item.weight ?? 1,
        demands: Object.fromEntries(
          Object.entries(item.demands ?? {}).map(([key, amount]) => [resourceIds.get(key) as string, amount]),
        ),
      },
    });
    itemIds.set(item.code, created.id);
  }
  const id = (code: string) => itemIds.get(code) as string;
  for (const dependency of demo.dependencies)
    await createDependency({
      db,
      actor: owner,
      planId: plan.id,
      input: {
        predecessorId: id(dependency.from),
        successorId: id(dependency.to),
        type: dependency.type,
        lag: dependency.lag ?? 0,
      },
    });

  await scheduleDemo(db, owner, plan.id, demo);
  await approvePlan({ db, actor: owner, planId: plan.id });
  for (const item of demo.items)
    if (item.progress)
      await updateItem({
        db,
        actor: owner,
        planId: plan.id,
        itemId: id(item.code),
        patch: {
          status: item.progress.status,
          percentComplete: item.progress.percentComplete,
          actualStart: item.progress.actualStart ?? null,
          actualFinish: item.progress.actualFinish ?? null,
        },
      });
  for (const risk of demo.risks) {
    const owned = risk.owner
      ? actorRows.find((row) => row.acronym === risk.owner || row.name === risk.owner)
      : undefined;
    await createRisk({
      db,
      actor: owner,
      planId: plan.id,
      input: {
        title: risk.title,
        description: risk.description ?? null,
        category: risk.category,
        likelihood: risk.likelihood,
        impact: risk.impact,
        ownerActorId: owned?.id ?? null,
        ownerName: owned ? null : (risk.owner ?? null),
        mitigation: risk.mitigation ?? null,
        status: risk.status ?? 'open',
        itemIds: risk.items.map(id),
      },
    });
  }

  const scenario = await createScenario({
    db,
    actor: owner,
    planId: plan.id,
    input: { name: demo.scenario.name, note: demo.scenario.note },
  });
  const { resources } = await loadPlanContents(db, await findPlan(db, workspaceId, scenario.id));
  for (const [key, capacities] of Object.entries(demo.scenario.capacities)) {
    const copy = resources.find((resource) => resource.originId === resourceIds.get(key));
    if (copy)
      await updateResource({
        db,
        actor: owner,
        planId: scenario.id,
        resourceId: copy.id,
        patch: { capacities },
      });
  }
  await scheduleDemo(db, owner, scenario.id, demo);
  return { planId: plan.id, scenarioId: scenario.id };
}
