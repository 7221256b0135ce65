import { createHash, randomBytes } from 'node:crypto';

/** Every personal API token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'cst_';
/** How much of a token the list shows: the prefix and eight characters of the secret. */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 8;
const SECRET_BYTES = 32;

export interface NewTokenSecret {
  /** The whole token: shown to its owner once, never stored. */
  token: string;
  /** Its first characters, stored to tell tokens apart in a list. */
  prefix: string;
  /** SHA-256 of the token, hex: the only form the database keeps. */
  hash: string;
}

export function generateTokenSecret(): NewTokenSecret {
  const token = `${TOKEN_PREFIX}${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { token, prefix: token.slice(0, SHOWN_LENGTH), hash: hashToken(token) };
}

/**
 * A plain hash is enough here (unlike passwords): the secret has 256 random bits, so there is no
 * dictionary to try, and a fast hash keeps the per-request lookup cheap.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null when the header carries none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
