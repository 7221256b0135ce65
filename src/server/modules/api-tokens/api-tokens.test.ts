import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  TEST_PASSWORD,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { verifyAuditChain } from '../audit/service.ts';
import { hashToken, TOKEN_PREFIX } from './secret.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

async function createToken(cookie: string, body: object = { name: 'laptop' }) {
  const res = await api(ctx, 'POST', '/api/me/tokens', { cookie, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { token: { id: string; prefix: string }; secret: string };
}

describe('POST /api/me/tokens', () => {
  it('401 when not signed in', async () => {
    const res = await api(ctx, 'POST', '/api/me/tokens', { body: { name: 'x' } });
    expect(res.status).toBe(401);
  });

  it('400 naming the field for a missing name or a bad expiry', async () => {
    const cookie = home.owner.cookie;
    const noName = await api(ctx, 'POST', '/api/me/tokens', { cookie, body: { name: '  ' } });
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch(/^name: is required/);
    const badDays = await api(ctx, 'POST', '/api/me/tokens', {
      cookie,
      body: { name: 'x', expiresInDays: 0 },
    });
    expect(badDays.status).toBe(400);
    expect(badDays.body.error.message).toMatch(/^expiresInDays: must be at least 1 day/);
  });

  it('returns the secret once, stores only its hash, and audits the creation', async () => {
    const created = await createToken(home.owner.cookie, { name: 'CI job', expiresInDays: 30 });
    expect(created.secret.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(Buffer.from(created.secret.slice(TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
    expect(created.secret.startsWith(created.token.prefix)).toBe(true);
    const [row] = await ctx.db.select().from(apiTokens).where(eq(apiTokens.id, created.token.id));
    expect(row.tokenHash).toBe(hashToken(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const expiresAt = row.expiresAt as Date;
    const days = (expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 5);

    const list = await api(ctx, 'GET', '/api/me/tokens', { cookie: home.owner.cookie });
    expect(list.status).toBe(200);
    const listed = list.body.tokens.find((t: { id: string }) => t.id === created.token.id);
    expect(listed).toEqual({
      id: created.token.id,
      name: 'CI job',
      prefix: created.token.prefix,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: null,
      expiresAt: expiresAt.toISOString(),
    });
    expect(JSON.stringify(list.body)).not.toContain(created.secret);

    const events = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, 'system'), eq(auditLog.entityId, created.token.id)));
    expect(events.map((e) => [e.action, e.actorId])).toEqual([['api_token.create', home.owner.id]]);
    expect((await verifyAuditChain(ctx.db, 'system')).ok).toBe(true);
  });

  it('lists only the caller’s own tokens', async () => {
    const mine = await createToken(other.owner.cookie, { name: 'other owner' });
    const list = await api(ctx, 'GET', '/api/me/tokens', { cookie: home.owner.cookie });
    expect(list.body.tokens.map((t: { id: string }) => t.id)).not.toContain(mine.token.id);
  });
});

describe('Authorization: Bearer', () => {
  it('acts as the token’s user: reads their workspace, 403 on another, and records the use', async () => {
    const { secret, token } = await createToken(home.owner.cookie);
    const mine = await api(ctx, 'GET', `/api/workspaces/${home.slug}`, bearer(secret));
    expect(mine.status).toBe(200);
    expect(mine.body.role).toBe('owner');
    const me = await api(ctx, 'GET', '/api/me', bearer(secret));
    expect(me.body.user.email).toBe(home.owner.email);
    const theirs = await api(ctx, 'GET', `/api/workspaces/${other.slug}`, bearer(secret));
    expect(theirs.status).toBe(403);
    const list = await api(ctx, 'GET', '/api/me/tokens', { cookie: home.owner.cookie });
    const used = list.body.tokens.find((t: { id: string }) => t.id === token.id);
    expect(used.lastUsedAt).not.toBeNull();
  });

  it('401 for an unknown token, even next to a valid session cookie', async () => {
    const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}`, {
      cookie: home.owner.cookie,
      headers: { authorization: `Bearer ${TOKEN_PREFIX}not-a-real-token` },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/API token is unknown, revoked or expired/);
  });

  it('401 once the token has expired', async () => {
    const { secret, token } = await createToken(home.owner.cookie, { name: 'short', expiresInDays: 1 });
    expect((await api(ctx, 'GET', '/api/workspaces', bearer(secret))).status).toBe(200);
    await ctx.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, token.id));
    expect((await api(ctx, 'GET', '/api/workspaces', bearer(secret))).status).toBe(401);
  });

  it('cannot create or revoke tokens, nor change the password', async () => {
    const { secret, token } = await createToken(home.owner.cookie);
    const create = await api(ctx, 'POST', '/api/me/tokens', { ...bearer(secret), body: { name: 'more' } });
    expect(create.status).toBe(403);
    expect(create.body.error.message).toMatch(/an API token cannot create API tokens: sign in/);
    const revoke = await api(ctx, 'DELETE', `/api/me/tokens/${token.id}`, bearer(secret));
    expect(revoke.status).toBe(403);
    expect(revoke.body.error.message).toMatch(/cannot revoke API tokens/);
    const password = await api(ctx, 'POST', '/api/auth/change-password', {
      ...bearer(secret),
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(password.status).toBe(403);
    expect(password.body.error.message).toMatch(/cannot sign in or change a password/);
    expect((await api(ctx, 'GET', '/api/workspaces', bearer(secret))).status).toBe(200);
  });
});

describe('DELETE /api/me/tokens/{tokenId}', () => {
  it('401 when not signed in', async () => {
    expect((await api(ctx, 'DELETE', '/api/me/tokens/anything')).status).toBe(401);
  });

  it('404 for another user’s token, which keeps working', async () => {
    const theirs = await createToken(other.owner.cookie);
    const res = await api(ctx, 'DELETE', `/api/me/tokens/${theirs.token.id}`, {
      cookie: home.owner.cookie,
    });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/^tokenId: /);
    expect((await api(ctx, 'GET', '/api/workspaces', bearer(theirs.secret))).status).toBe(200);
  });

  it('revokes at once: the token gets 401, leaves the list, and the revocation is audited', async () => {
    const { secret, token } = await createToken(home.owner.cookie);
    expect((await api(ctx, 'GET', '/api/workspaces', bearer(secret))).status).toBe(200);
    const res = await api(ctx, 'DELETE', `/api/me/tokens/${token.id}`, { cookie: home.owner.cookie });
    expect(res.status).toBe(200);
    expect(res.body.token.id).toBe(token.id);
    expect((await api(ctx, 'GET', '/api/workspaces', bearer(secret))).status).toBe(401);
    const list = await api(ctx, 'GET', '/api/me/tokens', { cookie: home.owner.cookie });
    expect(list.body.tokens.map((t: { id: string }) => t.id)).not.toContain(token.id);
    const again = await api(ctx, 'DELETE', `/api/me/tokens/${token.id}`, { cookie: home.owner.cookie });
    expect(again.status).toBe(404);
    const events = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.chain, 'system'), eq(auditLog.entityId, token.id)))
      .orderBy(asc(auditLog.seq));
    expect(events.map((e) => e.action)).toEqual(['api_token.create', 'api_token.revoke']);
  });
});
