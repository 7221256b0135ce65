import { twoFactorClient } from 'better-auth/client/plugins';
import { createAuthClient } from 'better-auth/react';

/** better-auth client, same origin (`/api/auth/*`). The 2FA redirect is handled by the sign-in form itself. */
export const authClient = createAuthClient({
  plugins: [twoFactorClient()],
});

/** The error half of a better-auth client result. */
export interface AuthClientError {
  status: number;
  message?: string;
  code?: string;
}
