import { AppError } from '../../../core/errors/app-error.ts';
import type { Answers, SurveyForm } from '../../../core/survey/types.ts';

/** One problem with a submission's answers, at the question's path (`members[2].name`). */
export interface AnswerError {
  path: string;
  code: string;
  params: Record<string, string | number>;
}

/**
 * The answers as the form keeps them (non-relevant ones dropped, calculations recomputed) and every
 * problem found, checked by the same runtime the browser runs.
 */
export function checkAnswers(
  _form: SurveyForm,
  _answers: Answers,
  _today: string,
): { answers: Answers; errors: AnswerError[] } {
  throw new AppError('unprocessable', 'checking answers is not available yet');
}
