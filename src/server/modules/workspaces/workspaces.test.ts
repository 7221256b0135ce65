import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  newUser,
  type TestContext,
  type TestWorkspace,
  uniqueSuffix,
} from '../../testing/harness.ts';
import { grantServerAdmin } from '../users/server-role.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

describe('GET /api/health', () => {
  it('reports the database kind and version without signing in', async () => {
    const res = await api(ctx, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      version: 'test',
    });
  });
});

describe('GET /api/me', () => {
  it('401 when not signed in', async () => {
    expect((await api(ctx, 'GET', '/api/me')).status).toBe(401);
  });
  it('lists the user and their workspaces only', async () => {
    const res = await api(ctx, 'GET', '/api/me', { cookie: home.owner.cookie });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(home.owner.email);
    expect(res.body.workspaces).toEqual([
      { id: home.id, slug: home.slug, name: `Programme ${home.slug}`, role: 'owner' },
    ]);
    expect(res.body.user.serverRole).toBeNull();
  });
  it('says when the user is a server administrator', async () => {
    const admin = await newUser(ctx, 'admin');
    await grantServerAdmin({ db: ctx.db, email: admin.email });
    const res = await api(ctx, 'GET', '/api/me', { cookie: admin.cookie });
    expect(res.body.user.serverRole).toBe('admin');
  });
});

async function newServerAdmin() {
  const admin = await newUser(ctx, 'server-admin');
  await grantServerAdmin({ db: ctx.db, email: admin.email });
  return admin;
}

describe('POST /api/workspaces', () => {
  it('401 when not signed in', async () => {
    expect(
      (await api(ctx, 'POST', '/api/workspaces', { body: { name: 'X programme', slug: 'x-prog' } })).status,
    ).toBe(401);
  });
  it('400 names the bad field', async () => {
    const res = await api(ctx, 'POST', '/api/workspaces', {
      cookie: home.owner.cookie,
      body: { name: 'Fine name', slug: 'Not A Slug' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toMatch(/^slug: /);
  });
  it('400 for wrong types and unknown fields', async () => {
    const wrongType = await api(ctx, 'POST', '/api/workspaces', {
      cookie: home.owner.cookie,
      body: { name: 42, slug: 'abc' },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/^name: /);
    const extra = await api(ctx, 'POST', '/api/workspaces', {
      cookie: home.owner.cookie,
      body: { name: 'Fine', slug: 'fine-one', owner: 'me' },
    });
    expect(extra.status).toBe(400);
  });
  it('403 for a signed-in user who is not a server administrator, and nothing is created', async () => {
    const slug = `refused-${uniqueSuffix()}`;
    const res = await api(ctx, 'POST', '/api/workspaces', {
      cookie: home.owner.cookie,
      body: { name: 'Not allowed', slug },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/server administrator/);
    const lookup = await api(ctx, 'GET', `/api/workspaces/${slug}`, { cookie: home.owner.cookie });
    expect(lookup.status).toBe(404);
  });
  it('creates a workspace whose creator (a server administrator) is owner, and audits it', async () => {
    const user = await newServerAdmin();
    const slug = `new-${uniqueSuffix()}`;
    const res = await api(ctx, 'POST', '/api/workspaces', {
      cookie: user.cookie,
      body: { name: 'Kasora police reform', slug, country: 'Kasora', defaultLanguage: 'fr' },
    });
    expect(res.status).toBe(201);
    expect(res.body.workspace).toMatchObject({
      slug,
      name: 'Kasora police reform',
      country: 'Kasora',
      defaultLanguage: 'fr',
    });
    const detail = await api(ctx, 'GET', `/api/workspaces/${slug}`, { cookie: user.cookie });
    expect(detail.body.role).toBe('owner');
    expect(detail.body.workspace.memberCount).toBe(1);
    const audit = await api(ctx, 'GET', `/api/workspaces/${slug}/audit`, { cookie: user.cookie });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'member.add',
      'workspace.create',
    ]);
  });
  it('409 when the slug is taken', async () => {
    const admin = await newServerAdmin();
    const res = await api(ctx, 'POST', '/api/workspaces', {
      cookie: admin.cookie,
      body: { name: 'Copy', slug: other.slug },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^slug: /);
  });
});

describe('GET /api/workspaces and /api/workspaces/:slug', () => {
  it('401 when not signed in', async () => {
    expect((await api(ctx, 'GET', '/api/workspaces')).status).toBe(401);
    expect((await api(ctx, 'GET', `/api/workspaces/${home.slug}`)).status).toBe(401);
  });
  it('403 for a member of another workspace, 404 for no workspace', async () => {
    expect(
      (await api(ctx, 'GET', `/api/workspaces/${home.slug}`, { cookie: other.owner.cookie })).status,
    ).toBe(403);
    expect(
      (await api(ctx, 'GET', '/api/workspaces/no-such-place', { cookie: other.owner.cookie })).status,
    ).toBe(404);
  });
  it('returns the role and its permissions', async () => {
    const donor = await newMember(ctx, home, 'donor');
    const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}`, { cookie: donor.cookie });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('donor');
    expect(res.body.permissions).toContain('workspace:read');
    expect(res.body.permissions).not.toContain('member:manage');
    const list = await api(ctx, 'GET', '/api/workspaces', { cookie: donor.cookie });
    expect(list.body.workspaces.map((w: { slug: string }) => w.slug)).toEqual([home.slug]);
  });
});

describe('PATCH /api/workspaces/:slug', () => {
  it('401, 403 (other workspace), 403 (role), 400, then success with an audit entry of the changes', async () => {
    const path = `/api/workspaces/${home.slug}`;
    expect((await api(ctx, 'PATCH', path, { body: { name: 'New name' } })).status).toBe(401);
    expect(
      (await api(ctx, 'PATCH', path, { cookie: other.owner.cookie, body: { name: 'New name' } })).status,
    ).toBe(403);
    const editor = await newMember(ctx, home, 'editor');
    const denied = await api(ctx, 'PATCH', path, { cookie: editor.cookie, body: { name: 'New name' } });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/workspace:update/);
    const bad = await api(ctx, 'PATCH', path, { cookie: home.owner.cookie, body: { defaultLanguage: 'de' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^defaultLanguage: /);
    const ok = await api(ctx, 'PATCH', path, {
      cookie: home.owner.cookie,
      body: { name: 'Renamed programme', defaultLanguage: 'ar' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.workspace).toMatchObject({ name: 'Renamed programme', defaultLanguage: 'ar' });
    const audit = await api(ctx, 'GET', `${path}/audit?action=workspace.update`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries[0].changes).toEqual({
      name: { before: `Programme ${home.slug}`, after: 'Renamed programme' },
      defaultLanguage: { before: 'en', after: 'ar' },
    });
  });
});
