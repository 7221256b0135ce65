import type { Group, PefaMethod } from '../frameworks/types.ts';

/**
 * PEFA-style indicator scoring. Each dimension of an indicator is graded A, B, C or D (A best);
 * the indicator's score combines them by M1 (weakest link) or M2 (averaging) and may carry a "+".
 */
export const PEFA_GRADES = ['D', 'C', 'B', 'A'] as const;
export type PefaGrade = (typeof PEFA_GRADES)[number];

export const PEFA_SCORES = ['D', 'D+', 'C', 'C+', 'B', 'B+', 'A'] as const;
export type PefaScore = (typeof PEFA_SCORES)[number];

/** Numeric equivalents used on the framework scale: D=1, C=2, B=3, A=4. */
export const PEFA_GRADE_VALUES: Record<PefaGrade, number> = { D: 1, C: 2, B: 3, A: 4 };

/** D=1, D+=1.5, C=2, … A=4: a "+" is half a grade. */
export function pefaScoreValue(score: PefaScore): number {
  return 1 + PEFA_SCORES.indexOf(score) / 2;
}

export function pefaScoreFromValue(value: number): PefaScore {
  const index = Math.round((value - 1) * 2);
  const score = PEFA_SCORES[index];
  if (score === undefined || Math.abs(value - pefaScoreValue(score)) > 1e-9)
    throw new RangeError(`${value} is not a PEFA score value`);
  return score;
}

export function pefaGradeOfValue(value: number): PefaGrade | null {
  return PEFA_GRADES.find((grade) => PEFA_GRADE_VALUES[grade] === value) ?? null;
}

/**
 * M1, weakest link: the lowest dimension grade, with "+" when any other dimension scored higher.
 * Null when no dimension has a grade.
 */
export function pefaM1(grades: readonly PefaGrade[]): PefaScore | null {
  if (grades.length === 0) return null;
  const values = grades.map((grade) => PEFA_GRADE_VALUES[grade]);
  const lowest = Math.min(...values);
  const plus = values.some((value) => value > lowest);
  return pefaScoreFromValue(lowest + (plus ? 0.5 : 0));
}

/**
 * M2, averaging. DERIVED RULE, not transcribed from the official PEFA conversion table: the grades
 * are averaged as D=1 … A=4 and the mean is rounded to the nearest half grade, halves going up.
 *
 * Why this rule: with two dimensions every mean already falls on a half grade, which reproduces
 * the published two-dimension table (D C → D+, C A → B, B A → B+). For three and four dimensions
 * we only have a secondary description: the tables are matched by adding about a third (three
 * dimensions) or a quarter (four) to the mean before reading the grade at or below it. Both amount
 * to rounding to the nearest half grade with ties going up (1.25 → D+, 1.75 → C, 2.67 → C+).
 * pefa.test.ts lists every 2-, 3- and 4-dimension combination this rule produces, so a reviewer
 * can check it line by line against the official table. Five or more dimensions use the same rule.
 *
 * The official three- and four-dimension tables could not be found in a source we can cite (a
 * search of public pages and code, issue 9), so scores from those rows are flagged as derived
 * (`pefaM2IsDerived`) and the interface and reports say so.
 */
export function pefaM2(grades: readonly PefaGrade[]): PefaScore | null {
  if (grades.length === 0) return null;
  const mean = grades.reduce((sum, grade) => sum + PEFA_GRADE_VALUES[grade], 0) / grades.length;
  return pefaScoreFromValue(Math.floor(mean * 2 + 0.5 + 1e-9) / 2);
}

/**
 * Up to this many graded dimensions an M2 score is the plain mean of the grades, which is what the
 * official PEFA table gives for one or two dimensions.
 */
export const PEFA_M2_EXACT_DIMENSIONS = 2;

/**
 * Whether an M2 score over this many graded dimensions comes from Custodes' derived rule rather
 * than from a rule known to match the official PEFA conversion table (three dimensions or more).
 */
export function pefaM2IsDerived(gradedDimensions: number): boolean {
  return gradedDimensions > PEFA_M2_EXACT_DIMENSIONS;
}

/** An indicator's score and whether it rests on the derived M2 rule. */
export interface PefaIndicatorScore {
  score: PefaScore | null;
  derived: boolean;
}

/** Combines an indicator's dimension grades by its method, saying when the derived rule was used. */
export function pefaIndicatorScore(method: PefaMethod, grades: readonly PefaGrade[]): PefaIndicatorScore {
  if (method === 'M1') return { score: pefaM1(grades), derived: false };
  return { score: pefaM2(grades), derived: pefaM2IsDerived(grades.length) };
}

/**
 * The ids of a framework's M2 indicators that can be scored by the derived rule: those with more
 * dimensions than the exact range. Groups nest one level at most, sub-groups included.
 */
export function pefaDerivedIndicatorIds(groups: readonly Group[]): string[] {
  return groups.flatMap((group) => [
    ...(group.pefaMethod === 'M2' && pefaM2IsDerived(group.items.length) ? [group.id] : []),
    ...pefaDerivedIndicatorIds(group.groups ?? []),
  ]);
}
