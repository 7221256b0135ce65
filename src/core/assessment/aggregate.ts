import { frameworkRange, itemLevels, type ScaleRange } from '../frameworks/structure.ts';
import type { Framework, Group, Item, SsrDimension } from '../frameworks/types.ts';
import { type Answer, type Answers, answerStatus, checkAnswers } from './answers.ts';
import { bandFor } from './bands.ts';
import { type PefaGrade, pefaGradeOfValue, pefaIndicatorScore, pefaScoreValue } from './pefa.ts';

export interface AnswerCounts {
  scored: number;
  notApplicable: number;
  insufficientEvidence: number;
  unanswered: number;
}

export interface ScoredNode {
  id: string;
  code: string;
  /** Full precision; null when nothing below it has a score. Round only to display or band. */
  score: number | null;
  /** Band label (frameworks with bands) or PEFA letter (PEFA indicators and dimensions), else null. */
  band: string | null;
  counts: AnswerCounts;
}

export interface ItemResult extends ScoredNode {
  answer: Answer | null;
  weight: number;
}

export interface GroupResult extends ScoredNode {
  dimension: SsrDimension | null;
  weight: number;
  /**
   * True when this PEFA M2 indicator's letter comes from Custodes' derived averaging rule (three
   * or more graded dimensions), not from a rule known to match the official PEFA table.
   */
  derivedRule: boolean;
  items: ItemResult[];
  groups: GroupResult[];
}

export interface AssessmentAggregation {
  frameworkId: string;
  frameworkVersion: string;
  range: ScaleRange;
  /** For PEFA frameworks the overall score is a plain mean of indicator values: a summary PEFA
   * itself does not define, so it carries no letter. */
  overall: { score: number | null; band: string | null; counts: AnswerCounts };
  groups: GroupResult[];
}

const noCounts = (): AnswerCounts => ({
  scored: 0,
  notApplicable: 0,
  insufficientEvidence: 0,
  unanswered: 0,
});

function addCounts(total: AnswerCounts, more: AnswerCounts): AnswerCounts {
  return {
    scored: total.scored + more.scored,
    notApplicable: total.notApplicable + more.notApplicable,
    insufficientEvidence: total.insufficientEvidence + more.insufficientEvidence,
    unanswered: total.unanswered + more.unanswered,
  };
}

/** Mean of the children that have a score; weighted when asked. Null when none has one. */
export function meanOfScored(
  children: readonly { score: number | null; weight: number }[],
  weighted: boolean,
) {
  let sum = 0;
  let weights = 0;
  for (const child of children) {
    if (child.score === null) continue;
    const weight = weighted ? child.weight : 1;
    sum += child.score * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

/**
 * Scores one assessment: every item, every group (recursively) and the whole framework, with
 * counts of what was scored, not applicable, short of evidence or unanswered. Answers that are not
 * scores never enter a mean. In PEFA indicators a dimension short of evidence is graded D (PEFA's
 * "D*"), as the PEFA method prescribes, while still being counted as insufficient evidence.
 */
export function aggregateAssessment(framework: Framework, answers: Answers): AssessmentAggregation {
  checkAnswers(framework, answers);
  const weighted = framework.aggregation.method === 'weighted_mean';
  const isPefa = framework.aggregation.method === 'pefa';
  const bandLabel = (score: number | null) => bandFor(framework.bands, score)?.label ?? null;

  const scoreItem = (item: Item): ItemResult => {
    const answer = answers[item.id] ?? null;
    const status = answerStatus(answer);
    const score = typeof answer === 'number' ? answer : null;
    const counts = noCounts();
    if (status === 'scored') counts.scored = 1;
    else if (status === 'not_applicable') counts.notApplicable = 1;
    else if (status === 'insufficient_evidence') counts.insufficientEvidence = 1;
    else counts.unanswered = 1;
    const label = isPefa
      ? (itemLevels(framework, item).find((level) => level.value === score)?.label ?? null)
      : bandLabel(score);
    return { id: item.id, code: item.code, answer, score, band: label, counts, weight: item.weight ?? 1 };
  };

  const scoreGroup = (group: Group): GroupResult => {
    const items = group.items.map(scoreItem);
    const groups = (group.groups ?? []).map(scoreGroup);
    const counts = [...items, ...groups].reduce((total, child) => addCounts(total, child.counts), noCounts());
    let score: number | null;
    let band: string | null;
    let derivedRule = false;
    if (isPefa && group.pefaMethod) {
      const grades = items.flatMap((item): PefaGrade[] => {
        if (item.answer === 'insufficient_evidence') return ['D'];
        const grade = item.score === null ? null : pefaGradeOfValue(item.score);
        return grade ? [grade] : [];
      });
      const indicator = pefaIndicatorScore(group.pefaMethod, grades);
      score = indicator.score === null ? null : pefaScoreValue(indicator.score);
      band = indicator.score;
      derivedRule = indicator.score !== null && indicator.derived;
    } else {
      score = meanOfScored([...items, ...groups], weighted);
      band = isPefa ? null : bandLabel(score);
    }
    return {
      id: group.id,
      code: group.code,
      dimension: group.dimension ?? null,
      weight: group.weight ?? 1,
      score,
      band,
      derivedRule,
      counts,
      items,
      groups,
    };
  };

  const groups = framework.groups.map(scoreGroup);
  const overallScore = meanOfScored(groups, weighted);
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    range: frameworkRange(framework),
    overall: {
      score: overallScore,
      band: isPefa ? null : bandLabel(overallScore),
      counts: groups.reduce((total, group) => addCounts(total, group.counts), noCounts()),
    },
    groups,
  };
}

/** Every group result, parents before sub-groups, in framework order. */
export function flattenGroups(groups: readonly GroupResult[]): GroupResult[] {
  return groups.flatMap((group) => [group, ...flattenGroups(group.groups)]);
}

/** Every item result in framework order. */
export function flattenItems(groups: readonly GroupResult[]): ItemResult[] {
  return flattenGroups(groups).flatMap((group) => group.items);
}
