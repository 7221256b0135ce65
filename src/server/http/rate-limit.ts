import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.ts';

/**
 * Fixed-window limit per client address for public endpoints. Counts live only in memory:
 * addresses of anonymous visitors are never stored.
 */
export function rateLimit(options: {
  windowMs: number;
  max: number;
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string;
}): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = Date.now();
    const key = options.clientKey(c);
    let window = windows.get(key);
    if (!window || now - window.start >= options.windowMs) {
      if (windows.size > 10_000) windows.clear();
      window = { start: now, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > options.max) {
      c.header('Retry-After', String(Math.ceil((window.start + options.windowMs - now) / 1000)));
      return c.json(errorBody('rate_limited', 'too many requests: wait a minute and try again'), 429);
    }
    await next();
  };
}
