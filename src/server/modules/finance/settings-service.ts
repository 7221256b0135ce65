import { eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { financeSettings, macroYears } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { refreshAfterMetadataChange } from '../monitoring/analytics-metadata.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

export interface FinanceSettingsInput {
  reportingCurrency: string;
  fiscalYearStartMonth: number;
}

export const DEFAULT_FINANCE_SETTINGS: FinanceSettingsInput = {
  reportingCurrency: 'USD',
  fiscalYearStartMonth: 1,
};

type SettingsRow = typeof financeSettings.$inferSelect;

/** Version 0 means "never saved": the defaults are in force. */
function present(row: SettingsRow | undefined) {
  return row
    ? {
        reportingCurrency: row.reportingCurrency,
        fiscalYearStartMonth: row.fiscalYearStartMonth,
        updatedAt: row.updatedAt.toISOString(),
        version: row.rowVersion,
      }
    : { ...DEFAULT_FINANCE_SETTINGS, updatedAt: null, version: 0 };
}

/** The workspace's reporting currency and fiscal-year start (other finance parts read them here). */
export async function readFinanceSettings(db: Db, workspaceId: string): Promise<FinanceSettingsInput> {
  const [row] = await db.select().from(financeSettings).where(eq(financeSettings.workspaceId, workspaceId));
  return row
    ? { reportingCurrency: row.reportingCurrency, fiscalYearStartMonth: row.fiscalYearStartMonth }
    : DEFAULT_FINANCE_SETTINGS;
}

export async function getFinanceSettings(db: Db, actor: WorkspaceActor) {
  authorize(actor, 'workspace:read');
  const [row] = await db
    .select()
    .from(financeSettings)
    .where(eq(financeSettings.workspaceId, actor.workspace.id));
  return present(row);
}

export async function putFinanceSettings(options: {
  db: Db;
  actor: WorkspaceActor;
  input: FinanceSettingsInput;
  expectedVersion?: number;
}) {
  const { db, actor, input } = options;
  authorize(actor, 'finance:write');
  let startMonthBefore: number | undefined;
  const row = await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(financeSettings)
      .where(eq(financeSettings.workspaceId, actor.workspace.id))
      .for('update');
    checkVersion(before?.rowVersion ?? 0, options.expectedVersion);
    startMonthBefore = before?.fiscalYearStartMonth;
    // GDP, revenue and expenditure are stored in the reporting currency: changing it would silently
    // re-denominate them, so the macro years must go first (they are re-entered or re-imported after).
    const currentCurrency = before?.reportingCurrency ?? DEFAULT_FINANCE_SETTINGS.reportingCurrency;
    if (input.reportingCurrency && input.reportingCurrency !== currentCurrency) {
      const [macro] = await tx
        .select({ id: macroYears.id })
        .from(macroYears)
        .where(eq(macroYears.workspaceId, actor.workspace.id))
        .limit(1);
      if (macro)
        throw new AppError(
          'conflict',
          `reportingCurrency: the macro figures are in ${currentCurrency}; delete the macro years before changing the reporting currency`,
        );
    }
    const [saved] = before
      ? await tx
          .update(financeSettings)
          .set({ ...input, updatedAt: new Date(), rowVersion: nextVersion(financeSettings.rowVersion) })
          .where(eq(financeSettings.workspaceId, actor.workspace.id))
          .returning()
      : await tx
          .insert(financeSettings)
          .values({ workspaceId: actor.workspace.id, ...input })
          .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'finance_settings.update',
      entityType: 'finance_settings',
      entityId: actor.workspace.id,
      before: before
        ? { reportingCurrency: before.reportingCurrency, fiscalYearStartMonth: before.fiscalYearStartMonth }
        : null,
      after: { reportingCurrency: saved.reportingCurrency, fiscalYearStartMonth: saved.fiscalYearStartMonth },
    });
    return saved;
  });
  // monitoring's analytics rows hold the fiscal-year periods of the start month in force
  const beforeMonth = startMonthBefore ?? DEFAULT_FINANCE_SETTINGS.fiscalYearStartMonth;
  if (row.fiscalYearStartMonth !== beforeMonth) await refreshAfterMetadataChange(db, actor.workspace.id);
  return present(row);
}
