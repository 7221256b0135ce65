import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createAuth } from '../auth/auth.ts';
import { createTestContext, type TestContext } from '../testing/harness.ts';
import { chooseEncoding } from './compression.ts';
import { APP_CSP } from './security-headers.ts';

const BASE = 'http://localhost:3000';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;
// long enough to be worth compressing
const INDEX_HTML = `<!doctype html><title>Custodes</title><!-- ${'padding '.repeat(300)} --><div id="root"></div>`;

let ctx: TestContext;
const webRoot = mkdtempSync(join(tmpdir(), 'custodes-web-'));
beforeAll(async () => {
  ctx = await createTestContext();
  writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'a.js'), SCRIPT);
  writeFileSync(join(webRoot, 'assets', 'a.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(webRoot, 'assets', 'a.js.gz'), gzipSync(SCRIPT));
});
afterAll(async () => {
  rmSync(webRoot, { recursive: true, force: true });
  await ctx.close();
});

function app() {
  const auth = createAuth({
    db: ctx.db,
    secret: 'test-secret-that-is-long-enough-for-hmac',
    baseURL: BASE,
    quiet: true,
  });
  return createApp({ database: ctx.database, auth, version: 'test', webRoot });
}

const get = (path: string, acceptEncoding?: string) =>
  app().request(`${BASE}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('choosing an encoding', () => {
  it('prefers brotli when the client takes both, and follows the client’s q values', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('compressed responses', () => {
  it('API JSON goes out in brotli or gzip as accepted, the same document once decoded', async () => {
    const plain = await get('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    const document = await plain.json();

    const br = await get('/api/openapi.json', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(JSON.parse(brotliDecompressSync(brBytes).toString('utf8'))).toEqual(document);

    const gz = await get('/api/openapi.json', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const gzBytes = Buffer.from(await gz.arrayBuffer());
    expect(JSON.parse(gunzipSync(gzBytes).toString('utf8'))).toEqual(document);
    expect(brBytes.length).toBeLessThan(JSON.stringify(document).length / 3);
  });

  it('small responses are left as they are', async () => {
    const res = await get('/api/health', 'br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.json()).status).toBe('ok');
  });

  it('hashed assets: the precompressed file, cached for good', async () => {
    const br = await get('/assets/a.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(SCRIPT);

    const gz = await get('/assets/a.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(SCRIPT);

    const plain = await get('/assets/a.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('index.html, served for any client route: compressed, revalidated every time, CSP kept', async () => {
    for (const path of ['/', '/w/demo/plan']) {
      const res = await get(path, 'br, gzip');
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(INDEX_HTML);
    }
  });
});
