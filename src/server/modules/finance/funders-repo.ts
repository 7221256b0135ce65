import { and, eq, inArray } from 'drizzle-orm';
import type { FundingActing } from '../../../core/access/funding-policy.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { RateTable } from '../../../core/finance/currency.ts';
import type { Db } from '../../db/client.ts';
import { exchangeRates, financeSettings, funderMembers, funders } from '../../db/schema/index.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';

export type FunderRow = typeof funders.$inferSelect;

/** The caller's role and the funders they speak for, as the funding policy needs them. */
export async function fundingActing(db: Db, actor: WorkspaceActor): Promise<FundingActing> {
  if (actor.role !== 'donor') return { role: actor.role, linkedFunderIds: new Set() };
  const rows = await db
    .select({ id: funderMembers.funderId })
    .from(funderMembers)
    .innerJoin(funders, eq(funders.id, funderMembers.funderId))
    .where(and(eq(funders.workspaceId, actor.workspace.id), eq(funderMembers.userId, actor.user.id)));
  return { role: actor.role, linkedFunderIds: new Set(rows.map((row) => row.id)) };
}

/** A funder of the workspace, 404 otherwise; `lock` holds its row until the caller's transaction ends. */
export async function findFunder(db: Db, workspaceId: string, funderId: string, lock = false) {
  const query = db
    .select()
    .from(funders)
    .where(and(eq(funders.workspaceId, workspaceId), eq(funders.id, funderId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no funder "${funderId}" in this workspace`);
  return row;
}

/** A funder named in a request body: 400 naming the field when it is not one of this workspace's. */
export async function funderInBody(db: Db, workspaceId: string, funderId: string, field: string) {
  const [row] = await db
    .select()
    .from(funders)
    .where(and(eq(funders.workspaceId, workspaceId), eq(funders.id, funderId)))
    .for('share');
  if (!row)
    throw new AppError('bad_request', `${field}: no funder with this id in this workspace`, {
      field,
      id: funderId,
    });
  return row;
}

/**
 * Funders named in a list of a request body: 400 naming the first entry (`fieldOf(index)`) that is not
 * one of this workspace's. Share-locked like funderInBody.
 */
export async function fundersInBody(
  db: Db,
  workspaceId: string,
  funderIds: readonly string[],
  fieldOf: (index: number) => string,
) {
  if (funderIds.length === 0) return;
  const found = await db
    .select({ id: funders.id })
    .from(funders)
    .where(and(eq(funders.workspaceId, workspaceId), inArray(funders.id, [...new Set(funderIds)])))
    .for('share');
  const known = new Set(found.map((row) => row.id));
  const index = funderIds.findIndex((id) => !known.has(id));
  if (index < 0) return;
  const field = fieldOf(index);
  throw new AppError('bad_request', `${field}: no funder with this id in this workspace`, {
    field,
    id: funderIds[index],
  });
}

/** The workspace's exchange rates, ready to convert. */
export async function workspaceRates(db: Db, workspaceId: string): Promise<RateTable> {
  const rows = await db
    .select({
      fromCurrency: exchangeRates.fromCurrency,
      toCurrency: exchangeRates.toCurrency,
      rateDate: exchangeRates.rateDate,
      rate: exchangeRates.rate,
    })
    .from(exchangeRates)
    .where(eq(exchangeRates.workspaceId, workspaceId));
  return new RateTable(rows);
}

/** The currency totals are shown in when the reader does not choose one, and the fiscal year's first month. */
export async function financeDefaults(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ currency: financeSettings.reportingCurrency, startMonth: financeSettings.fiscalYearStartMonth })
    .from(financeSettings)
    .where(eq(financeSettings.workspaceId, workspaceId));
  return { currency: row?.currency ?? 'USD', fiscalYearStartMonth: row?.startMonth ?? 1 };
}
