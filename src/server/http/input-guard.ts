import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './errors.ts';

/**
 * Text PostgreSQL cannot store, or that is not Unicode at all: the NUL character, and UTF-16 surrogates
 * without their partner. Either one in a path, query or body would reach the database and fail there.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;
const FORM_MEDIA = 'application/x-www-form-urlencoded';

export function isUnstorable(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** How a key with unstorable characters is named in a message: escaped, so the message itself is clean. */
function printable(text: string): string {
  return text.replace(UNSTORABLE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Where the first unstorable string, key or file name sits in a value, as a dotted path from `where`
 * (e.g. `body.team.0.userId`), or null when every string is clean.
 */
export function findUnstorable(value: unknown, where: string): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? where : null;
  if (typeof File !== 'undefined' && value instanceof File) return isUnstorable(value.name) ? where : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorable(item, `${where}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (isUnstorable(key)) return `${where}.${printable(key)}`;
      const found = findUnstorable(item, `${where}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

export function unstorableResponse(c: Context, field: string): Response {
  const message = `${field}: must not contain a NUL character (U+0000) or an unpaired surrogate`;
  return c.json(errorBody('bad_request', message, { field }), 400);
}

/** Path segments as the router decodes them; a segment that is not valid percent-encoding stays as sent. */
function pathIsUnstorable(pathname: string): boolean {
  return pathname.split('/').some((segment) => {
    try {
      return isUnstorable(decodeURIComponent(segment));
    } catch {
      return isUnstorable(segment);
    }
  });
}

/**
 * Refuses with 400, before any route or the sign-in handler runs, a request whose path, query or body
 * holds unstorable text. A JSON or URL-encoded body is read once here; the validators then reuse the
 * cached text, and the raw request gets a fresh copy for handlers that read it themselves (better-auth).
 * Multipart bodies are left to the routes (their size limits depend on the caller), and checked by the
 * router's validation hook once parsed.
 */
export function refuseUnstorableInput(options: { readsBody: (c: Context) => boolean }): MiddlewareHandler {
  return async (c, next) => {
    if (pathIsUnstorable(new URL(c.req.url).pathname)) return unstorableResponse(c, 'path');
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (isUnstorable(name) || values.some(isUnstorable)) {
        return unstorableResponse(c, `query.${printable(name)}`);
      }
    }
    const media = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const textual = JSON_MEDIA.test(media) || media === FORM_MEDIA;
    if (!textual || !c.req.raw.body || !options.readsBody(c)) return next();
    const text = await c.req.text();
    c.req.raw = new Request(c.req.raw, { body: text });
    const field = findUnstorable(parseBody(text, media), 'body');
    return field ? unstorableResponse(c, field) : next();
  };
}

/** The body as data; malformed JSON is left for the route's own validation to report. */
function parseBody(text: string, media: string): unknown {
  if (media === FORM_MEDIA) {
    const params = new URLSearchParams(text);
    return Object.fromEntries([...params.keys()].map((name) => [name, params.getAll(name).join('')]));
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
