import type { Operand } from './expression.ts';
import { comparePeriods, type Period, parsePeriod, periodContains } from './periods.ts';
import type { Aggregation, DataElementRule, DataValue, OrgUnitNode } from './types.ts';

/**
 * Aggregation of data values up the org unit tree and up the period hierarchy, by each data element's rule:
 * - `sum`: everything inside the period and the subtree;
 * - `last`: each (org unit, combo)'s value of its latest period inside the period (greatest start, then
 *   shortest), summed (DHIS2's LAST_IN_PERIOD);
 * - `average`: each (org unit, combo)'s mean over its sub-periods with data, summed (AVERAGE_SUM_ORG_UNIT).
 * Nothing found gives null. Values are indexed by data element and period; a query reduces each org unit's
 * own values once and rolls the results up the tree, and is cached, so a whole table costs one pass over the
 * values per (operand, period).
 */

/** Limits a data element's combos, e.g. to the ones holding an option (disaggregation). */
export type ComboFilter = (categoryOptionCombo: string) => boolean;

interface Bucket {
  period: Period;
  orgUnits: number[];
  combos: number[];
  values: number[];
  /** Position of (org unit, combo) in the arrays, so that a repeated value replaces the earlier one. */
  slots: Map<number, number>;
}

export interface Aggregator {
  /** The value of an operand (null combo: every combo) for a period and an org unit's whole subtree. */
  value(operand: Operand, period: Period, orgUnit: string, filter?: ComboFilter): number | null;
  /** Every period that has values, sorted (comparePeriods). */
  periods(): Period[];
  /** Whether the org unit or one below it has any value. */
  hasData(orgUnit: string): boolean;
}

export class AggregationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AggregationError';
  }
}

function ancestorsOf(orgUnits: readonly OrgUnitNode[], indexById: Map<string, number>): number[] {
  const parents = orgUnits.map((unit) => {
    if (unit.parent === null || unit.parent === undefined || unit.parent === '') return -1;
    const parent = indexById.get(unit.parent);
    if (parent === undefined)
      throw new AggregationError(`org unit ${unit.id}: unknown parent ${unit.parent}`);
    return parent;
  });
  parents.forEach((_, start) => {
    let current = parents[start] as number;
    for (let steps = 0; current !== -1; steps++) {
      if (steps > orgUnits.length)
        throw new AggregationError(`org unit ${orgUnits[start]?.id}: its parents form a cycle`);
      current = parents[current] as number;
    }
  });
  return parents;
}

export function createAggregator(input: {
  orgUnits: readonly OrgUnitNode[];
  dataElements: readonly DataElementRule[];
  values: Iterable<DataValue>;
}): Aggregator {
  const orgUnitIndex = new Map<string, number>();
  input.orgUnits.forEach((unit, index) => {
    if (orgUnitIndex.has(unit.id)) throw new AggregationError(`org unit ${unit.id}: listed twice`);
    orgUnitIndex.set(unit.id, index);
  });
  const parents = ancestorsOf(input.orgUnits, orgUnitIndex);
  const rules = new Map<string, Aggregation>();
  for (const element of input.dataElements) rules.set(element.id, element.aggregation);
  const comboIndex = new Map<string, number>();
  const combos: string[] = [];
  const periodsById = new Map<string, Period>();
  const buckets = new Map<string, Map<string, Bucket>>();
  const withData = new Uint8Array(input.orgUnits.length);

  for (const value of input.values) {
    const unit = orgUnitIndex.get(value.orgUnit);
    if (unit === undefined) throw new AggregationError(`unknown org unit ${value.orgUnit}`);
    if (!rules.has(value.dataElement))
      throw new AggregationError(`unknown data element ${value.dataElement}`);
    let period = periodsById.get(value.period);
    if (!period) {
      const parsed = parsePeriod(value.period);
      if (!parsed) throw new AggregationError(`unknown period ${value.period}`);
      period = parsed;
      periodsById.set(value.period, period);
    }
    let combo = comboIndex.get(value.categoryOptionCombo);
    if (combo === undefined) {
      combo = combos.length;
      combos.push(value.categoryOptionCombo);
      comboIndex.set(value.categoryOptionCombo, combo);
    }
    let byPeriod = buckets.get(value.dataElement);
    if (!byPeriod) {
      byPeriod = new Map();
      buckets.set(value.dataElement, byPeriod);
    }
    let bucket = byPeriod.get(period.id);
    if (!bucket) {
      bucket = { period, orgUnits: [], combos: [], values: [], slots: new Map() };
      byPeriod.set(period.id, bucket);
    }
    const slotKey = unit * 0x100000 + combo;
    const slot = bucket.slots.get(slotKey);
    if (slot !== undefined) bucket.values[slot] = value.value;
    else {
      bucket.slots.set(slotKey, bucket.values.length);
      bucket.orgUnits.push(unit);
      bucket.combos.push(combo);
      bucket.values.push(value.value);
    }
    for (let current = unit; current !== -1 && !withData[current]; current = parents[current] as number)
      withData[current] = 1;
  }
  for (const byPeriod of buckets.values()) for (const bucket of byPeriod.values()) bucket.slots.clear();
  const allPeriods = [...new Map([...periodsById.values()].map((p) => [p.id, p])).values()].sort(
    comparePeriods,
  );

  const cache = new Map<string, Float64Array>();
  const filteredCaches = new WeakMap<ComboFilter, Map<string, Float64Array>>();
  const containedCache = new Map<string, Bucket[]>();

  /** The buckets of a data element inside a period, latest first (greatest start, then shortest). */
  function bucketsInside(dataElement: string, period: Period): Bucket[] {
    const key = `${dataElement}\u0000${period.id}`;
    let found = containedCache.get(key);
    if (!found) {
      found = [...(buckets.get(dataElement)?.values() ?? [])]
        .filter((bucket) => periodContains(period, bucket.period))
        .sort((a, b) => comparePeriods(b.period, a.period));
      containedCache.set(key, found);
    }
    return found;
  }

  /** Each org unit's subtree total (NaN: no value) for one operand and period. */
  function totals(operand: Operand, period: Period, filter: ComboFilter | undefined): Float64Array {
    const aggregation = rules.get(operand.dataElement);
    if (!aggregation) throw new AggregationError(`unknown data element ${operand.dataElement}`);
    const wanted =
      operand.categoryOptionCombo === null ? -1 : (comboIndex.get(operand.categoryOptionCombo) ?? -2);
    const comboAllowed = new Uint8Array(combos.length);
    combos.forEach((combo, index) => {
      comboAllowed[index] = (wanted === -1 || wanted === index) && (!filter || filter(combo)) ? 1 : 0;
    });
    // Per (org unit, combo): a running sum and count (average), or the first value seen (last, latest first).
    const sums = new Map<number, number>();
    const counts = new Map<number, number>();
    for (const bucket of wanted === -2 ? [] : bucketsInside(operand.dataElement, period)) {
      for (let i = 0; i < bucket.values.length; i++) {
        const combo = bucket.combos[i] as number;
        if (!comboAllowed[combo]) continue;
        const key = (bucket.orgUnits[i] as number) * 0x100000 + combo;
        const seen = sums.get(key);
        if (aggregation === 'last') {
          if (seen === undefined) sums.set(key, bucket.values[i] as number);
        } else {
          sums.set(key, (seen ?? 0) + (bucket.values[i] as number));
          if (aggregation === 'average') counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    const result = new Float64Array(input.orgUnits.length).fill(Number.NaN);
    for (const [key, sum] of sums) {
      const contribution = aggregation === 'average' ? sum / (counts.get(key) as number) : sum;
      for (let unit = Math.floor(key / 0x100000); unit !== -1; unit = parents[unit] as number) {
        const before = result[unit] as number;
        result[unit] = Number.isNaN(before) ? contribution : before + contribution;
      }
    }
    return result;
  }

  return {
    value(operand, period, orgUnit, filter) {
      const unit = orgUnitIndex.get(orgUnit);
      if (unit === undefined) throw new AggregationError(`unknown org unit ${orgUnit}`);
      let store = cache;
      if (filter) {
        store = filteredCaches.get(filter) ?? new Map();
        filteredCaches.set(filter, store);
      }
      const key = `${operand.dataElement}\u0000${operand.categoryOptionCombo ?? ''}\u0000${period.id}`;
      let found = store.get(key);
      if (!found) {
        found = totals(operand, period, filter);
        store.set(key, found);
      }
      const value = found[unit] as number;
      return Number.isNaN(value) ? null : value;
    },
    periods: () => [...allPeriods],
    hasData(orgUnit) {
      const unit = orgUnitIndex.get(orgUnit);
      if (unit === undefined) throw new AggregationError(`unknown org unit ${orgUnit}`);
      return withData[unit] === 1;
    },
  };
}
