import type { MiddlewareHandler } from 'hono';
import type { Auth } from '../auth/auth.ts';
import { sessionLookup } from '../auth/session-lookup.ts';
import type { Db } from '../db/client.ts';
import { bearerToken } from '../modules/api-tokens/secret.ts';
import { userForToken } from '../modules/api-tokens/service.ts';
import { errorBody } from './errors.ts';
import type { AppEnv, SessionUser } from './types.ts';

/**
 * Sets `currentUser` for every /api request, looked up on first use only. A request carrying
 * `Authorization: Bearer <token>` acts as the token's user and is never also read as a session, so
 * a bad token is a 401 even next to a valid cookie; otherwise the session cookie decides.
 */
export function currentUserResolver(auth: Auth, db: Db): MiddlewareHandler<AppEnv> {
  const sessions = sessionLookup(auth, db);
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    let lookup: Promise<SessionUser | null> | undefined;
    c.set('credential', token ? 'token' : 'session');
    c.set('currentUser', () => {
      lookup ??= token ? userForToken({ db, token }) : sessions.user(c.req.raw.headers);
      return lookup;
    });
    await next();
  };
}

/** Sign-in, password and two-factor changes belong to a person at a browser, never to a token. */
export function refuseTokensOnAccountRoutes(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!bearerToken(c.req.header('authorization'))) return next();
    const message =
      'an API token cannot sign in or change a password or two-factor setting: use a signed-in session';
    return c.json(errorBody('forbidden', message), 403);
  };
}
