import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { canReadFunderFlows, fundingReadScope } from '../../../core/access/funding-policy.ts';
import { type FlowKind, FUND_TYPES, type FunderType } from '../../../core/finance/codes.ts';
import type { RateTable } from '../../../core/finance/currency.ts';
import { activityBudgetCost, type PlanCost, summarisePooledFund } from '../../../core/finance/pooled.ts';
import type { Db } from '../../db/client.ts';
import {
  funders,
  fundingFlows,
  planDemands,
  planItems,
  planResources,
  plans,
} from '../../db/schema/index.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { financeDefaults, fundingActing, workspaceRates } from './funders-repo.ts';

/**
 * The activity cost of each plan, read live from its budget resources (the same numbers as the plan), in
 * `currency` at the rate of the plan's first month.
 */
async function planCosts(db: Db, planIds: string[], table: RateTable, currency: string): Promise<PlanCost[]> {
  if (planIds.length === 0) return [];
  const [planRows, demandRows] = await Promise.all([
    db
      .select({ id: plans.id, name: plans.name, startMonth: plans.startMonth })
      .from(plans)
      .where(inArray(plans.id, planIds)),
    db
      .select({
        planId: planItems.planId,
        amount: planDemands.amount,
        duration: planItems.duration,
        limitKind: planResources.limitKind,
        currency: planResources.currency,
      })
      .from(planDemands)
      .innerJoin(planItems, eq(planItems.id, planDemands.itemId))
      .innerJoin(planResources, eq(planResources.id, planDemands.resourceId))
      .where(
        and(
          inArray(planItems.planId, planIds),
          eq(planResources.kind, 'budget'),
          eq(planItems.kind, 'activity'),
        ),
      ),
  ]);
  return planRows.map((plan) => {
    let cost = 0;
    const unconverted = new Set<string>();
    for (const demand of demandRows.filter((row) => row.planId === plan.id)) {
      const amount = activityBudgetCost(demand.amount, demand.limitKind, demand.duration ?? 0);
      const converted = demand.currency
        ? table.convert(amount, demand.currency, currency, `${plan.startMonth}-01`)
        : null;
      if (converted) cost += converted.amount;
      else if (amount !== 0) unconverted.add(demand.currency ?? '—');
    }
    return { planId: plan.id, planName: plan.name, cost, unconvertedCurrencies: [...unconverted].sort() };
  });
}

/** Each pooled or trust fund: contributions in, allocations out, balance and share of each plan it covers. */
export async function listPooledFunds({
  db,
  actor,
  currency,
}: {
  db: Db;
  actor: WorkspaceActor;
  currency?: string;
}) {
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const chosen = currency ?? (await financeDefaults(db, workspaceId)).currency;
  const scope = fundingReadScope(await fundingActing(db, actor));
  const [allFunders, table] = await Promise.all([
    db
      .select({ id: funders.id, name: funders.name, type: funders.type })
      .from(funders)
      .where(eq(funders.workspaceId, workspaceId))
      .orderBy(asc(sql`lower(${funders.name})`)),
    workspaceRates(db, workspaceId),
  ]);
  const funds = allFunders.filter((funder) => FUND_TYPES.includes(funder.type as FunderType));
  if (funds.length === 0) return { currency: chosen, funds: [] };
  const fundIds = funds.map((fund) => fund.id);
  const flowRows = await db
    .select({
      funderId: fundingFlows.funderId,
      toFunderId: fundingFlows.toFunderId,
      kind: fundingFlows.kind,
      amount: fundingFlows.amount,
      currency: fundingFlows.currency,
      flowDate: fundingFlows.flowDate,
      planItemId: fundingFlows.planItemId,
    })
    .from(fundingFlows)
    .where(
      and(
        eq(fundingFlows.workspaceId, workspaceId),
        or(inArray(fundingFlows.funderId, fundIds), inArray(fundingFlows.toFunderId, fundIds)),
      ),
    );
  // a donor sees only what their own funders put in or, when they speak for the fund, what it gives out
  const flows = flowRows
    .filter((flow) => canReadFunderFlows(scope, flow.funderId))
    .map((flow) => ({ ...flow, kind: flow.kind as FlowKind }));
  const itemIds = [...new Set(flows.flatMap((flow) => (flow.planItemId ? [flow.planItemId] : [])))];
  const items =
    itemIds.length === 0
      ? []
      : await db
          .select({ id: planItems.id, planId: planItems.planId, code: planItems.code, name: planItems.name })
          .from(planItems)
          .where(and(eq(planItems.workspaceId, workspaceId), inArray(planItems.id, itemIds)));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const planOfItem = new Map(items.map((item) => [item.id, item.planId]));
  const costs = await planCosts(db, [...new Set(items.map((item) => item.planId))], table, chosen);
  const funderName = new Map(allFunders.map((funder) => [funder.id, funder.name]));
  return {
    currency: chosen,
    funds: funds.map((fund) => {
      const summary = summarisePooledFund({
        fundId: fund.id,
        flows,
        table,
        currency: chosen,
        planOfItem,
        planCosts: costs,
      });
      return {
        id: fund.id,
        name: fund.name,
        type: fund.type as FunderType,
        flowsVisible: canReadFunderFlows(scope, fund.id),
        ...summary,
        contributions: summary.contributions.map((entry) => ({
          ...entry,
          funderName: funderName.get(entry.funderId) ?? '',
        })),
        allocations: summary.allocations.map((entry) => {
          const item = entry.planItemId ? itemById.get(entry.planItemId) : undefined;
          return { ...entry, planItemCode: item?.code ?? null, planItemName: item?.name ?? null };
        }),
      };
    }),
  };
}
