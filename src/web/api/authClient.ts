/** The error half of an account call: better-auth's status, code and message. */
export interface AuthClientError {
  status: number;
  message?: string;
  code?: string;
}

export type AuthResult<T> = { data: T; error: null } | { data: null; error: AuthClientError };

/**
 * POSTs to one of better-auth's endpoints under /api/auth (same origin, session cookie). The few
 * account calls the web makes go through here rather than better-auth's client library, which is
 * about 10 KB compressed in the first download for these eight POSTs.
 */
async function post<T>(path: string, body: object = {}): Promise<AuthResult<T>> {
  const response = await fetch(`/api/auth${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { data: payload as T, error: null };
  const details = (
    typeof payload === 'object' && payload !== null ? payload : {}
  ) as Partial<AuthClientError>;
  return {
    data: null,
    error: { status: response.status, code: details.code, message: details.message ?? response.statusText },
  };
}

/** better-auth's endpoints that the web calls, shaped like its client's methods. */
export const authClient = {
  signIn: {
    email: (body: { email: string; password: string }) =>
      post<{ twoFactorRedirect?: boolean }>('/sign-in/email', body),
  },
  signUp: {
    email: (body: { email: string; password: string; name: string; invitationId?: string }) =>
      post<unknown>('/sign-up/email', body),
  },
  signOut: () => post<unknown>('/sign-out'),
  changePassword: (body: { currentPassword: string; newPassword: string; revokeOtherSessions?: boolean }) =>
    post<unknown>('/change-password', body),
  twoFactor: {
    verifyTotp: (body: { code: string }) => post<unknown>('/two-factor/verify-totp', body),
    verifyBackupCode: (body: { code: string }) => post<unknown>('/two-factor/verify-backup-code', body),
    enable: (body: { password: string; method?: 'totp' }) =>
      post<{ totpURI: string; backupCodes: string[] }>('/two-factor/enable', body),
    disable: (body: { password: string }) => post<unknown>('/two-factor/disable', body),
  },
};
