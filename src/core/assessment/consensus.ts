import { listItems } from '../frameworks/structure.ts';
import type { Framework } from '../frameworks/types.ts';
import type { Answer, Answers } from './answers.ts';

/**
 * One answer per item from several assessors, for the assessment's official result:
 * the lead assessor's answer when they gave one; otherwise the lower median of the scores
 * (a level someone actually chose, erring on the cautious side). With no score at all, the item
 * is "insufficient evidence" if anyone said so, else "not applicable" if anyone said so.
 */
export function consensusAnswers(
  framework: Framework,
  answersByAssessor: Readonly<Record<string, Answers>>,
  leadIds: readonly string[] = [],
): Record<string, Answer> {
  const result: Record<string, Answer> = {};
  for (const { item } of listItems(framework)) {
    const given = Object.entries(answersByAssessor)
      .map(([assessor, answers]) => ({ assessor, answer: answers[item.id] }))
      .filter(
        (entry): entry is { assessor: string; answer: Answer } =>
          entry.answer !== undefined && entry.answer !== null,
      );
    if (given.length === 0) continue;
    const fromLead = given.find((entry) => leadIds.includes(entry.assessor));
    if (fromLead) {
      result[item.id] = fromLead.answer;
      continue;
    }
    const scores = given
      .map((entry) => entry.answer)
      .filter((answer): answer is number => typeof answer === 'number');
    if (scores.length > 0) {
      scores.sort((a, b) => a - b);
      result[item.id] = scores[Math.floor((scores.length - 1) / 2)];
    } else {
      result[item.id] = given.some((entry) => entry.answer === 'insufficient_evidence')
        ? 'insufficient_evidence'
        : 'na';
    }
  }
  return result;
}
