/**
 * The monitoring vocabulary, shared by the engine, the API and the CLI. Data elements and indicators
 * follow DHIS2's model so that DHIS2 users recognise them.
 */

export const AGGREGATIONS = ['sum', 'average', 'last'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const VALUE_TYPES = ['number', 'integer', 'percentage', 'boolean'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Where an indicator sits in the results chain. */
export const INDICATOR_LEVELS = ['input', 'output', 'outcome', 'impact'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const INDICATOR_KINDS = ['administrative', 'perception', 'expert', 'event'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const RESULT_LEVELS = ['impact', 'outcome', 'output', 'activity'] as const;
export type ResultLevel = (typeof RESULT_LEVELS)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FACTORS = [1, 100, 1000, 10_000, 100_000] as const;

export const STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof STATUSES)[number];

export const DECISIONS = ['adjust', 'continue', 'drop'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The option combo of a value with no disaggregation, as DHIS2's "default". */
export const DEFAULT_COMBO = 'default';

/** One reported number, keyed as in DHIS2's dataValueSets. */
export interface DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  value: number;
}

export interface OrgUnitNode {
  id: string;
  parent: string | null;
}

export interface DataElementRule {
  id: string;
  aggregation: Aggregation;
}

export interface IndicatorFormula {
  code: string;
  numerator: string;
  denominator: string;
  factor: number;
}

/** One computed indicator figure; null where data is missing or the denominator is zero. */
export interface IndicatorValue {
  indicator: string;
  period: string;
  orgUnit: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}
