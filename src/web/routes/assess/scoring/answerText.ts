import { useTranslation } from 'react-i18next';
import { itemLevels } from '../../../../core/frameworks/structure';
import type { Item } from '../../../../core/frameworks/types';
import type { Answer, Framework } from '../../../api/assessmentTypes';

/** Answers as the string values of radio buttons, and back. */
export const answerToChoice = (answer: Answer | null | undefined): string | null =>
  answer === null || answer === undefined ? null : String(answer);

export const choiceToAnswer = (choice: string): Answer =>
  choice === 'na' || choice === 'insufficient_evidence' ? choice : Number(choice);

/** "2 — Developing…" style text for any answer, in the interface language. */
export function useAnswerText(framework: Framework) {
  const { t, i18n } = useTranslation('assess');
  return (item: Item, answer: Answer | null | undefined): string => {
    if (answer === null || answer === undefined) return t('answer.none');
    if (answer === 'na') return t('answer.na');
    if (answer === 'insufficient_evidence') return t('answer.insufficient');
    const level = itemLevels(framework, item).find((candidate) => candidate.value === answer);
    return level ? level.label : new Intl.NumberFormat(i18n.language).format(answer);
  };
}
