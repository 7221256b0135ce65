import type { MiddlewareHandler } from 'hono';
import { bearerToken } from '../modules/api-tokens/secret.ts';
import { errorBody } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The origins a browser page of ours can have: the base URL's, plus any trusted in development. */
export function allowedOrigins(baseURL: string, extra: readonly string[] = []): Set<string> {
  return new Set([baseURL, ...extra].map(originOf).filter((origin): origin is string => origin !== null));
}

/**
 * Refuses state-changing requests that carry cookies (a browser's ambient authority) unless their
 * Origin, or failing that their Referer, is one of ours. A request that authenticates with a Bearer
 * token sends no ambient credential, so no other site can forge it, and it is left alone.
 */
export function refuseCrossSiteWrites(allowed: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (bearerToken(c.req.header('authorization'))) return next();
    if (!c.req.header('cookie')) return next();
    const origin = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
    if (origin && allowed.has(origin)) return next();
    return c.json(errorBody('forbidden', 'cross-site request refused'), 403);
  };
}
