/**
 * Governance frameworks as plain data: the built-in reference frameworks and the ones users build
 * themselves share this one shape, so the assessment engine never needs to know which is which.
 */

/** Text in the platform's languages; English is always present, the others when translated. */
export interface LocalizedText {
  en: string;
  fr?: string;
  ar?: string;
  es?: string;
  pt?: string;
}

export const TEXT_LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The four dimensions of SSR; a group may say which one it speaks to, so views can chart by dimension. */
export const SSR_DIMENSIONS = ['political', 'institutional', 'economic', 'societal'] as const;
export type SsrDimension = (typeof SSR_DIMENSIONS)[number];

/** One rung of a rubric. Levels are listed from the lowest value to the highest; higher is better. */
export interface ScaleLevel {
  value: number;
  label: string;
  descriptor: LocalizedText;
}

/** A named score range, bounds inclusive (see `bandFor` for how a fractional score is placed). */
export interface Band {
  label: string;
  min: number;
  max: number;
  description?: LocalizedText;
}

export const AGGREGATION_METHODS = ['mean', 'weighted_mean', 'pefa'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/**
 * How scores roll up from items to groups to the whole framework.
 * - `mean`: unweighted mean of the children that have a score (weights are ignored);
 * - `weighted_mean`: mean weighted by each child's `weight` (default 1);
 * - `pefa`: a group with a `pefaMethod` is a PEFA indicator whose items are its dimensions, graded
 *   A–D and combined by M1 or M2; groups above indicators take the unweighted mean of their children.
 */
export interface AggregationRule {
  method: AggregationMethod;
}

export const PEFA_METHODS = ['M1', 'M2'] as const;
export type PefaMethod = (typeof PEFA_METHODS)[number];

/** A question or indicator: the unit an assessor scores. */
export interface Item {
  id: string;
  code: string;
  text: LocalizedText;
  /** Relative importance among its siblings; 1 when absent. */
  weight?: number;
  /** A rubric written for this item; it replaces the framework scale's labels and descriptors. */
  levels?: ScaleLevel[];
  guidance?: LocalizedText;
}

/** An area, dimension, criterion or indicator holding items and, one level deep at most, sub-groups. */
export interface Group {
  id: string;
  code: string;
  name: LocalizedText;
  description?: LocalizedText;
  dimension?: SsrDimension;
  weight?: number;
  /** Only in `pefa` frameworks: how this indicator's dimension grades combine. */
  pefaMethod?: PefaMethod;
  items: Item[];
  groups?: Group[];
}

export interface Framework {
  /** Stable slug; assessments refer to a framework by id and version. */
  id: string;
  /** Semantic version of the framework's content. */
  version: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Short citation of where the framework comes from. */
  source: string;
  /** The rubric shared by items that do not carry their own `levels`. */
  scale?: ScaleLevel[];
  bands?: Band[];
  aggregation: AggregationRule;
  groups: Group[];
}
