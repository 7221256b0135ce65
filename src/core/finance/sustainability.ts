import type { FlowKind } from './codes.ts';
import type { Converter } from './conversion.ts';
import { fiscalYearOf, fiscalYearStartDate } from './fiscal-year.ts';
import type { ProjectedMacro, ResolvedAssumptions } from './projection.ts';
import type { BudgetLineInput } from './right-financing.ts';

/**
 * The sustainability model, per fiscal year from the base year on:
 *
 *   bill      = baseline + take-overs + reform recurrent
 *   baseline  = the state's own recurrent security budget of the base year (approved personnel, goods and
 *               services, transfers; capital is not recurrent), held at that nominal level
 *   take-overs= donor-financed recurrent lines of the base year, once their donor has left (after its
 *               last year) — the state must pay them or cut them
 *   reform    = the recurrent costs the plan's activities leave behind (see recurrent.ts)
 *   donors    = funding flows to the plan's activities dated in the year, from donors still present: a
 *               donor's disbursements that year, or its commitments when it disbursed nothing
 *   gap       = max(0, bill − fiscal space − donors); a negative difference is reported as the surplus.
 */

const RECURRENT_CLASSES = new Set(['personnel', 'goods_services', 'transfers']);

export interface DonorFlowInput {
  funderId: string;
  kind: FlowKind;
  amount: number;
  currency: string;
  /** YYYY-MM-DD */
  flowDate: string;
}

export interface SustainabilityInput {
  resolved: ResolvedAssumptions;
  macro: readonly ProjectedMacro[];
  /** Budget lines of every year; the base year's (or the latest before it) are used. */
  budgetLines: readonly BudgetLineInput[];
  /** Reform recurrent cost per fiscal year, already in the target currency. */
  reformRecurrent: ReadonlyMap<number, number>;
  /** Flows to the plan's activities. */
  donorFlows: readonly DonorFlowInput[];
  fiscalYearStartMonth: number;
  converter: Converter;
}

export interface SustainabilityYear {
  fiscalYear: number;
  observed: boolean;
  gdp: number;
  revenue: number | null;
  expenditure: number | null;
  fiscalSpace: number | null;
  baselineRecurrent: number;
  takeOvers: number;
  reformRecurrent: number;
  bill: number;
  donorFinancing: number;
  gap: number | null;
  surplus: number | null;
}

export interface Sustainability {
  /** The fiscal year whose budget gives the baseline; null when no budget was entered up to the base year. */
  budgetYear: number | null;
  years: SustainabilityYear[];
  totalGap: number | null;
  totalSurplus: number | null;
  /** First year with a gap above zero. */
  firstGapYear: number | null;
}

function recurrentBase(input: SustainabilityInput) {
  const { resolved, budgetLines, converter, fiscalYearStartMonth } = input;
  const budgetYears = budgetLines.map((l) => l.fiscalYear).filter((year) => year <= resolved.baseYear);
  const budgetYear = budgetYears.length === 0 ? null : Math.max(...budgetYears);
  let baseline = 0;
  const donorRecurrent = new Map<string, number>();
  if (budgetYear !== null) {
    const date = fiscalYearStartDate(budgetYear, fiscalYearStartMonth);
    for (const line of budgetLines) {
      if (line.fiscalYear !== budgetYear || !RECURRENT_CLASSES.has(line.economicClass)) continue;
      const amount = converter.convert(line.approved, line.currency, date);
      if (amount === null) continue;
      if (line.sourceFunderId === null) baseline += amount;
      else donorRecurrent.set(line.sourceFunderId, (donorRecurrent.get(line.sourceFunderId) ?? 0) + amount);
    }
  }
  return { budgetYear, baseline, donorRecurrent };
}

function donorFinancingByYear(input: SustainabilityInput, lastYearOf: Map<string, number>) {
  const sums = new Map<string, { fiscalYear: number; disbursed: number; committed: number }>();
  for (const flow of input.donorFlows) {
    if (flow.kind !== 'disbursement' && flow.kind !== 'commitment') continue;
    const fiscalYear = fiscalYearOf(flow.flowDate, input.fiscalYearStartMonth);
    const lastYear = lastYearOf.get(flow.funderId);
    if (lastYear !== undefined && fiscalYear > lastYear) continue;
    const amount = input.converter.convert(flow.amount, flow.currency, flow.flowDate);
    if (amount === null) continue;
    const key = `${flow.funderId}|${fiscalYear}`;
    const sum = sums.get(key) ?? { fiscalYear, disbursed: 0, committed: 0 };
    if (flow.kind === 'disbursement') sum.disbursed += amount;
    else sum.committed += amount;
    sums.set(key, sum);
  }
  const byYear = new Map<number, number>();
  for (const sum of sums.values()) {
    const amount = sum.disbursed > 0 ? sum.disbursed : sum.committed;
    byYear.set(sum.fiscalYear, (byYear.get(sum.fiscalYear) ?? 0) + amount);
  }
  return byYear;
}

export function sustainability(input: SustainabilityInput): Sustainability {
  const lastYearOf = new Map(input.resolved.donorExits.map((exit) => [exit.funderId, exit.lastYear]));
  const { budgetYear, baseline, donorRecurrent } = recurrentBase(input);
  const donorByYear = donorFinancingByYear(input, lastYearOf);
  const years = input.macro.map((row): SustainabilityYear => {
    let takeOvers = 0;
    for (const [funderId, amount] of donorRecurrent) {
      const lastYear = lastYearOf.get(funderId);
      if (lastYear !== undefined && row.fiscalYear > lastYear) takeOvers += amount;
    }
    const reformRecurrent = input.reformRecurrent.get(row.fiscalYear) ?? 0;
    const bill = baseline + takeOvers + reformRecurrent;
    const donorFinancing = donorByYear.get(row.fiscalYear) ?? 0;
    const balance = row.fiscalSpace === null ? null : bill - row.fiscalSpace - donorFinancing;
    return {
      ...row,
      baselineRecurrent: baseline,
      takeOvers,
      reformRecurrent,
      bill,
      donorFinancing,
      gap: balance === null ? null : Math.max(0, balance),
      surplus: balance === null ? null : Math.max(0, -balance),
    };
  });
  const known = years.every((year) => year.gap !== null);
  return {
    budgetYear,
    years,
    totalGap: known ? years.reduce((sum, year) => sum + (year.gap ?? 0), 0) : null,
    totalSurplus: known ? years.reduce((sum, year) => sum + (year.surplus ?? 0), 0) : null,
    firstGapYear: years.find((year) => (year.gap ?? 0) > 0)?.fiscalYear ?? null,
  };
}
