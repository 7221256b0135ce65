/**
 * The shared vocabulary of the survey module: a form as read from an XLSForm, the answers a submission
 * holds, the sample design of a survey, and the estimates computed under it. Everything here is plain
 * JSON, stored as is in the database and sent as is to the browser.
 */

// ---------------------------------------------------------------------------------------------------
// Forms

/**
 * Text in the form's languages. Keys are language keys (see `FormLanguage.key`); `default` holds the
 * text of a column without a language suffix (`label` rather than `label::French (fr)`).
 */
export type FormText = Record<string, string>;

export const DEFAULT_LANGUAGE_KEY = 'default';

/** A language of the form: `label::French (fr)` gives `{ key: 'fr', name: 'French (fr)' }`. */
export interface FormLanguage {
  /** The code in parentheses when there is one (`fr`), else the whole name (`French`); `default` for none. */
  key: string;
  /** As written in the column header. */
  name: string;
}

export const QUESTION_TYPES = [
  'integer',
  'decimal',
  'text',
  'select_one',
  'select_multiple',
  'date',
  'time',
  'note',
  'calculate',
  'range',
  'acknowledge',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface RangeParameters {
  start: number;
  end: number;
  step: number;
}

/** One question (or note, or calculation) of the `survey` sheet. */
export interface FormQuestion {
  kind: 'question';
  /** Row of the `survey` sheet it came from (the header is row 1); 0 for a question added in Custodes. */
  row: number;
  type: QuestionType;
  /** Unique within the form. */
  name: string;
  label: FormText;
  hint: FormText;
  /** The choice list of a select. */
  listName: string | null;
  /**
   * A select with `or_other`: the choice `other` is added to the list, and the parser adds a text
   * question `<name>_other`, relevant when `other` is selected, right after this one.
   */
  orOther: boolean;
  /** `yes`/`true()` or an expression; null when not required. */
  required: string | null;
  requiredMessage: FormText;
  relevant: string | null;
  constraint: string | null;
  constraintMessage: FormText;
  calculation: string | null;
  default: string | null;
  choiceFilter: string | null;
  appearance: string | null;
  readOnly: boolean;
  /** For `range` questions. */
  parameters: RangeParameters | null;
}

/** `begin group` … `end group`, or `begin repeat` … `end repeat`. */
export interface FormGroup {
  kind: 'group' | 'repeat';
  row: number;
  name: string;
  label: FormText;
  relevant: string | null;
  appearance: string | null;
  /** A repeat's fixed or computed number of instances (`repeat_count`); null lets the enumerator add them. */
  repeatCount: string | null;
  children: FormNode[];
}

export type FormNode = FormQuestion | FormGroup;

export interface FormChoice {
  /** Row of the `choices` sheet (0 for a choice added in Custodes). */
  row: number;
  name: string;
  label: FormText;
  /** Extra columns of the choices sheet, used by `choice_filter` (e.g. `{ region: 'north' }`). */
  filters: Record<string, string>;
}

/** A form read from an XLSForm (or built in Custodes), ready to render and to check answers against. */
export interface SurveyForm {
  /** `settings.form_title`, else the file name. */
  title: string;
  /** `settings.form_id`, else derived from the file name. */
  formId: string;
  version: string | null;
  /** The language key shown when the reader's language is not in the form. */
  defaultLanguage: string;
  languages: FormLanguage[];
  children: FormNode[];
  /** Choice lists by list name, in sheet order. */
  choices: Record<string, FormChoice[]>;
}

/**
 * A problem found in an XLSForm. `code` is a message key (`survey-issues` namespace) and `params` its
 * parameters; errors refuse the import, warnings are listed with the imported form.
 */
export interface FormIssue {
  severity: 'error' | 'warning';
  sheet: string;
  /** Row of the sheet (header = 1), or null for a problem with the whole sheet or file. */
  row: number | null;
  column: string | null;
  code: string;
  params: Record<string, string | number>;
}

// ---------------------------------------------------------------------------------------------------
// Answers

/**
 * A value as XLSForm stores it: numbers for integer/decimal/range, strings otherwise. A select_multiple
 * answer is its choice names separated by single spaces (`"a c"`); a date is `YYYY-MM-DD`, a time
 * `HH:MM`; an acknowledge is `"OK"`. Null or absent means not answered.
 */
export type AnswerValue = string | number | null;

/** Answers by question name; a repeat's name maps to its instances, each with its own answers. */
export interface Answers {
  [name: string]: AnswerValue | Answers[];
}

/** What the browser sends: `id` is a UUID made on the device, so a submission sent twice is kept once. */
export interface SubmissionPayload {
  id: string;
  answers: Answers;
  /** ISO date-times, as the device saw them. */
  startedAt: string | null;
  completedAt: string;
}

// ---------------------------------------------------------------------------------------------------
// Sample design and estimation

export const LONELY_PSU_RULES = ['fail', 'remove', 'adjust', 'average', 'certainty'] as const;
/** R's `options(survey.lonely.psu=…)`: what a stratum with a single PSU contributes to the variance. */
export type LonelyPsuRule = (typeof LONELY_PSU_RULES)[number];

/** Population margins for post-stratification or raking: counts per value of each variable. */
export interface CalibrationMargin {
  /** One variable (`sex`), or several crossed (`["sex","age"]`) for a joint margin. */
  variables: string[];
  /** Population counts; the key joins the values of `variables` with `|` (`"F|18-29"`). */
  population: Record<string, number>;
}

export type Calibration =
  /** R's `postStratify`: one margin, usually a crossing (sex × age × region). */
  | { method: 'postStratify'; margin: CalibrationMargin }
  /** R's `rake`: iterative post-stratification to several margins. */
  | { method: 'rake'; margins: CalibrationMargin[]; maxIterations?: number; epsilon?: number };

/**
 * A sample design, as `svydesign` takes it: the names are column (question) names. `ids` lists the
 * cluster variables from the first stage down (`[]` for no clustering), `fpc` one variable per stage or a
 * single one. Without `weights`, weights come from the fpc.
 */
export interface SurveyDesign {
  ids: string[];
  strata: string | null;
  weights: string | null;
  fpc: string[] | string | null;
  lonelyPsu?: LonelyPsuRule;
  calibration?: Calibration | null;
}

export const ESTIMATE_STATS = ['mean', 'total', 'proportion', 'ratio'] as const;
export type EstimateStat = (typeof ESTIMATE_STATS)[number];

export interface EstimateSpec {
  stat: EstimateStat;
  variable: string;
  /** Ratios only. */
  denominator?: string | null;
  /** A domain (subgroup) variable: one estimate per value. */
  by?: string | null;
}

/** One estimate, as the CLI prints it. */
export interface EstimateResult {
  stat: EstimateStat;
  variable: string;
  /** For proportions: the category the share is of (`"E"`); else null. */
  category: string | null;
  /** `by=value` (`"stype=E"`), or null for the whole population. */
  domain: string | null;
  estimate: number;
  se: number;
  /** 95 % confidence interval, estimate ± 1.96 × se (R's `confint` with the normal quantile). */
  ci: [number, number];
}

/** What the survey page adds to an estimate: how much the design cost compared with a simple random sample. */
export interface EstimateDetail extends EstimateResult {
  /** Respondents with a value (in the domain). */
  n: number;
  /** Design effect: design variance ÷ the variance of a simple random sample of the same size (R's `deff`). */
  deff: number | null;
  /** n ÷ deff. */
  effectiveN: number | null;
}

/**
 * What calibration (post-stratification or raking) hands to the estimator: the calibrated weights, and
 * the step R's `svyrecvar` applies to every influence vector before computing the variance (the
 * residuals after projecting on the calibration's cells), so standard errors match R's.
 */
export interface CalibratedWeights {
  /** One weight per row of the table, after calibration. */
  weights: Float64Array;
  /** Returns the influence vector (one value per row) with the calibration's projection removed. */
  residualize(influence: Float64Array): Float64Array;
}
