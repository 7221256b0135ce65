import { itemLevels, listItems } from '../frameworks/structure.ts';
import type { Framework } from '../frameworks/types.ts';
import { type Answer, type Answers, checkAnswers } from './answers.ts';

export interface ConsolidationOptions {
  /**
   * How many scale steps apart assessors may be without it counting as disagreement; default 1.
   * Neighbouring levels are ordinary differences of judgement; disagreement starts one full step
   * beyond this, i.e. at a spread of 2 steps by default (0 and 2 on a 0–4 scale, 25 and 75 on a
   * 0–100 scale in steps of 25, C and A in PEFA).
   */
  toleratedSteps?: number;
}

export interface ConsolidatedItem {
  itemId: string;
  code: string;
  /** Every assessor's answer (null when they left it unanswered), in assessor order. */
  answers: Record<string, Answer | null>;
  /** How many assessors gave a score. */
  scored: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min on the scale. */
  spread: number | null;
  /** The spread counted in levels of the item's scale, so uneven scales are judged fairly. */
  spreadSteps: number | null;
  disagreement: boolean;
  /** Some assessors scored the item while others found it not applicable. */
  applicabilityConflict: boolean;
}

export interface Consolidation {
  assessors: string[];
  items: ConsolidatedItem[];
  /** Ids of the items flagged as disagreement, in framework order. */
  disagreements: string[];
}

/** Lays several assessors' answers side by side and flags the items where they diverge. */
export function consolidate(
  framework: Framework,
  answersByAssessor: Readonly<Record<string, Answers>>,
  options: ConsolidationOptions = {},
): Consolidation {
  const toleratedSteps = options.toleratedSteps ?? 1;
  const assessors = Object.keys(answersByAssessor);
  for (const assessor of assessors)
    checkAnswers(framework, answersByAssessor[assessor], `answersByAssessor.${assessor}`);

  const items = listItems(framework).map(({ item }): ConsolidatedItem => {
    const values = itemLevels(framework, item).map((level) => level.value);
    const answers: Record<string, Answer | null> = {};
    for (const assessor of assessors) answers[assessor] = answersByAssessor[assessor][item.id] ?? null;
    const scores = Object.values(answers).filter((answer): answer is number => typeof answer === 'number');
    const saidNotApplicable = Object.values(answers).includes('na');
    const base = { itemId: item.id, code: item.code, answers, scored: scores.length };
    const applicabilityConflict = saidNotApplicable && scores.length > 0;
    if (scores.length === 0) {
      const empty = { mean: null, min: null, max: null, spread: null, spreadSteps: null };
      return { ...base, ...empty, disagreement: false, applicabilityConflict };
    }
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const spreadSteps = values.indexOf(max) - values.indexOf(min);
    return {
      ...base,
      mean: scores.reduce((sum, score) => sum + score, 0) / scores.length,
      min,
      max,
      spread: max - min,
      spreadSteps,
      disagreement: spreadSteps >= toleratedSteps + 1,
      applicabilityConflict,
    };
  });
  return { assessors, items, disagreements: items.filter((i) => i.disagreement).map((i) => i.itemId) };
}
