import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createAuth } from '../auth/auth.ts';
import { createTestContext, type TestContext } from '../testing/harness.ts';
import { APP_CSP } from './security-headers.ts';

let ctx: TestContext;
const webRoot = mkdtempSync(join(tmpdir(), 'custodes-web-'));
beforeAll(async () => {
  ctx = await createTestContext();
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><script type="module" src="/assets/a.js"></script>',
  );
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
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
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
});
