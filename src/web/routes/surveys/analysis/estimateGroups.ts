import type { EstimateDetail, SurveyForm } from '../../../../core/survey/types';
import { choicesOf } from './designDraft';

/** The estimates of one spec: one row per domain value and (for proportions) per category. */
export interface EstimateGroup {
  key: string;
  stat: EstimateDetail['stat'];
  variable: string;
  /** The domain variable (`stype` of `stype=E`), or null for the whole population. */
  by: string | null;
  rows: EstimateDetail[];
}

const domainVariable = (domain: string | null) => (domain === null ? null : domain.split('=')[0]);
export const domainValue = (domain: string | null) =>
  domain === null ? null : domain.slice(domain.indexOf('=') + 1);

/** Estimates in the API's order, grouped by stat, variable and domain variable, so each reads as one table. */
export function groupEstimates(estimates: readonly EstimateDetail[]): EstimateGroup[] {
  const groups = new Map<string, EstimateGroup>();
  for (const row of estimates) {
    const by = domainVariable(row.domain);
    const key = `${row.stat}|${row.variable}|${by ?? ''}`;
    const group = groups.get(key) ?? { key, stat: row.stat, variable: row.variable, by, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A choice's label in the reader's language, else the value as stored. */
export function valueLabel(
  form: SurveyForm,
  variable: string,
  value: string,
  label: (text: Record<string, string>) => string,
): string {
  const choice = choicesOf(form, variable).find((candidate) => candidate.name === value);
  return choice ? label(choice.label) || value : value;
}

/** Respondents the design cost, compared with a simple random sample of the same size (n − n/deff). */
export function respondentsLost(row: EstimateDetail): number | null {
  if (row.effectiveN === null || row.deff === null) return null;
  return row.n - row.effectiveN;
}
