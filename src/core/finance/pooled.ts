import type { FlowKind } from './codes.ts';
import { Converter, type MissingRate, roundMoney } from './conversion.ts';
import type { RateTable } from './currency.ts';

/**
 * Pooled and trust funds: what donors put in (flows naming the fund in `toFunderId`), what the fund gives
 * out (its own commitments, disbursements and expenditure to plan items), what it holds, and how much of
 * each plan's activity cost its allocations cover. Everything in one currency; flows no rate converts are
 * reported, not counted.
 */
export interface PooledFlow {
  funderId: string;
  toFunderId: string | null;
  kind: FlowKind;
  amount: number;
  currency: string;
  flowDate: string;
  planItemId: string | null;
}

/** What one plan's activities cost in total, from its budget resources, already in the chosen currency. */
export interface PlanCost {
  planId: string;
  planName: string;
  cost: number;
  /** Currencies of budget resources no rate converts: their cost is left out, so no share is given. */
  unconvertedCurrencies: string[];
}

export interface Contribution {
  funderId: string;
  committed: number;
  /** Disbursements and incoming funds: money actually paid into the fund. */
  paid: number;
}

export interface Allocation {
  planItemId: string | null;
  committed: number;
  disbursed: number;
  spent: number;
}

export interface ProgrammeShare {
  planId: string;
  planName: string;
  allocated: number;
  cost: number;
  unconvertedCurrencies: string[];
  /** allocated ÷ cost; null when the plan has no budget cost to divide by, or part of it could not be converted. */
  share: number | null;
}

export interface PooledFundSummary {
  fundId: string;
  contributions: Contribution[];
  allocations: Allocation[];
  contributedCommitted: number;
  contributedPaid: number;
  allocatedCommitted: number;
  allocatedDisbursed: number;
  /** Paid in minus disbursed out: the cash the fund holds. */
  balance: number;
  /** Paid in minus committed out: what it can still allocate. */
  unallocated: number;
  programmeShares: ProgrammeShare[];
  missingRates: MissingRate[];
}

const PAID_IN: readonly FlowKind[] = ['disbursement', 'incoming_funds'];

export function summarisePooledFund(options: {
  fundId: string;
  flows: readonly PooledFlow[];
  table: RateTable;
  currency: string;
  /** The plan each allocated item belongs to. */
  planOfItem: ReadonlyMap<string, string>;
  planCosts: readonly PlanCost[];
}): PooledFundSummary {
  const { fundId, table, currency } = options;
  const contributions = new Map<string, Contribution>();
  const allocations = new Map<string | null, Allocation>();
  const converter = new Converter(table, currency);
  for (const flow of options.flows) {
    const incoming = flow.toFunderId === fundId && flow.funderId !== fundId;
    const outgoing = flow.funderId === fundId && flow.toFunderId === null;
    if (!incoming && !outgoing) continue;
    const value = converter.convert(flow.amount, flow.currency, flow.flowDate);
    if (value === null) continue;
    const amount = roundMoney(value);
    if (incoming) {
      const entry = contributions.get(flow.funderId) ?? { funderId: flow.funderId, committed: 0, paid: 0 };
      if (flow.kind === 'commitment') entry.committed += amount;
      else if (PAID_IN.includes(flow.kind)) entry.paid += amount;
      contributions.set(flow.funderId, entry);
    } else {
      const entry = allocations.get(flow.planItemId) ?? {
        planItemId: flow.planItemId,
        committed: 0,
        disbursed: 0,
        spent: 0,
      };
      if (flow.kind === 'commitment') entry.committed += amount;
      else if (flow.kind === 'disbursement') entry.disbursed += amount;
      else if (flow.kind === 'expenditure') entry.spent += amount;
      allocations.set(flow.planItemId, entry);
    }
  }
  const contributionList = [...contributions.values()].map((entry) => ({
    ...entry,
    committed: roundMoney(entry.committed),
    paid: roundMoney(entry.paid),
  }));
  const allocationList = [...allocations.values()].map((entry) => ({
    ...entry,
    committed: roundMoney(entry.committed),
    disbursed: roundMoney(entry.disbursed),
    spent: roundMoney(entry.spent),
  }));
  const sum = <T>(list: T[], pick: (entry: T) => number) => roundMoney(list.reduce((a, e) => a + pick(e), 0));
  const contributedPaid = sum(contributionList, (e) => e.paid);
  const allocatedCommitted = sum(allocationList, (e) => e.committed);
  const allocatedDisbursed = sum(allocationList, (e) => e.disbursed);
  return {
    fundId,
    contributions: contributionList,
    allocations: allocationList,
    contributedCommitted: sum(contributionList, (e) => e.committed),
    contributedPaid,
    allocatedCommitted,
    allocatedDisbursed,
    balance: roundMoney(contributedPaid - allocatedDisbursed),
    unallocated: roundMoney(contributedPaid - allocatedCommitted),
    programmeShares: programmeShares(allocationList, options.planOfItem, options.planCosts),
    missingRates: converter.missingRates(),
  };
}

/** Allocations committed to each plan's items against that plan's activity cost. */
function programmeShares(
  allocations: readonly Allocation[],
  planOfItem: ReadonlyMap<string, string>,
  planCosts: readonly PlanCost[],
): ProgrammeShare[] {
  const allocatedByPlan = new Map<string, number>();
  for (const allocation of allocations) {
    const planId = allocation.planItemId ? planOfItem.get(allocation.planItemId) : undefined;
    if (!planId) continue;
    allocatedByPlan.set(planId, (allocatedByPlan.get(planId) ?? 0) + allocation.committed);
  }
  return planCosts
    .filter((plan) => allocatedByPlan.has(plan.planId))
    .map((plan) => {
      const allocated = roundMoney(allocatedByPlan.get(plan.planId) ?? 0);
      return {
        planId: plan.planId,
        planName: plan.planName,
        allocated,
        cost: roundMoney(plan.cost),
        unconvertedCurrencies: plan.unconvertedCurrencies,
        share: plan.cost > 0 && plan.unconvertedCurrencies.length === 0 ? allocated / plan.cost : null,
      };
    });
}

/**
 * The total cost of an activity on a budget resource: a `total` limit's amount is the whole cost; a
 * `concurrent` one is spent every month the activity runs.
 */
export function activityBudgetCost(amount: number, limitKind: string, duration: number): number {
  return limitKind === 'concurrent' ? amount * Math.max(0, duration) : amount;
}
