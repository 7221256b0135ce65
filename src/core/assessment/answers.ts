import { AppError } from '../errors/app-error.ts';
import { itemLevels, listItems } from '../frameworks/structure.ts';
import type { Framework } from '../frameworks/types.ts';

/**
 * What an assessor recorded for one item: a value on the item's scale, "na" when the item does not
 * apply, or "insufficient_evidence" when it applies but cannot be scored. Neither is ever a zero.
 */
export type Answer = number | 'na' | 'insufficient_evidence';

/** Answers by item id; a missing (or null) entry means the item is still unanswered. */
export type Answers = Readonly<Record<string, Answer | null | undefined>>;

export type AnswerStatus = 'scored' | 'not_applicable' | 'insufficient_evidence' | 'unanswered';

export function answerStatus(answer: Answer | null | undefined): AnswerStatus {
  if (answer === undefined || answer === null) return 'unanswered';
  if (answer === 'na') return 'not_applicable';
  if (answer === 'insufficient_evidence') return 'insufficient_evidence';
  return 'scored';
}

/** Throws `bad_request` naming the first answer that is not for an item or not on its scale. */
export function checkAnswers(framework: Framework, answers: Answers, where = 'answers'): void {
  const items = new Map(listItems(framework).map(({ item }) => [item.id, item]));
  for (const [itemId, answer] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item)
      throw new AppError('bad_request', `${where}.${itemId}: no item "${itemId}" in ${framework.id}`);
    if (answer === undefined || answer === null || answer === 'na' || answer === 'insufficient_evidence')
      continue;
    const values = itemLevels(framework, item).map((level) => level.value);
    if (typeof answer !== 'number' || !values.includes(answer)) {
      throw new AppError(
        'bad_request',
        `${where}.${itemId}: ${JSON.stringify(answer)} is not a level of the scale (${values.join(', ')}), "na" or "insufficient_evidence"`,
      );
    }
  }
}
