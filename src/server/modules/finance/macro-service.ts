import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { type MacroYearValues, parseMacroCsv } from '../../../core/finance/macro-csv.ts';
import type { ImportRow } from '../../../core/sector-map/import-cells.ts';
import type { Db } from '../../db/client.ts';
import { macroYears } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { unwrapRows } from './csv-upload.ts';

type MacroRow = typeof macroYears.$inferSelect;
export type MacroFigures = Omit<MacroYearValues, 'fiscalYear'>;

const figures = (row: MacroRow) => ({
  fiscalYear: row.fiscalYear,
  gdp: row.gdp,
  revenue: row.revenue,
  expenditure: row.expenditure,
});
const present = (row: MacroRow) => ({
  ...figures(row),
  updatedAt: row.updatedAt.toISOString(),
  version: row.rowVersion,
});

export async function listMacroYears(db: Db, actor: WorkspaceActor) {
  authorize(actor, 'workspace:read');
  const rows = await db
    .select()
    .from(macroYears)
    .where(eq(macroYears.workspaceId, actor.workspace.id))
    .orderBy(asc(macroYears.fiscalYear));
  return rows.map(present);
}

const yearOf = (actor: WorkspaceActor, fiscalYear: number) =>
  and(eq(macroYears.workspaceId, actor.workspace.id), eq(macroYears.fiscalYear, fiscalYear));

/** Records a year's figures, creating the year if needed; If-Match applies to an existing year. */
export async function putMacroYear(options: {
  db: Db;
  actor: WorkspaceActor;
  fiscalYear: number;
  input: MacroFigures;
  expectedVersion?: number;
}) {
  const { db, actor, fiscalYear, input } = options;
  authorize(actor, 'finance:write');
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(macroYears).where(yearOf(actor, fiscalYear)).for('update');
    checkVersion(before?.rowVersion ?? 0, options.expectedVersion);
    const [saved] = before
      ? await tx
          .update(macroYears)
          .set({ ...input, updatedAt: new Date(), rowVersion: nextVersion(macroYears.rowVersion) })
          .where(eq(macroYears.id, before.id))
          .returning()
      : await tx
          .insert(macroYears)
          .values({ id: randomUUID(), workspaceId: actor.workspace.id, fiscalYear, ...input })
          .returning();
    await audit(tx, actor, 'macro_year.update', saved.id, before ? figures(before) : null, figures(saved));
    return saved;
  });
  return present(row);
}

export async function deleteMacroYear(db: Db, actor: WorkspaceActor, fiscalYear: number) {
  authorize(actor, 'finance:write');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(macroYears).where(yearOf(actor, fiscalYear)).for('update');
    if (!before) throw new AppError('not_found', `no macro figures for ${fiscalYear} in this workspace`);
    await tx.delete(macroYears).where(eq(macroYears.id, before.id));
    await audit(tx, actor, 'macro_year.delete', before.id, figures(before), null);
  });
}

/** Every year of the file, in one transaction: new years are added, years already there are overwritten. */
export async function importMacroYears(options: {
  db: Db;
  actor: WorkspaceActor;
  rows: readonly ImportRow[];
  fileName: string;
}) {
  const { db, actor } = options;
  authorize(actor, 'finance:write');
  const { years } = unwrapRows(parseMacroCsv(options.rows));
  await db.transaction(async (tx) => {
    await tx
      .insert(macroYears)
      .values(years.map((year) => ({ id: randomUUID(), workspaceId: actor.workspace.id, ...year })))
      .onConflictDoUpdate({
        target: [macroYears.workspaceId, macroYears.fiscalYear],
        set: {
          gdp: sql`excluded.gdp`,
          revenue: sql`excluded.revenue`,
          expenditure: sql`excluded.expenditure`,
          updatedAt: new Date(),
          rowVersion: nextVersion(macroYears.rowVersion),
        },
      });
    await audit(tx, actor, 'macro_year.import', null, null, {
      count: years.length,
      fileName: options.fileName,
    });
  });
  return { imported: years.length };
}

function audit(
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
    entityType: 'macro_year',
    entityId,
    before,
    after,
  });
}
