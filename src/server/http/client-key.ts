import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { clientAddress } from './client-ip.ts';

/** Made once per process and never written anywhere: a restart makes every earlier key meaningless. */
const PROCESS_SECRET = randomBytes(32);

/**
 * Who is asking, for in-memory rate limits on public endpoints, without keeping their address: an
 * HMAC of the address under a random per-process secret. Two requests from one address get the same
 * key; the key cannot be turned back into the address.
 */
export function anonymousClientKey(c: Context, trustProxy: boolean): string {
  return createHmac('sha256', PROCESS_SECRET).update(clientAddress(c, trustProxy)).digest('base64url');
}
