import type { AnswerValue, FormQuestion, SurveyForm } from '../../../../core/survey/types';
import { textIn } from '../renderer/formText';

/** An answer as a reader sees it: choices by their label in `language`, other values as stored. */
export function answerText(
  form: SurveyForm,
  question: FormQuestion,
  value: AnswerValue,
  language: string,
): string {
  if (value === null || value === undefined) return '';
  if (question.type !== 'select_one' && question.type !== 'select_multiple') return String(value);
  const choices = form.choices[question.listName ?? ''] ?? [];
  const names =
    question.type === 'select_multiple' ? String(value).split(' ').filter(Boolean) : [String(value)];
  return names
    .map((name) => {
      const choice = choices.find((candidate) => candidate.name === name);
      return choice ? textIn(choice.label, language, form) || name : name;
    })
    .join(', ');
}
