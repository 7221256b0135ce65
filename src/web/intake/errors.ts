import { IntakeHttpError } from './api';
import type { Translate } from './messages';

/** What to tell the whistle-blower when a request failed, in their language. */
export function requestProblem(error: unknown, t: Translate, notFoundKey = 'noChannel'): string {
  if (!(error instanceof IntakeHttpError)) return t('errors.network');
  if (error.status === 429)
    return t('errors.throttled', { minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  if (error.status === 404) return t(notFoundKey);
  if (error.status === 409) return t('errors.caseClosed');
  if (error.status === 413) return t('errors.tooLarge');
  return t('errors.rejected');
}
