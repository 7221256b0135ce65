import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createAuth } from '../auth/auth.ts';
import { createTestContext, type TestContext } from '../testing/harness.ts';
import { APP_CSP, INTAKE_CSP } from './security-headers.ts';

let ctx: TestContext;
const webRoot = mkdtempSync(join(tmpdir(), 'custodes-web-'));
beforeAll(async () => {
  ctx = await createTestContext();
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><script type="module" src="/assets/a.js"></script>',
  );
  writeFileSync(join(webRoot, 'report.html'), '<!doctype html><title>intake</title>');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'a.js'), 'console.log(1)');
});
afterAll(async () => {
  rmSync(webRoot, { recursive: true, force: true });
  await ctx.close();
});

function appAt(baseURL: string) {
  const auth = createAuth({
    db: ctx.db,
    secret: 'test-secret-that-is-long-enough-for-hmac',
    baseURL,
    quiet: true,
  });
  return createApp({ database: ctx.database, auth, version: 'test', webRoot });
}

describe('security headers', () => {
  it('the single-page app gets a strict policy: own scripts only, no framing, no third parties', async () => {
    const res = await appAt('http://localhost:3000').request('http://localhost:3000/w/demo/plans');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(APP_CSP);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(csp).not.toMatch(/https?:/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('nosniff on every response, and no CSP on JSON', async () => {
    const res = await appAt('http://localhost:3000').request('http://localhost:3000/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeNull();
    const asset = await appAt('http://localhost:3000').request('http://localhost:3000/assets/a.js');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('HSTS only when the base URL is https', async () => {
    const res = await appAt('https://custodes.example').request('https://custodes.example/');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('the API reference page keeps working under its own policy: its assets are ours', async () => {
    const app = appAt('http://localhost:3000');
    const res = await app.request('http://localhost:3000/api/docs');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script>(?!<)/);
    for (const src of html.matchAll(/src="([^"]+)"/g)) {
      expect(src[1]).toMatch(/^\/api\/docs\//);
      expect((await app.request(`http://localhost:3000${src[1]}`)).status).toBe(200);
    }
  });

  it('the intake page: its own file, a stricter policy, never cached, no referrer', async () => {
    const res = await appAt('http://localhost:3000').request('http://localhost:3000/p/demo/report');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>intake</title>');
    expect(res.headers.get('content-security-policy')).toBe(INTAKE_CSP);
    expect(INTAKE_CSP).toContain("default-src 'none'");
    expect(INTAKE_CSP).toContain("style-src 'self'");
    expect(INTAKE_CSP).not.toContain('unsafe-inline');
    expect(INTAKE_CSP).toContain("form-action 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // The single-page app keeps its own policy and referrer.
    const spa = await appAt('http://localhost:3000').request('http://localhost:3000/p/demo/other');
    expect(spa.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(spa.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('the intake page not built: a 404 saying so', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'custodes-web-'));
    writeFileSync(join(bare, 'index.html'), '<!doctype html>');
    try {
      const auth = createAuth({
        db: ctx.db,
        secret: 'test-secret-that-is-long-enough-for-hmac',
        baseURL: 'http://localhost:3000',
        quiet: true,
      });
      const app = createApp({ database: ctx.database, auth, version: 'test', webRoot: bare });
      const res = await app.request('http://localhost:3000/p/demo/report');
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/not built/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('the intake API answers are never cached and send no referrer', async () => {
    const res = await appAt('http://localhost:3000').request(
      'http://localhost:3000/api/public/nowhere/channel',
    );
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
