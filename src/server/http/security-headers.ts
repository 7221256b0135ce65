import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The web client's policy: its own scripts only (the built index.html has no inline script), no
 * third-party origin anywhere. Styles allow 'unsafe-inline' because Mantine writes its CSS
 * variables into a <style> element and sets `style` attributes at run time (so do ECharts and
 * Cytoscape); a nonce cannot cover style attributes.
 */
export const APP_CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the integrity pages run libsodium's WebAssembly (no JavaScript eval).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Swagger UI (served from our own copy of swagger-ui-dist) styles inline and draws icons as data: URIs. */
export const API_DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The public intake page (`/p/<slug>/report`), where a whistle-blower writes a report: nothing but
 * its own files, no inline style, no form posting anywhere, libsodium's WebAssembly allowed.
 */
export const INTAKE_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The intake page and its API: never cached, and no address of theirs sent to anyone. */
const INTAKE_PATH = /^\/p\/[^/]+\/report\/?$|^\/api\/public\/[^/]+\/(channel|reports)(\/|$)/;

/**
 * Headers for every response (nosniff, same-origin referrer, no framing, HSTS when served over
 * https), and a Content-Security-Policy on every HTML response.
 */
export function securityHeaders(baseURL: string): MiddlewareHandler {
  const general = secureHeaders({
    crossOriginEmbedderPolicy: false,
    // Browsers send `Origin: null` on same-origin writes under `no-referrer`; `same-origin` keeps
    // the Origin that the cross-site check reads, and still tells other sites nothing.
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    strictTransportSecurity: baseURL.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : false,
  });
  return async (c, next) => {
    await general(c, next);
    const intake = INTAKE_PATH.test(c.req.path);
    if (intake) {
      c.res.headers.set('cache-control', 'no-store');
      c.res.headers.set('referrer-policy', 'no-referrer');
    }
    const type = c.res.headers.get('content-type') ?? '';
    if (!type.startsWith('text/html') || c.res.headers.has('content-security-policy')) return;
    const policy = intake ? INTAKE_CSP : c.req.path === '/api/docs' ? API_DOCS_CSP : APP_CSP;
    c.res.headers.set('content-security-policy', policy);
  };
}
