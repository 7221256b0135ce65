import { aliasedTable, and, desc, eq, type SQL } from 'drizzle-orm';
import type { FlowKind } from '../../../core/finance/codes.ts';
import { odaEligibility } from '../../../core/finance/codes.ts';
import type { RateTable } from '../../../core/finance/currency.ts';
import { fiscalYearOf, fiscalYearStartDate } from '../../../core/finance/fiscal-year.ts';
import { convertFlow } from '../../../core/finance/funding-totals.ts';
import type { Db } from '../../db/client.ts';
import { actors, funders, fundingFlows, planItems } from '../../db/schema/index.ts';

const toFunder = aliasedTable(funders, 'to_funder');

/** Flows of the workspace matching `where`, with the names a reader needs, newest first. */
export async function selectFlows(db: Db, workspaceId: string, where?: SQL): Promise<FlowListRow[]> {
  return db
    .select({
      flow: fundingFlows,
      funderName: funders.name,
      toFunderName: toFunder.name,
      planItemCode: planItems.code,
      planItemName: planItems.name,
      planId: planItems.planId,
      recipientName: actors.name,
    })
    .from(fundingFlows)
    .innerJoin(funders, eq(funders.id, fundingFlows.funderId))
    .leftJoin(toFunder, eq(toFunder.id, fundingFlows.toFunderId))
    .leftJoin(planItems, eq(planItems.id, fundingFlows.planItemId))
    .leftJoin(actors, eq(actors.id, fundingFlows.recipientActorId))
    .where(and(eq(fundingFlows.workspaceId, workspaceId), where))
    .orderBy(desc(fundingFlows.flowDate), desc(fundingFlows.createdAt));
}

export interface FlowListRow {
  flow: typeof fundingFlows.$inferSelect;
  funderName: string;
  toFunderName: string | null;
  planItemCode: string | null;
  planItemName: string | null;
  planId: string | null;
  recipientName: string | null;
}

/** First day of a fiscal year and of the next, as YYYY-MM-DD. */
export function fiscalYearRange(year: number, startMonth: number): [string, string] {
  return [fiscalYearStartDate(year, startMonth), fiscalYearStartDate(year + 1, startMonth)];
}

export function presentFlow(
  row: FlowListRow,
  table: RateTable,
  currency: string,
  fiscalYearStartMonth: number,
) {
  const flow = row.flow;
  return {
    id: flow.id,
    funderId: flow.funderId,
    funderName: row.funderName,
    kind: flow.kind as FlowKind,
    amount: flow.amount,
    currency: flow.currency,
    flowDate: flow.flowDate,
    fiscalYear: fiscalYearOf(flow.flowDate, fiscalYearStartMonth),
    purposeCode: flow.purposeCode,
    odaStatus: odaEligibility(flow.purposeCode),
    planItemId: flow.planItemId,
    planItemCode: row.planItemCode,
    planItemName: row.planItemName,
    planId: row.planId,
    recipientActorId: flow.recipientActorId,
    recipientName: row.recipientName,
    toFunderId: flow.toFunderId,
    toFunderName: row.toFunderName,
    iatiActivityId: flow.iatiActivityId,
    description: flow.description,
    converted: convertFlow(table, flow, currency),
    createdAt: flow.createdAt.toISOString(),
    updatedAt: flow.updatedAt.toISOString(),
    version: flow.rowVersion,
  };
}
