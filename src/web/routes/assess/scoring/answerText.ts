import { useTranslation } from 'react-i18next';
import { itemLevels } from '../../../../core/frameworks/structure';
import type { Item, ScaleLevel } from '../../../../core/frameworks/types';
import type { Answer, Framework } from '../../../api/assessmentTypes';
import { useAssessLabels } from '../useAssessLabels';

/** Answers as the string values of radio buttons, and back. */
export const answerToChoice = (answer: Answer | null | undefined): string | null =>
  answer === null || answer === undefined ? null : String(answer);

export const choiceToAnswer = (choice: string): Answer =>
  choice === 'na' || choice === 'insufficient_evidence' ? choice : Number(choice);

/**
 * A level's name: its label, and when the label is a bare number and the descriptor opens with a
 * short name ("Developing: formally established…"), that name too: "2 – Developing".
 */
export function levelName(level: ScaleLevel, descriptor: string): string {
  const head = descriptor.split(':')[0].trim();
  const numeric = /^\d+([.,]\d+)?$/.test(level.label);
  return numeric && head !== descriptor.trim() && head.length <= 30
    ? `${level.label} – ${head}`
    : level.label;
}

/** "2 – Developing" style text for any answer, in the interface language. */
export function useAnswerText(framework: Framework) {
  const { t, i18n } = useTranslation('assess');
  const labels = useAssessLabels();
  return (item: Item, answer: Answer | null | undefined): string => {
    if (answer === null || answer === undefined) return t('answer.none');
    if (answer === 'na') return t('answer.na');
    if (answer === 'insufficient_evidence') return t('answer.insufficient');
    const level = itemLevels(framework, item).find((candidate) => candidate.value === answer);
    return level
      ? levelName(level, labels.text(level.descriptor))
      : new Intl.NumberFormat(i18n.language).format(answer);
  };
}
