import { and, eq } from 'drizzle-orm';
import { currentStarts, planToProblem } from '../../core/planning/model.ts';
import { monthOffset } from '../../core/planning/portfolio.ts';
import { optimiseSchedule } from '../../core/scheduling/index.ts';
import type { Db } from '../db/client.ts';
import { actors, assessments, needs } from '../db/schema/index.ts';
import { createItem, updateItem } from '../modules/plans/items-service.ts';
import { approvePlan, createPlan, setSchedule, updatePlan } from '../modules/plans/plans-service.ts';
import { findPlan, loadPlanContents } from '../modules/plans/repo.ts';
import { createRisk } from '../modules/plans/risks-service.ts';
import { createScenario } from '../modules/plans/scenarios-service.ts';
import { createDependency, createResource, updateResource } from '../modules/plans/structure-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { type DemoPlan, type DemoPlanItem, readDemoPlan } from './plan-file.ts';

/**
 * Schedules the demo plan with the optimiser. Before the progress is recorded, work the file says got under
 * way is kept where it really started, so the approved baseline matches it; afterwards the plan's status
 * date holds it there.
 */
async function scheduleDemo(db: Db, actor: WorkspaceActor, planId: string, demo: DemoPlan) {
  const plan = await findPlan(db, actor.workspace.id, planId);
  const { data } = await loadPlanContents(db, plan);
  const model = planToProblem(data);
  const byCode = new Map(demo.items.map((item) => [item.code, item]));
  model.activityIds.forEach((id, index) => {
    const item = data.items.find((candidate) => candidate.id === id);
    const actualStart = item ? byCode.get(item.code)?.progress?.actualStart : undefined;
    const activity = model.problem.activities[index];
    if (!actualStart || activity.fixedStart !== undefined) return;
    activity.release = monthOffset(demo.plan.startMonth, actualStart);
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

/** Parents before children, whatever order the file lists them in. */
function parentsFirst(items: DemoPlanItem[]): DemoPlanItem[] {
  const ordered: DemoPlanItem[] = [];
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

/** Turns the names the file uses (actor acronyms, framework items) into the workspace's ids. */
async function workspaceLookups(db: Db, workspaceId: string) {
  const actorRows = await db.select().from(actors).where(eq(actors.workspaceId, workspaceId));
  const findActor = (nameOrAcronym: string) =>
    actorRows.find((row) => row.acronym === nameOrAcronym || row.name === nameOrAcronym);
  const actorId = (nameOrAcronym: string | null | undefined) => {
    if (!nameOrAcronym) return null;
    const row = findActor(nameOrAcronym);
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
  // A criterion the baseline found no gap in has no need to link to.
  const needIds = (criteria: string[] = []) => criteria.flatMap((criterion) => needOf.get(criterion) ?? []);
  return { findActor, actorId, needIds };
}

/**
 * The demo's five-year reform plan, read from its JSON file and entered through the same services as the
 * API: portfolio linked to the baseline's needs, resources, dependencies, an optimised and approved
 * schedule, progress, risks, and a scenario with less money from one funder.
 */
export async function seedPlan(db: Db, owner: WorkspaceActor, demo: DemoPlan = readDemoPlan()) {
  const { findActor, actorId, needIds } = await workspaceLookups(db, owner.workspace.id);
  const { statusDate, ...planInput } = demo.plan;
  const plan = await createPlan({ db, actor: owner, input: planInput });
  const planId = plan.id;
  // Drawn up ahead: nothing has happened yet when the plan is first scheduled.
  await updatePlan({ db, actor: owner, planId, patch: { statusDate: planInput.startMonth } });

  const resourceIds = new Map<string, string>();
  for (const { key, funder, ...resource } of demo.resources) {
    const input = { ...resource, funderActorId: actorId(funder) };
    resourceIds.set(key, (await createResource({ db, actor: owner, planId, input })).id);
  }
  const resourceId = (key: string) => resourceIds.get(key) as string;

  const itemIds = new Map<string, string>();
  for (const item of parentsFirst(demo.items)) {
    const { parent, lead, partners, needItems, demands, progress: _progress, ...fields } = item;
    const input = {
      ...fields,
      parentId: parent ? itemIds.get(parent) : null,
      leadActorId: actorId(lead),
      partnerActorIds: (partners ?? []).map((partner) => actorId(partner) as string),
      needIds: needIds(needItems),
      demands: Object.fromEntries(
        Object.entries(demands ?? {}).map(([key, amount]) => [resourceId(key), amount]),
      ),
    };
    itemIds.set(item.code, (await createItem({ db, actor: owner, planId, input })).id);
  }
  const itemId = (code: string) => itemIds.get(code) as string;

  for (const { from, to, ...dependency } of demo.dependencies) {
    const input = { ...dependency, predecessorId: itemId(from), successorId: itemId(to) };
    await createDependency({ db, actor: owner, planId, input });
  }

  await scheduleDemo(db, owner, planId, demo);
  await approvePlan({ db, actor: owner, planId });
  for (const item of demo.items)
    if (item.progress)
      await updateItem({ db, actor: owner, planId, itemId: itemId(item.code), patch: item.progress });
  // Re-planned from the month the progress runs to: what is done is fixed, the rest follows it.
  await updatePlan({ db, actor: owner, planId, patch: { statusDate } });
  await scheduleDemo(db, owner, planId, demo);

  for (const { owner: riskOwner, items, ...risk } of demo.risks) {
    const owningActor = riskOwner ? findActor(riskOwner) : undefined;
    const input = {
      ...risk,
      ownerActorId: owningActor?.id ?? null,
      ownerName: owningActor ? null : (riskOwner ?? null),
      itemIds: items.map(itemId),
    };
    await createRisk({ db, actor: owner, planId, input });
  }

  const scenarioId = await seedScenario(db, owner, planId, demo, resourceIds);
  return { planId, scenarioId };
}

/** The scenario: a copy of the plan with some resources' capacities changed, re-optimised. */
async function seedScenario(
  db: Db,
  owner: WorkspaceActor,
  planId: string,
  demo: DemoPlan,
  resourceIds: Map<string, string>,
) {
  const { capacities, ...input } = demo.scenario;
  const scenario = await createScenario({ db, actor: owner, planId, input });
  const { resources } = await loadPlanContents(db, await findPlan(db, owner.workspace.id, scenario.id));
  for (const [key, changed] of Object.entries(capacities)) {
    const copy = resources.find((resource) => resource.originId === resourceIds.get(key));
    if (!copy) throw new Error(`demo plan: the scenario has no copy of resource "${key}"`);
    await updateResource({
      db,
      actor: owner,
      planId: scenario.id,
      resourceId: copy.id,
      patch: { capacities: changed },
    });
  }
  await scheduleDemo(db, owner, scenario.id, demo);
  return scenario.id;
}
