import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { CofogGroup, EconomicClass, FlowKind } from '../../../core/finance/codes.ts';
import { Converter } from '../../../core/finance/conversion.ts';
import { fiscalYearStartDate } from '../../../core/finance/fiscal-year.ts';
import {
  projectMacro,
  resolveAssumptions,
  type ScenarioAssumptions,
  scenarioAssumptionsSchema,
} from '../../../core/finance/projection.ts';
import { recurrentCostByYear, recurrentStarts } from '../../../core/finance/recurrent.ts';
import { reformCostsByFiscalYear } from '../../../core/finance/reform-costs.ts';
import { type BudgetLineInput, rightFinancing } from '../../../core/finance/right-financing.ts';
import { sustainability } from '../../../core/finance/sustainability.ts';
import type { Db } from '../../db/client.ts';
import { actors, budgetLines, funders, fundingFlows, macroYears, planItems } from '../../db/schema/index.ts';
import { findPlan, loadPlanContents, type PlanRow, referencePlan } from '../plans/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { financeDefaults, workspaceRates } from './funders-repo.ts';

type Warning = {
  key: 'missingRate' | 'noMacro' | 'unpricedResource' | 'noPlan' | 'noSecurityShare' | 'noBudget';
  params: Record<string, string | number>;
};

interface Options {
  db: Db;
  actor: WorkspaceActor;
  currency?: string;
}

/** Settings, rates, budget lines and macro years of a workspace, and a converter to the chosen currency. */
async function loadFinance(db: Db, workspaceId: string, currency: string | undefined) {
  const [settings, rates, lineRows, macroRows, funderRows] = await Promise.all([
    financeDefaults(db, workspaceId),
    workspaceRates(db, workspaceId),
    db
      .select()
      .from(budgetLines)
      .where(eq(budgetLines.workspaceId, workspaceId))
      .orderBy(asc(budgetLines.fiscalYear), asc(budgetLines.id)),
    db
      .select()
      .from(macroYears)
      .where(eq(macroYears.workspaceId, workspaceId))
      .orderBy(asc(macroYears.fiscalYear)),
    db
      .select({ id: funders.id, name: funders.name })
      .from(funders)
      .where(eq(funders.workspaceId, workspaceId))
      .orderBy(asc(funders.name)),
  ]);
  const target = currency ?? settings.currency;
  const lines: BudgetLineInput[] = lineRows.map((row) => ({
    id: row.id,
    fiscalYear: row.fiscalYear,
    actorId: row.actorId,
    cofog: row.cofog as CofogGroup,
    economicClass: row.economicClass as EconomicClass,
    currency: row.currency,
    approved: row.approved,
    revised: row.revised,
    executed: row.executed,
    sourceFunderId: row.sourceFunderId,
    secret: row.secret,
    offBudget: row.offBudget,
  }));
  const macro = macroRows.map((row) => ({
    fiscalYear: row.fiscalYear,
    gdp: row.gdp,
    revenue: row.revenue,
    expenditure: row.expenditure,
  }));
  return {
    macroCurrency: settings.currency,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    converter: new Converter(rates, target),
    lines,
    macro,
    funders: funderRows,
  };
}

const missingRateWarnings = (converter: Converter): Warning[] =>
  converter.missingRates().map(({ currency, toCurrency }) => ({
    key: 'missingRate',
    params: { currency, toCurrency },
  }));

/** The right-financing analysis per fiscal year, in `currency` (default: the reporting currency). */
export async function getFinanceAnalysis({ db, actor, currency }: Options) {
  authorize(actor, 'workspace:read');
  const finance = await loadFinance(db, actor.workspace.id, currency);
  const years = rightFinancing(finance.lines, finance.macro, finance);
  const actorIds = [...new Set(finance.lines.flatMap((line) => (line.actorId ? [line.actorId] : [])))];
  const institutions =
    actorIds.length === 0
      ? []
      : await db
          .select({ id: actors.id, name: actors.name })
          .from(actors)
          .where(and(eq(actors.workspaceId, actor.workspace.id), inArray(actors.id, actorIds)))
          .orderBy(asc(actors.name));
  return {
    currency: finance.converter.targetCurrency,
    macroCurrency: finance.macroCurrency,
    fiscalYearStartMonth: finance.fiscalYearStartMonth,
    years,
    institutions,
    funders: finance.funders,
    ratesUsed: finance.converter.ratesUsed(),
    warnings: missingRateWarnings(finance.converter),
  };
}

/** The plan a sustainability view counts: the one asked for, else the reference plan. */
async function planFor(
  db: Db,
  workspaceId: string,
  planId: string | null | undefined,
): Promise<PlanRow | null> {
  if (planId) return findPlan(db, workspaceId, planId);
  return referencePlan(db, workspaceId);
}

/** The plan's model with each item's recurrent-cost fields, and the flows to its activities. */
async function loadPlanFinance(db: Db, workspaceId: string, plan: PlanRow) {
  const contents = await loadPlanContents(db, plan);
  const recurrentRows = await db
    .select({
      id: planItems.id,
      recurrentCost: planItems.recurrentCost,
      recurrentCurrency: planItems.recurrentCurrency,
      recurrentFromMonth: planItems.recurrentFromMonth,
    })
    .from(planItems)
    .where(eq(planItems.planId, plan.id));
  const recurrentOf = new Map(recurrentRows.map((row) => [row.id, row]));
  const items = contents.data.items.map((item) => {
    const row = recurrentOf.get(item.id);
    return {
      ...item,
      recurrentCost: row?.recurrentCost ?? null,
      recurrentCurrency: row?.recurrentCurrency ?? null,
      recurrentFromMonth: row?.recurrentFromMonth ?? null,
    };
  });
  const itemIds = items.map((item) => item.id);
  const flows =
    itemIds.length === 0
      ? []
      : await db
          .select({
            funderId: fundingFlows.funderId,
            kind: fundingFlows.kind,
            amount: fundingFlows.amount,
            currency: fundingFlows.currency,
            flowDate: fundingFlows.flowDate,
          })
          .from(fundingFlows)
          .where(
            and(
              eq(fundingFlows.workspaceId, workspaceId),
              inArray(fundingFlows.planItemId, itemIds),
              // money paid into a pooled fund reaches the plan through the fund's own allocations
              isNull(fundingFlows.toFunderId),
            ),
          );
  return {
    data: contents.data,
    items,
    flows: flows.map((flow) => ({ ...flow, kind: flow.kind as FlowKind })),
  };
}

/**
 * The sustainability table of a plan under some assumptions: projected fiscal space against the
 * recurrent bill and the donor funding still there, year by year, with the plan's one-off costs
 * against its envelopes. Reads: anyone in the workspace.
 */
export async function computeSustainability(options: {
  db: Db;
  actor: WorkspaceActor;
  currency?: string;
  planId?: string | null;
  assumptions?: ScenarioAssumptions;
}) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const finance = await loadFinance(db, workspaceId, options.currency);
  const { converter, fiscalYearStartMonth } = finance;
  const warnings: Warning[] = [];
  const plan = await planFor(db, workspaceId, options.planId);
  const planFinance = plan ? await loadPlanFinance(db, workspaceId, plan) : null;
  if (!plan) warnings.push({ key: 'noPlan', params: {} });

  const observed = finance.macro.map((m) => {
    const date = fiscalYearStartDate(m.fiscalYear, fiscalYearStartMonth);
    const convert = (value: number | null) =>
      value === null ? null : converter.convert(value, finance.macroCurrency, date);
    return {
      fiscalYear: m.fiscalYear,
      gdp: convert(m.gdp),
      revenue: convert(m.revenue),
      expenditure: convert(m.expenditure),
    };
  });
  const analysis = rightFinancing(finance.lines, [], finance);
  const domesticOf = (year: number) => {
    const found = analysis.find((y) => y.fiscalYear === year);
    return found && found.lineCount > found.unconvertedLines ? found.domestic.approved : null;
  };
  const assumptions = options.assumptions ?? scenarioAssumptionsSchema.parse({});
  const resolved = resolveAssumptions(assumptions, observed, domesticOf);
  const base = resolved ? observed.find((m) => m.fiscalYear === resolved.baseYear) : undefined;

  let table: ReturnType<typeof sustainability> = {
    budgetYear: null,
    years: [],
    totalGap: null,
    totalSurplus: null,
    firstGapYear: null,
  };
  const starts = planFinance
    ? recurrentStarts(planFinance.data, planFinance.items, fiscalYearStartMonth)
    : [];
  if (!resolved || !base) warnings.push({ key: 'noMacro', params: {} });
  else {
    if (resolved.securityShareOfExpenditurePct === null)
      warnings.push({ key: 'noSecurityShare', params: {} });
    const macro = projectMacro(resolved, base);
    const reformRecurrent = recurrentCostByYear(
      starts,
      macro.map((row) => row.fiscalYear),
      fiscalYearStartMonth,
      converter,
    );
    table = sustainability({
      resolved,
      macro,
      budgetLines: finance.lines,
      reformRecurrent,
      donorFlows: planFinance?.flows ?? [],
      fiscalYearStartMonth,
      converter,
    });
    if (table.budgetYear === null) warnings.push({ key: 'noBudget', params: { year: resolved.baseYear } });
  }
  const reform = planFinance
    ? reformCostsByFiscalYear(planFinance.data, fiscalYearStartMonth, converter)
    : { years: [], unpricedResourceIds: [] };
  for (const resourceId of reform.unpricedResourceIds) {
    const name = planFinance?.data.resources.find((r) => r.id === resourceId)?.name ?? resourceId;
    warnings.push({ key: 'unpricedResource', params: { name } });
  }
  const itemOf = new Map((planFinance?.items ?? []).map((item) => [item.id, item]));
  return {
    currency: converter.targetCurrency,
    fiscalYearStartMonth,
    plan:
      plan && planFinance
        ? {
            id: plan.id,
            name: plan.name,
            startMonth: plan.startMonth,
            statusDate: planFinance.data.statusDate ?? plan.startMonth,
          }
        : null,
    assumptions: resolved,
    ...table,
    reformCosts: reform.years,
    recurrentItems: starts.map((start) => ({
      itemId: start.itemId,
      code: itemOf.get(start.itemId)?.code ?? '',
      name: itemOf.get(start.itemId)?.name ?? '',
      fromMonth: start.fromMonth,
      firstFiscalYear: start.firstFiscalYear,
      annualCost: start.annualCost,
      currency: start.currency,
    })),
    funders: finance.funders,
    ratesUsed: converter.ratesUsed(),
    warnings: [...warnings, ...missingRateWarnings(converter)],
  };
}
