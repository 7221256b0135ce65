import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/http';

/** Human-readable text for any error thrown by the API client or the auth client. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiError) {
    if (error.status === 429) return t('errors.tooManyRequests');
    if (error.status === 412) return t('errors.changedElsewhere');
    if (error.status === 403) return error.message || t('errors.forbidden');
    return error.message || t('errors.unexpected');
  }
  return t('errors.unexpected');
}

/**
 * Splits a server message like "slug: already taken" into the field it names and the rest,
 * so forms can show it under the right input.
 */
export function fieldErrorOf<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { field: Field; message: string } | null {
  if (!(error instanceof ApiError)) return null;
  const match = /^([A-Za-z][\w.]*):\s*(.+)$/s.exec(error.message);
  if (!match) return null;
  const field = fields.find((candidate) => candidate === match[1]);
  return field ? { field, message: match[2] } : null;
}
