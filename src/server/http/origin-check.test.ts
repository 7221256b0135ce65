import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTwoWorkspaces, type TestContext, type TestWorkspace } from '../testing/harness.ts';
import { allowedOrigins } from './origin-check.ts';

let ctx: TestContext;
let home: TestWorkspace;
beforeAll(async () => {
  ({ ctx, home } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const notesPath = () => `/api/workspaces/${home.slug}/oversight-notes`;
const note = { title: 'Hearing', body: 'Minutes' };
const refused = { error: { code: 'forbidden', message: 'cross-site request refused', details: {} } };

describe('cross-site writes', () => {
  it('a cookie-carrying write from another origin is refused and lands nothing', async () => {
    const evil = await api(ctx, 'POST', notesPath(), {
      cookie: home.owner.cookie,
      body: { ...note, title: 'Forged' },
      headers: { origin: 'http://evil.example' },
    });
    expect(evil.status).toBe(403);
    expect(evil.body).toEqual(refused);
    const list = await api(ctx, 'GET', notesPath(), { cookie: home.owner.cookie });
    expect(JSON.stringify(list.body)).not.toContain('Forged');
  });

  it('without Origin the Referer decides; with neither the write is refused', async () => {
    const viaReferer = await api(ctx, 'POST', notesPath(), {
      cookie: home.owner.cookie,
      body: note,
      headers: { origin: '', referer: 'http://localhost:3000/w/x/notes' },
    });
    expect(viaReferer.status).toBe(201);
    const badReferer = await api(ctx, 'DELETE', `/api/workspaces/${home.slug}/members/x`, {
      cookie: home.owner.cookie,
      headers: { origin: '', referer: 'http://localhost:3000.evil.example/' },
    });
    expect(badReferer.status).toBe(403);
    expect(badReferer.body).toEqual(refused);
    const neither = await api(ctx, 'PATCH', `/api/workspaces/${home.slug}`, {
      cookie: home.owner.cookie,
      body: { name: 'Hijacked' },
      headers: { origin: '' },
    });
    expect(neither.body).toEqual(refused);
  });

  it('multipart uploads and sign-out are checked too', async () => {
    const upload = await api(ctx, 'POST', `/api/workspaces/${home.slug}/actors/import`, {
      cookie: home.owner.cookie,
      body: '--x--',
      headers: { origin: 'http://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(upload.body).toEqual(refused);
    const signOut = await api(ctx, 'POST', '/api/auth/sign-out', {
      cookie: home.owner.cookie,
      body: {},
      headers: { origin: 'http://localhost:5173' },
    });
    expect(signOut.status).toBe(403);
  });

  it('reads are not affected, and a request without cookies is left to authentication', async () => {
    const read = await api(ctx, 'GET', notesPath(), {
      cookie: home.owner.cookie,
      headers: { origin: 'http://evil.example' },
    });
    expect(read.status).toBe(200);
    const anonymous = await api(ctx, 'POST', notesPath(), {
      body: note,
      headers: { origin: 'http://evil.example' },
    });
    expect(anonymous.status).toBe(401);
  });

  it('a Bearer token request is exempt: it carries no ambient credential', async () => {
    const created = await api(ctx, 'POST', '/api/me/tokens', {
      cookie: home.owner.cookie,
      body: { name: 'script' },
    });
    expect(created.status).toBe(201);
    const res = await api(ctx, 'POST', notesPath(), {
      body: note,
      headers: { authorization: `Bearer ${created.body.secret}`, origin: 'http://evil.example' },
    });
    expect(res.status).toBe(201);
  });
});

describe('allowedOrigins', () => {
  it('keeps the origin of each URL, dropping paths and anything unparsable', () => {
    expect([
      ...allowedOrigins('https://custodes.example/base/', ['http://localhost:5173', 'nonsense']),
    ]).toEqual(['https://custodes.example', 'http://localhost:5173']);
  });
});
