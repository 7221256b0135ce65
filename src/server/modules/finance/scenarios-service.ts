import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { type ScenarioAssumptions, scenarioAssumptionsSchema } from '../../../core/finance/projection.ts';
import type { Db } from '../../db/client.ts';
import { financeScenarios, funders, plans } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { computeSustainability } from './analysis-service.ts';
import type { CreateFinanceScenarioInput, UpdateFinanceScenarioInput } from './scenarios-schemas.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

type ScenarioRow = typeof financeScenarios.$inferSelect;

/** Stored assumptions are validated on the way in; a row that no longer parses reads as the defaults. */
const assumptionsOf = (row: ScenarioRow): ScenarioAssumptions => {
  const parsed = scenarioAssumptionsSchema.safeParse(row.assumptions);
  return parsed.success ? parsed.data : scenarioAssumptionsSchema.parse({});
};

function present(row: ScenarioRow) {
  return {
    id: row.id,
    name: row.name,
    planId: row.planId,
    assumptions: assumptionsOf(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

const audited = (row: ScenarioRow) => ({ name: row.name, planId: row.planId, assumptions: row.assumptions });

async function findScenario(db: Db, workspaceId: string, scenarioId: string, lock = false) {
  const query = db
    .select()
    .from(financeScenarios)
    .where(and(eq(financeScenarios.workspaceId, workspaceId), eq(financeScenarios.id, scenarioId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no finance scenario "${scenarioId}" in this workspace`);
  return row;
}

/** The plan and the exiting donors a scenario names must be this workspace's: 400 naming the field. */
async function checkReferences(
  db: Db,
  workspaceId: string,
  planId: string | null | undefined,
  assumptions: ScenarioAssumptions | undefined,
) {
  if (planId) {
    const [plan] = await db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.workspaceId, workspaceId), eq(plans.id, planId)));
    if (!plan)
      throw new AppError('bad_request', 'planId: no plan with this id in this workspace', {
        field: 'planId',
      });
  }
  const exits = assumptions?.donorExits ?? [];
  if (exits.length === 0) return;
  const ids = [...new Set(exits.map((exit) => exit.funderId))];
  const found = await db
    .select({ id: funders.id })
    .from(funders)
    .where(and(eq(funders.workspaceId, workspaceId), inArray(funders.id, ids)));
  const known = new Set(found.map((row) => row.id));
  const index = exits.findIndex((exit) => !known.has(exit.funderId));
  if (index >= 0) {
    const field = `assumptions.donorExits.${index}.funderId`;
    throw new AppError('bad_request', `${field}: no funder with this id in this workspace`, { field });
  }
}

export async function listFinanceScenarios({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const rows = await db
    .select()
    .from(financeScenarios)
    .where(eq(financeScenarios.workspaceId, actor.workspace.id))
    .orderBy(asc(financeScenarios.createdAt), asc(financeScenarios.name));
  return { scenarios: rows.map(present) };
}

export async function createFinanceScenario({
  db,
  actor,
  input,
}: Options & { input: CreateFinanceScenarioInput }) {
  authorize(actor, 'finance:write');
  const row = await db.transaction(async (tx) => {
    await checkReferences(tx, actor.workspace.id, input.planId, input.assumptions);
    const [created] = await tx
      .insert(financeScenarios)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        name: input.name,
        planId: input.planId ?? null,
        assumptions: input.assumptions,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'finance.scenario.create',
      entityType: 'finance_scenario',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return present(row);
}

export async function updateFinanceScenario({
  db,
  actor,
  scenarioId,
  patch,
  expectedVersion,
}: Options & { scenarioId: string; patch: UpdateFinanceScenarioInput; expectedVersion?: number }) {
  authorize(actor, 'finance:write');
  const row = await db.transaction(async (tx) => {
    const before = await findScenario(tx, actor.workspace.id, scenarioId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await checkReferences(tx, actor.workspace.id, patch.planId, patch.assumptions);
    const [updated] = await tx
      .update(financeScenarios)
      .set({ ...patch, updatedAt: new Date(), rowVersion: nextVersion(financeScenarios.rowVersion) })
      .where(eq(financeScenarios.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'finance.scenario.update',
      entityType: 'finance_scenario',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
  return present(row);
}

export async function deleteFinanceScenario({
  db,
  actor,
  scenarioId,
  expectedVersion,
}: Options & { scenarioId: string; expectedVersion?: number }) {
  authorize(actor, 'finance:write');
  await db.transaction(async (tx) => {
    const before = await findScenario(tx, actor.workspace.id, scenarioId, true);
    checkVersion(before.rowVersion, expectedVersion);
    await tx.delete(financeScenarios).where(eq(financeScenarios.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'finance.scenario.delete',
      entityType: 'finance_scenario',
      entityId: before.id,
      before: audited(before),
    });
  });
}

/** The sustainability table of a saved scenario. */
export async function projectFinanceScenario({
  db,
  actor,
  scenarioId,
  currency,
}: Options & { scenarioId: string; currency?: string }) {
  authorize(actor, 'workspace:read');
  const row = await findScenario(db, actor.workspace.id, scenarioId);
  return computeSustainability({ db, actor, currency, planId: row.planId, assumptions: assumptionsOf(row) });
}
