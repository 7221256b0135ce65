import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { ExchangeRate } from '../../../core/finance/currency.ts';
import { parseRatesCsv, ratePairKey } from '../../../core/finance/rates-csv.ts';
import type { ImportRow } from '../../../core/sector-map/import-cells.ts';
import type { Db } from '../../db/client.ts';
import { exchangeRates } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { rejectRows } from '../sector-map/spreadsheet.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { unwrapRows } from './csv-upload.ts';

type RateRow = typeof exchangeRates.$inferSelect;

const audited = (row: RateRow) => ({
  fromCurrency: row.fromCurrency,
  toCurrency: row.toCurrency,
  rateDate: row.rateDate,
  rate: row.rate,
});
const present = (row: RateRow) => ({ id: row.id, ...audited(row), createdAt: row.createdAt.toISOString() });

/** The workspace's rates, for a RateTable (other finance parts convert with these). */
export async function readExchangeRates(db: Db, workspaceId: string): Promise<ExchangeRate[]> {
  const rows = await db.select().from(exchangeRates).where(eq(exchangeRates.workspaceId, workspaceId));
  return rows.map(audited);
}

/** By currency pair, the latest rate first. */
export async function listExchangeRates(db: Db, actor: WorkspaceActor) {
  authorize(actor, 'workspace:read');
  const rows = await db
    .select()
    .from(exchangeRates)
    .where(eq(exchangeRates.workspaceId, actor.workspace.id))
    .orderBy(asc(exchangeRates.fromCurrency), asc(exchangeRates.toCurrency), desc(exchangeRates.rateDate));
  return rows.map(present);
}

export async function createExchangeRate(db: Db, actor: WorkspaceActor, input: ExchangeRate) {
  authorize(actor, 'finance:write');
  if (input.fromCurrency === input.toCurrency)
    throw new AppError('bad_request', 'toCurrency: must differ from fromCurrency', { field: 'toCurrency' });
  const row = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: exchangeRates.id })
      .from(exchangeRates)
      .where(
        and(
          eq(exchangeRates.workspaceId, actor.workspace.id),
          eq(exchangeRates.fromCurrency, input.fromCurrency),
          eq(exchangeRates.toCurrency, input.toCurrency),
          eq(exchangeRates.rateDate, input.rateDate),
        ),
      );
    if (existing)
      throw new AppError(
        'conflict',
        `rateDate: there is already a ${input.fromCurrency}→${input.toCurrency} rate on ${input.rateDate}; delete it first`,
        { field: 'rateDate', id: existing.id },
      );
    const [created] = await tx
      .insert(exchangeRates)
      .values({ id: randomUUID(), workspaceId: actor.workspace.id, ...input })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'exchange_rate.create',
      entityType: 'exchange_rate',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return present(row);
}

export async function deleteExchangeRate(db: Db, actor: WorkspaceActor, rateId: string) {
  authorize(actor, 'finance:write');
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(exchangeRates)
      .where(and(eq(exchangeRates.id, rateId), eq(exchangeRates.workspaceId, actor.workspace.id)))
      .for('update');
    if (!before) throw new AppError('not_found', `no exchange rate "${rateId}" in this workspace`);
    await tx.delete(exchangeRates).where(eq(exchangeRates.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'exchange_rate.delete',
      entityType: 'exchange_rate',
      entityId: before.id,
      before: audited(before),
    });
  });
}

/** Adds every rate of the file in one transaction, or none: a pair and date already recorded is refused. */
export async function importExchangeRates(options: {
  db: Db;
  actor: WorkspaceActor;
  rows: readonly ImportRow[];
  fileName: string;
}) {
  const { db, actor } = options;
  authorize(actor, 'finance:write');
  const { rates } = unwrapRows(parseRatesCsv(options.rows));
  const imported = await db.transaction(async (tx) => {
    const existing = new Set(
      (await tx.select().from(exchangeRates).where(eq(exchangeRates.workspaceId, actor.workspace.id))).map(
        ratePairKey,
      ),
    );
    const taken = rates.filter((rate) => existing.has(ratePairKey(rate)));
    if (taken.length > 0)
      rejectRows(
        taken.map((rate) => ({
          row: rate.row,
          field: 'rateDate',
          message: `there is already a ${rate.fromCurrency}→${rate.toCurrency} rate on ${rate.rateDate}`,
        })),
      );
    await tx.insert(exchangeRates).values(
      rates.map(({ row: _row, ...rate }) => ({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        ...rate,
      })),
    );
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'exchange_rate.import',
      entityType: 'exchange_rate',
      entityId: null,
      after: { count: rates.length, fileName: options.fileName },
    });
    return rates.length;
  });
  return { imported };
}
