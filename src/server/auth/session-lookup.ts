import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import type { SessionUser } from '../http/types.ts';
import type { Auth } from './auth.ts';

interface SessionSettings {
  /** Cookie names as better-auth sets them (with the __Secure- prefix when served over https). */
  tokenCookie: string;
  dontRememberCookie: string;
  secret: string;
  expiresInMs: number;
  updateAgeMs: number;
}

async function settingsOf(auth: Auth): Promise<SessionSettings> {
  const context = await auth.$context;
  return {
    tokenCookie: context.authCookies.sessionToken.name,
    dontRememberCookie: context.authCookies.dontRememberToken.name,
    secret: context.secret,
    expiresInMs: context.sessionConfig.expiresIn * 1000,
    updateAgeMs: context.sessionConfig.updateAge * 1000,
  };
}

/**
 * The value of a cookie signed as better-auth signs it (`value.` + base64 HMAC-SHA256 of the value
 * with the server secret), or null when it is missing or the signature does not hold.
 */
export function verifiedCookieValue(signed: string | undefined, secret: string): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf('.');
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(value).digest('base64'));
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? value : null;
}

/** How many checked cookies a lookup remembers (the check depends only on the cookie and the secret). */
const MAX_CHECKED = 10_000;

export function toSessionUser(
  user: Pick<typeof users.$inferSelect, 'id' | 'name' | 'email' | 'twoFactorEnabled'>,
) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
  };
}

export type SessionLookup = ReturnType<typeof sessionLookup>;

/**
 * Reads the session of a request without going through better-auth's endpoint machinery (which
 * verifies the cookie with WebCrypto and makes two queries: most of a signed-in request's cost).
 * Nothing is cached: the session row is read on every request, so signing out or revoking a
 * session takes effect at once. Whenever better-auth would write on this read (an expired session
 * to delete, a session due for its sliding refresh, a "don't remember me" session), the request
 * goes through better-auth's own getSession instead.
 */
export function sessionLookup(auth: Auth, db: Db) {
  const settings = settingsOf(auth);

  const checked = new Map<string, string | null>();
  const sessionUser = db
    .select({
      expiresAt: sessions.expiresAt,
      id: users.id,
      name: users.name,
      email: users.email,
      twoFactorEnabled: users.twoFactorEnabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.token, sql.placeholder('token')))
    .limit(1)
    .prepare('session_user');

  /** The session token of the request's cookie, when its signature holds. */
  async function tokenOf(headers: Headers): Promise<string | null> {
    const { tokenCookie, secret } = await settings;
    const header = headers.get('cookie');
    if (!header) return null;
    const signed = parseCookies(header, tokenCookie)[tokenCookie];
    if (!signed) return null;
    let token = checked.get(signed);
    if (token === undefined) {
      token = verifiedCookieValue(signed, secret);
      if (checked.size >= MAX_CHECKED) checked.clear();
      checked.set(signed, token);
    }
    return token;
  }

  /** True when better-auth's getSession would only read this session, never write it. */
  async function readOnly(expiresAt: Date, headers: Headers): Promise<boolean> {
    const { dontRememberCookie, expiresInMs, updateAgeMs } = await settings;
    const now = Date.now();
    if (expiresAt.getTime() < now) return false;
    if (headers.get('cookie')?.includes(dontRememberCookie)) return false;
    return expiresAt.getTime() - expiresInMs + updateAgeMs > now;
  }

  async function viaBetterAuth(headers: Headers): Promise<SessionUser | null> {
    const user = (await auth.api.getSession({ headers }))?.user;
    return user ? toSessionUser({ ...user, twoFactorEnabled: Boolean(user.twoFactorEnabled) }) : null;
  }

  /** The signed-in user of a request, in one query (session joined with its user, prepared once). */
  async function user(headers: Headers): Promise<SessionUser | null> {
    const token = await tokenOf(headers);
    if (!token) return null;
    const [row] = await sessionUser.execute({ token });
    if (!row) return null;
    return (await readOnly(row.expiresAt, headers)) ? toSessionUser(row) : viaBetterAuth(headers);
  }

  return { tokenOf, readOnly, user, viaBetterAuth };
}
