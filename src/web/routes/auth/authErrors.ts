import type { TFunction } from 'i18next';
import type { AuthClientError } from '../../api/authClient';

/** Translates a better-auth error into a sentence for the person at the keyboard. */
export function authErrorText(error: AuthClientError | null | undefined, t: TFunction): string {
  if (!error) return t('errors.unexpected');
  if (error.status === 429) return t('auth.tooManyAttempts');
  switch (error.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'INVALID_EMAIL_OR_PASSWORD':
      return t('auth.invalidCredentials');
    case 'INVALID_PASSWORD':
      return t('auth.wrongPassword');
    case 'INVALID_CODE':
    case 'INVALID_TWO_FACTOR_AUTHENTICATION':
      return t('auth.invalidCode');
    case 'INVALID_BACKUP_CODE':
      return t('auth.invalidBackupCode');
    case 'INVALID_TWO_FACTOR_COOKIE':
      return t('auth.codeSessionExpired');
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return t('auth.accountExists');
    case 'PASSWORD_TOO_SHORT':
      return t('auth.passwordTooShort');
    case 'PASSWORD_TOO_LONG':
      return t('auth.passwordTooLong');
    case 'PASSWORD_TOO_COMMON':
      return t('auth.passwordTooCommon');
    case 'INVITATION_REQUIRED':
      return t('auth.invitationRequired');
  }
  if (error.status === 401) return t('auth.invalidCredentials');
  return error.message || t('errors.unexpected');
}

/** Runs a better-auth client call, turning a thrown network failure into an error result. */
export async function callAuth<T>(
  call: () => Promise<{ data: T | null; error: AuthClientError | null }>,
): Promise<{ data: T | null; error: AuthClientError | null }> {
  try {
    return await call();
  } catch {
    return { data: null, error: { status: 0, code: 'NETWORK' } };
  }
}
