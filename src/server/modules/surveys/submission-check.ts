import { type SubmissionError, validateSubmission } from '../../../core/survey/runtime/index.ts';
import type { Answers, SurveyForm } from '../../../core/survey/types.ts';

export type AnswerError = SubmissionError;

/**
 * The answers as the form keeps them (non-relevant ones dropped, calculations recomputed) and every
 * problem found, checked by the same runtime the browser runs.
 */
export function checkAnswers(form: SurveyForm, answers: Answers, today: string) {
  return validateSubmission(form, answers, { today });
}
