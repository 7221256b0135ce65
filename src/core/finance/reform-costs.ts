import { monthlyUsage, planFinish } from '../planning/analysis.ts';
import { MONTHS_PER, monthLabel } from '../planning/portfolio.ts';
import type { PlanData, PlanResourceData } from '../planning/types.ts';
import type { Converter } from './conversion.ts';
import { fiscalYearOf } from './fiscal-year.ts';

export interface ReformCostYear {
  fiscalYear: number;
  /** One-off cost of the scheduled activities on the plan's budget resources. */
  cost: number;
  /** What those budget resources allow over the same months. */
  envelope: number;
}

export interface ReformCosts {
  years: ReformCostYear[];
  /** Budget resources left out: no currency, or no rate from it. */
  unpricedResourceIds: string[];
}

/** A budget resource's envelope in one plan month: a total limit spread over its period, a concurrent one as is. */
function monthlyEnvelope(resource: PlanResourceData, month: number): number {
  const length = MONTHS_PER[resource.capacityPeriod];
  const period = Math.floor(month / length);
  const capacity = resource.capacities[Math.min(period, resource.capacities.length - 1)] ?? 0;
  return resource.limitKind === 'total' ? capacity / length : capacity;
}

/**
 * The plan's own one-off costs and envelopes per fiscal year: the demands of scheduled activities on its
 * budget resources, month by month, summed into fiscal years (to the cent) and converted at each month's
 * rate. These are read from the plan, not entered again.
 */
export function reformCostsByFiscalYear(
  plan: PlanData,
  fiscalYearStartMonth: number,
  converter: Converter,
): ReformCosts {
  const months = Math.max(plan.horizonMonths, planFinish(plan));
  const byYear = new Map<number, ReformCostYear>();
  const unpricedResourceIds: string[] = [];
  for (const resource of plan.resources) {
    if (resource.kind !== 'budget') continue;
    if (!resource.currency) {
      unpricedResourceIds.push(resource.id);
      continue;
    }
    const usage = monthlyUsage(plan, resource, months);
    for (let month = 0; month < months; month++) {
      const label = monthLabel(plan.startMonth, month);
      const date = `${label}-01`;
      const cost = converter.convert(usage[month], resource.currency, date);
      const envelope = converter.convert(monthlyEnvelope(resource, month), resource.currency, date);
      if (cost === null || envelope === null) {
        unpricedResourceIds.push(resource.id);
        break;
      }
      const fiscalYear = fiscalYearOf(label, fiscalYearStartMonth);
      const year = byYear.get(fiscalYear) ?? { fiscalYear, cost: 0, envelope: 0 };
      year.cost += cost;
      year.envelope += envelope;
      byYear.set(fiscalYear, year);
    }
  }
  const cents = (value: number) => Math.round(value * 100) / 100;
  const years = [...byYear.values()]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((year) => ({ fiscalYear: year.fiscalYear, cost: cents(year.cost), envelope: cents(year.envelope) }));
  return { years, unpricedResourceIds };
}
