import { z } from 'zod';

/** Year keys of per-year maps: four digits. */
const YEAR_KEY = /^\d{4}$/;
const pct = (min: number, max: number) => z.number().min(min).max(max);

/**
 * The assumptions of a finance scenario. Every figure left out is taken from what was observed (see
 * `resolveAssumptions`), so an empty object is a valid scenario: "things go on as they are".
 */
export const scenarioAssumptionsSchema = z
  .object({
    /** The last observed fiscal year the projection starts from; default: the last year with a GDP. */
    baseYear: z.number().int().min(1900).max(2200).optional(),
    horizonYears: z.number().int().min(1).max(15).default(10),
    /** Real GDP growth in percent, for every year or per fiscal year ('2028': 3.5). */
    gdpGrowthPct: z
      .union([pct(-50, 100), z.record(z.string().regex(YEAR_KEY, 'must be a year'), pct(-50, 100))])
      .optional(),
    revenueToGdpPct: pct(0, 100).optional(),
    expenditureToRevenuePct: pct(0, 500).optional(),
    securityShareOfExpenditurePct: pct(0, 100).optional(),
    /** Donors leaving: their last fiscal year of funding. */
    donorExits: z
      .array(
        z.object({ funderId: z.string().min(1), lastYear: z.number().int().min(1900).max(2200) }).strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();

export type ScenarioAssumptions = z.infer<typeof scenarioAssumptionsSchema>;
export type ScenarioAssumptionsInput = z.input<typeof scenarioAssumptionsSchema>;

/** Observed macro figures of one fiscal year, already in the analysis currency. */
export interface ObservedMacro {
  fiscalYear: number;
  gdp: number | null;
  revenue: number | null;
  expenditure: number | null;
}

/** Assumptions with every default filled in; a ratio is null only when nothing observed gives it. */
export interface ResolvedAssumptions {
  baseYear: number;
  horizonYears: number;
  /** Growth in percent per projected fiscal year. */
  gdpGrowthPct: Record<string, number>;
  revenueToGdpPct: number | null;
  expenditureToRevenuePct: number | null;
  securityShareOfExpenditurePct: number | null;
  donorExits: { funderId: string; lastYear: number }[];
}

/** Compound yearly GDP growth between the first and last observed years with a GDP, in percent. */
export function observedGdpGrowthPct(observed: readonly ObservedMacro[]): number | null {
  const withGdp = observed
    .filter((m) => m.gdp !== null && m.gdp > 0)
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
  if (withGdp.length < 2) return null;
  const first = withGdp[0];
  const last = withGdp[withGdp.length - 1];
  const years = last.fiscalYear - first.fiscalYear;
  return ((last.gdp as number) / (first.gdp as number)) ** (1 / years) * 100 - 100;
}

const percentOf = (part: number | null | undefined, whole: number | null | undefined) =>
  part === null || part === undefined || !whole ? null : (part / whole) * 100;

/**
 * Fills the gaps in a scenario from observation: the base year is the last with a GDP; growth is the
 * observed compound growth (0 with a single year); the revenue, expenditure and security ratios are
 * those of the base year (`domesticSecuritySpending` is the state's own security budget that year).
 * Returns null when no year has a GDP: there is nothing to project from.
 */
export function resolveAssumptions(
  assumptions: ScenarioAssumptions,
  observed: readonly ObservedMacro[],
  domesticSecuritySpending: (fiscalYear: number) => number | null,
): ResolvedAssumptions | null {
  const withGdp = observed.filter((m) => m.gdp !== null).sort((a, b) => a.fiscalYear - b.fiscalYear);
  const baseYear = assumptions.baseYear ?? withGdp.at(-1)?.fiscalYear;
  if (baseYear === undefined) return null;
  const base = observed.find((m) => m.fiscalYear === baseYear);
  if (!base || base.gdp === null) return null;
  const trend = observedGdpGrowthPct(observed.filter((m) => m.fiscalYear <= baseYear)) ?? 0;
  const given = assumptions.gdpGrowthPct;
  const gdpGrowthPct: Record<string, number> = {};
  let carried = typeof given === 'number' ? given : trend;
  for (let k = 1; k <= assumptions.horizonYears; k++) {
    const year = String(baseYear + k);
    if (typeof given === 'object' && given[year] !== undefined) carried = given[year];
    gdpGrowthPct[year] = carried;
  }
  return {
    baseYear,
    horizonYears: assumptions.horizonYears,
    gdpGrowthPct,
    revenueToGdpPct: assumptions.revenueToGdpPct ?? percentOf(base.revenue, base.gdp),
    expenditureToRevenuePct: assumptions.expenditureToRevenuePct ?? percentOf(base.expenditure, base.revenue),
    securityShareOfExpenditurePct:
      assumptions.securityShareOfExpenditurePct ??
      percentOf(domesticSecuritySpending(baseYear), base.expenditure),
    donorExits: [...assumptions.donorExits].sort((a, b) => a.lastYear - b.lastYear),
  };
}

export interface ProjectedMacro {
  fiscalYear: number;
  /** The base year shows what was observed; later years are projected. */
  observed: boolean;
  gdp: number;
  revenue: number | null;
  expenditure: number | null;
  /** Expenditure × security share: what the state can spend on security from its own resources. */
  fiscalSpace: number | null;
}

/**
 * GDP grows by the year's growth rate; revenue is a share of GDP, expenditure a multiple of revenue, and
 * the fiscal space for security a share of expenditure. The base year keeps its observed GDP, revenue
 * and expenditure (a figure not observed there is derived from the ratios, when they are known).
 */
export function projectMacro(resolved: ResolvedAssumptions, base: ObservedMacro): ProjectedMacro[] {
  const times = (value: number | null, pctValue: number | null) =>
    value === null || pctValue === null ? null : (value * pctValue) / 100;
  const rows: ProjectedMacro[] = [];
  let gdp = base.gdp ?? 0;
  for (let k = 0; k <= resolved.horizonYears; k++) {
    const fiscalYear = resolved.baseYear + k;
    if (k > 0) gdp *= 1 + (resolved.gdpGrowthPct[String(fiscalYear)] ?? 0) / 100;
    const revenue = k === 0 && base.revenue !== null ? base.revenue : times(gdp, resolved.revenueToGdpPct);
    const expenditure =
      k === 0 && base.expenditure !== null
        ? base.expenditure
        : times(revenue, resolved.expenditureToRevenuePct);
    rows.push({
      fiscalYear,
      observed: k === 0,
      gdp,
      revenue,
      expenditure,
      fiscalSpace: times(expenditure, resolved.securityShareOfExpenditurePct),
    });
  }
  return rows;
}
