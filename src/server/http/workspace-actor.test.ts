import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema/index.ts';
import {
  api,
  createTestContext,
  newMember,
  newUser,
  newWorkspace,
  signIn,
  type TestContext,
  type TestWorkspace,
} from '../testing/harness.ts';

/**
 * The workspace middleware reads the session, the workspace and the role on every request, with no
 * cache: whatever ends a session or changes a membership counts from the very next request.
 */
let ctx: TestContext;
let workspace: TestWorkspace;
beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
});
afterAll(() => ctx.close());

const membersOf = (slug: string, cookie?: string) =>
  api(ctx, 'GET', `/api/workspaces/${slug}/members`, cookie ? { cookie } : {});
const addNote = (cookie: string) =>
  api(ctx, 'POST', `/api/workspaces/${workspace.slug}/oversight-notes`, {
    cookie,
    body: { title: 'A note', body: 'Written by a member' },
  });
const tokenOf = (cookie: string) => decodeURIComponent(/session_token=([^.;]+)\./.exec(cookie)?.[1] ?? '');
const expiryOf = async (cookie: string) => {
  const [row] = await ctx.db
    .select({ expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.token, tokenOf(cookie)));
  return row?.expiresAt ?? null;
};

describe('who may use a workspace route', () => {
  it('401 without a session, and for a cookie whose signature does not match its token', async () => {
    const anonymous = await membersOf(workspace.slug);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toBe('sign in first');
    const forged = workspace.owner.cookie.replace(
      /session_token=([^.;])/,
      (_all, first: string) => `session_token=${first === 'a' ? 'b' : 'a'}`,
    );
    expect(forged).not.toBe(workspace.owner.cookie);
    expect((await membersOf(workspace.slug, forged)).status).toBe(401);
    expect((await membersOf(workspace.slug, workspace.owner.cookie)).status).toBe(200);
  });

  it('404 naming an unknown workspace, 403 for a signed-in non-member', async () => {
    const unknown = await membersOf('no-such-workspace', workspace.owner.cookie);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('no workspace "no-such-workspace"');
    const outsider = await newUser(ctx, 'outsider');
    const refused = await membersOf(workspace.slug, outsider.cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(`you are not a member of workspace "${workspace.slug}"`);
  });
});

describe('ending a session counts on the next request', () => {
  it('sign-out', async () => {
    const member = await newMember(ctx, workspace, 'viewer');
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(200);
    expect((await api(ctx, 'POST', '/api/auth/sign-out', { cookie: member.cookie, body: {} })).status).toBe(
      200,
    );
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(401);
  });

  it('revoking the other sessions, then all of them', async () => {
    const member = await newMember(ctx, workspace, 'viewer');
    const laptop = await signIn(ctx, member.email);
    expect((await membersOf(workspace.slug, laptop)).status).toBe(200);
    const others = await api(ctx, 'POST', '/api/auth/revoke-other-sessions', {
      cookie: member.cookie,
      body: {},
    });
    expect(others.status).toBe(200);
    expect((await membersOf(workspace.slug, laptop)).status).toBe(401);
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(200);
    const all = await api(ctx, 'POST', '/api/auth/revoke-sessions', { cookie: member.cookie, body: {} });
    expect(all.status).toBe(200);
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(401);
  });

  it('an expired session is refused and deleted', async () => {
    const member = await newMember(ctx, workspace, 'viewer');
    await ctx.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(sessions.token, tokenOf(member.cookie)));
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(401);
    expect(await expiryOf(member.cookie)).toBeNull();
  });

  it('a session due for its sliding refresh is served and extended, as better-auth does', async () => {
    const member = await newMember(ctx, workspace, 'viewer');
    await ctx.db
      .update(sessions)
      .set({ expiresAt: sql`now() + interval '2 days'` })
      .where(eq(sessions.token, tokenOf(member.cookie)));
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(200);
    const extended = await expiryOf(member.cookie);
    expect(extended?.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
  });
});

describe('membership changes count on the next request', () => {
  it('a member demoted to viewer can no longer write; given the role back, can again', async () => {
    const member = await newMember(ctx, workspace, 'oversight');
    expect((await addNote(member.cookie)).status).toBe(201);
    const demote = await api(ctx, 'PATCH', `/api/workspaces/${workspace.slug}/members/${member.memberId}`, {
      cookie: workspace.owner.cookie,
      body: { role: 'viewer' },
    });
    expect(demote.status).toBe(200);
    expect((await addNote(member.cookie)).status).toBe(403);
    const promote = await api(ctx, 'PATCH', `/api/workspaces/${workspace.slug}/members/${member.memberId}`, {
      cookie: workspace.owner.cookie,
      body: { role: 'oversight' },
    });
    expect(promote.status).toBe(200);
    expect((await addNote(member.cookie)).status).toBe(201);
  });

  it('a removed member is refused at once', async () => {
    const member = await newMember(ctx, workspace, 'viewer');
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(200);
    const removed = await api(ctx, 'DELETE', `/api/workspaces/${workspace.slug}/members/${member.memberId}`, {
      cookie: workspace.owner.cookie,
    });
    expect(removed.status).toBe(204);
    expect((await membersOf(workspace.slug, member.cookie)).status).toBe(403);
  });
});
