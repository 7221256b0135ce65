import { RUNTIME_ERROR_CODES } from '../../../../core/survey/runtime';
import type { AnswerProblem } from './formStateView';

/** The interface's sentence for a problem the form gives no message of its own for. */
export function problemText(
  problem: Pick<AnswerProblem, 'code' | 'params'>,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const known = (RUNTIME_ERROR_CODES as readonly string[]).includes(problem.code);
  return known
    ? t(`errors.${problem.code}`, problem.params)
    : t('errors.other', { ...problem.params, code: problem.code });
}
