import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAccount } from '../modules/users/service.ts';
import {
  api,
  cookiesFrom,
  createTestContext,
  newMember,
  newUser,
  newWorkspace,
  signIn,
  TEST_PASSWORD,
  type TestContext,
  uniqueSuffix,
} from '../testing/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const me = (cookie: string) => api(ctx, 'GET', '/api/me', { cookie });

describe('sessions end at once', () => {
  it('sign-out: the very next request with the old cookie is a 401', async () => {
    const user = await newUser(ctx, 'leaving');
    expect((await me(user.cookie)).status).toBe(200);
    const out = await api(ctx, 'POST', '/api/auth/sign-out', { cookie: user.cookie, body: {} });
    expect(out.status).toBe(200);
    expect((await me(user.cookie)).status).toBe(401);
  });

  it('a password change signs out every other session and keeps the one that changed it', async () => {
    const user = await newUser(ctx, 'rotating');
    const laptop = await signIn(ctx, user.email);
    const change = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a-fresh-and-unlisted-pass' },
    });
    expect(change.status).toBe(200);
    expect((await me(laptop)).status).toBe(401);
    expect((await me(user.cookie)).status).toBe(401);
    const renewed = cookiesFrom(change.headers);
    expect((await me(renewed)).status).toBe(200);
  });

  it('asking not to revoke other sessions on a password change is overruled', async () => {
    const user = await newUser(ctx, 'stubborn');
    const phone = await signIn(ctx, user.email);
    const change = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: {
        currentPassword: TEST_PASSWORD,
        newPassword: 'another-fresh-unlisted-pass',
        revokeOtherSessions: false,
      },
    });
    expect(change.status).toBe(200);
    expect((await me(phone)).status).toBe(401);
  });

  it('a removed member loses read and write access on the next request', async () => {
    const workspace = await newWorkspace(ctx);
    const member = await newMember(ctx, workspace, 'editor');
    const notePath = `/api/workspaces/${workspace.slug}/oversight-notes`;
    const removed = await api(ctx, 'DELETE', `/api/workspaces/${workspace.slug}/members/${member.memberId}`, {
      cookie: workspace.owner.cookie,
    });
    expect(removed.status).toBe(204);
    expect(
      (await api(ctx, 'GET', `/api/workspaces/${workspace.slug}`, { cookie: member.cookie })).status,
    ).toBe(403);
    const write = await api(ctx, 'POST', notePath, {
      cookie: member.cookie,
      body: { title: 'After removal', body: 'Should not land' },
    });
    expect(write.status).toBe(403);
  });
});

describe('passwords from breach lists are refused', () => {
  it('on a password change, with a clear message, and the old password still works', async () => {
    const user = await newUser(ctx, 'weak');
    const res = await api(ctx, 'POST', '/api/auth/change-password', {
      cookie: user.cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'Password123' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PASSWORD_TOO_COMMON');
    expect(res.body.message).toMatch(/^password: .*common or breached/);
    expect(await signIn(ctx, user.email)).not.toBe('');
  });

  it('on sign-up with a valid invitation link; the same link then works with a better password', async () => {
    const workspace = await newWorkspace(ctx);
    const email = `newcomer-${uniqueSuffix()}@example.org`;
    const invited = await api(ctx, 'POST', `/api/workspaces/${workspace.slug}/invitations`, {
      cookie: workspace.owner.cookie,
      body: { email, role: 'viewer' },
    });
    const body = { email, name: 'Newcomer', invitationId: invited.body.invitation.id };
    const weak = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { ...body, password: 'Qwertyuiop' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('PASSWORD_TOO_COMMON');
    const good = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { ...body, password: TEST_PASSWORD },
    });
    expect(good.status).toBe(200);
  });

  it('for accounts made outside invitations (command line, demo)', async () => {
    await expect(
      createUserAccount({
        db: ctx.db,
        auth: ctx.auth,
        user: { email: `cli-${uniqueSuffix()}@example.org`, password: 'password1234', name: 'Script' },
      }),
    ).rejects.toThrow(/^password: .*common or breached/);
  });
});
