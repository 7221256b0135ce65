import type { ComparedPlan, CostPerYear } from '../../../api/plans';

export interface CostRow {
  key: string;
  name: string;
  currency: string | null;
  base: number[];
  scenario: number[];
}

/**
 * One row per budget, base and scenario side by side. A scenario's budgets are copies with new ids,
 * so they are matched by name and currency; a budget only one side has gets zeros on the other.
 */
export function costRows(comparison: {
  base: Pick<ComparedPlan, 'costPerYear'>;
  scenario: Pick<ComparedPlan, 'costPerYear'>;
}): CostRow[] {
  const keyOf = (cost: CostPerYear) => `${cost.name.trim().toLowerCase()}|${cost.currency ?? ''}`;
  const rows = new Map<string, CostRow>();
  const add = (cost: CostPerYear, side: 'base' | 'scenario') => {
    const key = keyOf(cost);
    const row = rows.get(key) ?? { key, name: cost.name, currency: cost.currency, base: [], scenario: [] };
    // two budgets with the same name and currency on one side add up
    const previous = row[side];
    const length = Math.max(previous.length, cost.years.length);
    row[side] = Array.from({ length }, (_, year) => (previous[year] ?? 0) + (cost.years[year] ?? 0));
    rows.set(key, row);
  };
  for (const cost of comparison.base.costPerYear) add(cost, 'base');
  for (const cost of comparison.scenario.costPerYear) add(cost, 'scenario');
  return [...rows.values()];
}
