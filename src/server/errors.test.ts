import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from './testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
beforeAll(async () => {
  ctx = await createTestContext();
  home = await newWorkspace(ctx);
});
afterAll(() => ctx.close());

describe('bad input never becomes a 500', () => {
  it('malformed JSON is a 400 with the envelope', async () => {
    const res = await api(ctx, 'POST', '/api/workspaces', {
      cookie: home.owner.cookie,
      body: '{"name": "x", ',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toMatch(/JSON/i);
  });

  it('a JSON array is a 400, a wrong content type a 415, both with the envelope', async () => {
    const array = await api(ctx, 'POST', '/api/workspaces', { cookie: home.owner.cookie, body: '[1,2]' });
    expect(array.status).toBe(400);
    const text = await api(ctx, 'POST', '/api/workspaces', {
      cookie: home.owner.cookie,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('unsupported_media_type');
  });

  it('an oversize body is a 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), slug: 'big-one' });
    const res = await api(ctx, 'POST', '/api/workspaces', { cookie: home.owner.cookie, body: big });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('a query parameter of the wrong type is a 400 naming it', async () => {
    const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?limit=lots`, {
      cookie: home.owner.cookie,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^limit: /);
  });

  it('an unknown API path is a 404 with the envelope', async () => {
    const res = await api(ctx, 'GET', '/api/nothing-here', { cookie: home.owner.cookie });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('serves the OpenAPI document and the interactive reference', async () => {
    const doc = await api(ctx, 'GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/workspaces/{slug}/audit']),
    );
    const docs = await api(ctx, 'GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const init = await ctx.app.request('http://localhost:3000/api/docs/assets/init.js');
    expect(await init.text()).toContain("url: '/api/openapi.json'");
    const asset = await ctx.app.request('http://localhost:3000/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    expect((await api(ctx, 'GET', '/api/docs/assets/package.json')).status).toBe(404);
  });
});
