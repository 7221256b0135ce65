import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { CofogGroup, EconomicClass } from '../../../core/finance/codes.ts';
import { Converter } from '../../../core/finance/conversion.ts';
import { RateTable } from '../../../core/finance/currency.ts';
import { fiscalYearStartDate } from '../../../core/finance/fiscal-year.ts';
import type { Db } from '../../db/client.ts';
import { actors, budgetLines, funders } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';
import type { CreateBudgetLineInput, UpdateBudgetLineInput } from './budgets-schemas.ts';
import { funderInBody } from './funders-repo.ts';
import { readExchangeRates } from './rates-service.ts';
import { readFinanceSettings } from './settings-service.ts';

type BudgetLineRow = typeof budgetLines.$inferSelect;

const audited = (row: BudgetLineRow) => ({
  fiscalYear: row.fiscalYear,
  actorId: row.actorId,
  cofog: row.cofog,
  economicClass: row.economicClass,
  description: row.description,
  currency: row.currency,
  approved: row.approved,
  revised: row.revised,
  executed: row.executed,
  sourceFunderId: row.sourceFunderId,
  secret: row.secret,
  offBudget: row.offBudget,
});

/** Lines with the names of their institution and source funder. */
async function present(db: Db, rows: BudgetLineRow[]) {
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const funderIds = [...new Set(rows.flatMap((row) => (row.sourceFunderId ? [row.sourceFunderId] : [])))];
  const actorNames = new Map(
    actorIds.length
      ? (
          await db
            .select({ id: actors.id, name: actors.name })
            .from(actors)
            .where(inArray(actors.id, actorIds))
        ).map((a) => [a.id, a.name])
      : [],
  );
  const funderNames = new Map(
    funderIds.length
      ? (
          await db
            .select({ id: funders.id, name: funders.name })
            .from(funders)
            .where(inArray(funders.id, funderIds))
        ).map((f) => [f.id, f.name])
      : [],
  );
  return rows.map((row) => ({
    ...audited(row),
    id: row.id,
    cofog: row.cofog as CofogGroup,
    economicClass: row.economicClass as EconomicClass,
    institution: row.actorId ? (actorNames.get(row.actorId) ?? null) : null,
    source: row.sourceFunderId ? (funderNames.get(row.sourceFunderId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  }));
}

/** Budget lines of one fiscal year (or all), by COFOG group then economic class; and the years that have lines. */
export async function listBudgetLines(db: Db, actor: WorkspaceActor, year?: number) {
  authorize(actor, 'workspace:read');
  const workspace = eq(budgetLines.workspaceId, actor.workspace.id);
  const rows = await db
    .select()
    .from(budgetLines)
    .where(year === undefined ? workspace : and(workspace, eq(budgetLines.fiscalYear, year)))
    .orderBy(
      asc(budgetLines.fiscalYear),
      asc(budgetLines.cofog),
      asc(budgetLines.economicClass),
      asc(budgetLines.id),
    );
  const years = await db
    .selectDistinct({ year: budgetLines.fiscalYear })
    .from(budgetLines)
    .where(workspace)
    .orderBy(asc(budgetLines.fiscalYear));
  return {
    lines: await present(db, rows),
    years: years.map((entry) => entry.year),
    total: await totalInReportingCurrency(db, actor.workspace.id, rows),
  };
}

/** The lines summed in the reporting currency, each converted at the first day of its fiscal year. */
async function totalInReportingCurrency(db: Db, workspaceId: string, rows: BudgetLineRow[]) {
  const [settings, rates] = await Promise.all([
    readFinanceSettings(db, workspaceId),
    readExchangeRates(db, workspaceId),
  ]);
  const converter = new Converter(new RateTable(rates), settings.reportingCurrency);
  const total = { approved: 0, revised: 0, executed: 0 };
  for (const row of rows) {
    const date = fiscalYearStartDate(row.fiscalYear, settings.fiscalYearStartMonth);
    const convert = (amount: number) => converter.convert(amount, row.currency, date);
    const approved = convert(row.approved);
    // a line whose approved amount has no rate is left out whole (counted once, by its approved amount)
    if (approved === null) continue;
    total.approved += approved;
    total.revised += row.revised === null ? approved : (convert(row.revised) ?? 0);
    total.executed += row.executed === null ? 0 : (convert(row.executed) ?? 0);
  }
  return {
    currency: settings.reportingCurrency,
    ...total,
    ratesUsed: converter.ratesUsed(),
    missingRates: converter.missingRates(),
  };
}

async function requireFunderInWorkspace(tx: Db, workspaceId: string, funderId: string | null | undefined) {
  if (funderId) await funderInBody(tx, workspaceId, funderId, 'sourceFunderId');
}

export async function createBudgetLine(db: Db, actor: WorkspaceActor, input: CreateBudgetLineInput) {
  authorize(actor, 'finance:write');
  const row = await db.transaction(async (tx) => {
    await requireActorsInWorkspace(tx, actor.workspace.id, input.actorId, 'actorId');
    await requireFunderInWorkspace(tx, actor.workspace.id, input.sourceFunderId);
    const [created] = await tx
      .insert(budgetLines)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        fiscalYear: input.fiscalYear,
        actorId: input.actorId ?? null,
        cofog: input.cofog,
        economicClass: input.economicClass,
        description: input.description || null,
        currency: input.currency,
        approved: input.approved,
        revised: input.revised ?? null,
        executed: input.executed ?? null,
        sourceFunderId: input.sourceFunderId ?? null,
        secret: input.secret ?? false,
        offBudget: input.offBudget ?? false,
      })
      .returning();
    await auditBudgetLine(tx, actor, 'budget_line.create', created.id, null, audited(created));
    return created;
  });
  return (await present(db, [row]))[0];
}

async function loadLine(tx: Db, actor: WorkspaceActor, budgetLineId: string) {
  const [row] = await tx
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.id, budgetLineId), eq(budgetLines.workspaceId, actor.workspace.id)))
    .for('update');
  if (!row) throw new AppError('not_found', `no budget line "${budgetLineId}" in this workspace`);
  return row;
}

export async function updateBudgetLine(options: {
  db: Db;
  actor: WorkspaceActor;
  budgetLineId: string;
  patch: UpdateBudgetLineInput;
  expectedVersion?: number;
}) {
  const { db, actor, patch } = options;
  authorize(actor, 'finance:write');
  const row = await db.transaction(async (tx) => {
    const before = await loadLine(tx, actor, options.budgetLineId);
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await requireActorsInWorkspace(tx, actor.workspace.id, patch.actorId, 'actorId');
    await requireFunderInWorkspace(tx, actor.workspace.id, patch.sourceFunderId);
    const [updated] = await tx
      .update(budgetLines)
      .set({
        ...patch,
        ...(patch.description !== undefined && { description: patch.description || null }),
        updatedAt: new Date(),
        rowVersion: nextVersion(budgetLines.rowVersion),
      })
      .where(eq(budgetLines.id, before.id))
      .returning();
    await auditBudgetLine(tx, actor, 'budget_line.update', updated.id, audited(before), audited(updated));
    return updated;
  });
  return (await present(db, [row]))[0];
}

export async function deleteBudgetLine(db: Db, actor: WorkspaceActor, budgetLineId: string) {
  authorize(actor, 'finance:write');
  await db.transaction(async (tx) => {
    const before = await loadLine(tx, actor, budgetLineId);
    await tx.delete(budgetLines).where(eq(budgetLines.id, before.id));
    await auditBudgetLine(tx, actor, 'budget_line.delete', before.id, audited(before), null);
  });
}

export function auditBudgetLine(
  tx: Db,
  actor: WorkspaceActor,
  action: string,
  entityId: string | null,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    action,
    entityType: 'budget_line',
    entityId,
    before,
    after,
  });
}
