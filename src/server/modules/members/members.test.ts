import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestContext,
  createTwoWorkspaces,
  newMember,
  newUser,
  signIn,
  TEST_PASSWORD,
  type TestContext,
  type TestWorkspace,
  uniqueSuffix,
} from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const membersPath = () => `/api/workspaces/${home.slug}/members`;
const invitationsPath = () => `/api/workspaces/${home.slug}/invitations`;

describe('members', () => {
  it('GET: 401, 403 for another workspace, success for any member', async () => {
    expect((await api(ctx, 'GET', membersPath())).status).toBe(401);
    expect((await api(ctx, 'GET', membersPath(), { cookie: other.owner.cookie })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    const res = await api(ctx, 'GET', membersPath(), { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body.members.map((m: { email: string }) => m.email)).toEqual(
      expect.arrayContaining([home.owner.email, viewer.email]),
    );
  });

  it('PATCH role: 403 for editors and for another workspace, 400 for an unknown role, success audited', async () => {
    const target = await newMember(ctx, home, 'viewer');
    const path = `${membersPath()}/${target.memberId}`;
    expect((await api(ctx, 'PATCH', path, { body: { role: 'editor' } })).status).toBe(401);
    expect(
      (await api(ctx, 'PATCH', path, { cookie: other.owner.cookie, body: { role: 'editor' } })).status,
    ).toBe(403);
    const editor = await newMember(ctx, home, 'editor');
    expect((await api(ctx, 'PATCH', path, { cookie: editor.cookie, body: { role: 'admin' } })).status).toBe(
      403,
    );
    const bad = await api(ctx, 'PATCH', path, { cookie: home.owner.cookie, body: { role: 'dictator' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^role: /);
    const ok = await api(ctx, 'PATCH', path, { cookie: home.owner.cookie, body: { role: 'assessor' } });
    expect(ok.status).toBe(200);
    expect(ok.body.member).toMatchObject({ id: target.memberId, role: 'assessor', email: target.email });
    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?action=member.role_change`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries[0]).toMatchObject({
      entityId: target.memberId,
      changes: { role: { before: 'viewer', after: 'assessor' } },
    });
  });

  it('an admin cannot create owners; the last owner cannot be demoted or removed', async () => {
    const admin = await newMember(ctx, home, 'admin');
    const target = await newMember(ctx, home, 'viewer');
    const res = await api(ctx, 'PATCH', `${membersPath()}/${target.memberId}`, {
      cookie: admin.cookie,
      body: { role: 'owner' },
    });
    expect(res.status).toBe(403);
    const members = await api(ctx, 'GET', membersPath(), { cookie: home.owner.cookie });
    const ownerMember = members.body.members.find((m: { email: string }) => m.email === home.owner.email);
    const demote = await api(ctx, 'PATCH', `${membersPath()}/${ownerMember.id}`, {
      cookie: home.owner.cookie,
      body: { role: 'admin' },
    });
    expect(demote.status).toBe(409);
    const remove = await api(ctx, 'DELETE', `${membersPath()}/${ownerMember.id}`, {
      cookie: home.owner.cookie,
    });
    expect(remove.status).toBe(409);
    expect(remove.body.error.message).toMatch(/at least one owner/);
  });

  it('an owner does not remove or demote themselves while other owners remain; another owner can', async () => {
    const first = await newMember(ctx, home, 'owner');
    const second = await newMember(ctx, home, 'owner');
    const selfDemote = await api(ctx, 'PATCH', `${membersPath()}/${first.memberId}`, {
      cookie: first.cookie,
      body: { role: 'admin' },
    });
    expect(selfDemote.status).toBe(409);
    expect(selfDemote.body.error.message).toBe(
      'role: you cannot give up your own owner role: another owner must do this',
    );
    const selfRemove = await api(ctx, 'DELETE', `${membersPath()}/${first.memberId}`, {
      cookie: first.cookie,
    });
    expect(selfRemove.status).toBe(409);
    expect(selfRemove.body.error.message).toBe(
      'you cannot remove yourself as owner: another owner must do this',
    );
    // Keeping one's own owner role is no demotion.
    expect(
      (
        await api(ctx, 'PATCH', `${membersPath()}/${first.memberId}`, {
          cookie: first.cookie,
          body: { role: 'owner' },
        })
      ).status,
    ).toBe(200);

    const demoted = await api(ctx, 'PATCH', `${membersPath()}/${first.memberId}`, {
      cookie: second.cookie,
      body: { role: 'admin' },
    });
    expect(demoted.status).toBe(200);
    expect(demoted.body.member.role).toBe('admin');
    expect(
      (await api(ctx, 'DELETE', `${membersPath()}/${first.memberId}`, { cookie: second.cookie })).status,
    ).toBe(204);
  });

  it('DELETE: 404 for a member of another workspace, success removes access', async () => {
    const outsider = await newMember(ctx, other, 'viewer');
    expect(
      (await api(ctx, 'DELETE', `${membersPath()}/${outsider.memberId}`, { cookie: home.owner.cookie }))
        .status,
    ).toBe(404);
    const leaving = await newMember(ctx, home, 'donor');
    const res = await api(ctx, 'DELETE', `${membersPath()}/${leaving.memberId}`, {
      cookie: home.owner.cookie,
    });
    expect(res.status).toBe(204);
    expect((await api(ctx, 'GET', `/api/workspaces/${home.slug}`, { cookie: leaving.cookie })).status).toBe(
      403,
    );
  });
});

describe('invitations', () => {
  it('POST: 401, 403 for a donor and another workspace, 400 for a bad email, 409 for an existing member', async () => {
    const body = { email: 'someone@example.org', role: 'editor' };
    expect((await api(ctx, 'POST', invitationsPath(), { body })).status).toBe(401);
    expect((await api(ctx, 'POST', invitationsPath(), { cookie: other.owner.cookie, body })).status).toBe(
      403,
    );
    const donor = await newMember(ctx, home, 'donor');
    expect((await api(ctx, 'POST', invitationsPath(), { cookie: donor.cookie, body })).status).toBe(403);
    const bad = await api(ctx, 'POST', invitationsPath(), {
      cookie: home.owner.cookie,
      body: { email: 'not-an-email', role: 'editor' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^email: /);
    const dup = await api(ctx, 'POST', invitationsPath(), {
      cookie: home.owner.cookie,
      body: { email: donor.email, role: 'editor' },
    });
    expect(dup.status).toBe(409);
  });

  it('the whole flow: invite, see it publicly, sign up with it, accept, become a member', async () => {
    const email = `invitee-${uniqueSuffix()}@example.org`;
    const created = await api(ctx, 'POST', invitationsPath(), {
      cookie: home.owner.cookie,
      body: { email, role: 'oversight' },
    });
    expect(created.status).toBe(201);
    const invitation = created.body.invitation;
    expect(invitation).toMatchObject({
      email,
      role: 'oversight',
      status: 'pending',
      link: `/invite/${invitation.id}`,
    });
    expect(invitation.id.length).toBeGreaterThanOrEqual(32);

    const listed = await api(ctx, 'GET', invitationsPath(), { cookie: home.owner.cookie });
    expect(listed.body.invitations.map((i: { id: string }) => i.id)).toContain(invitation.id);

    const pub = await api(ctx, 'GET', `/api/invitations/${invitation.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.invitation).toMatchObject({
      email,
      role: 'oversight',
      status: 'pending',
      workspace: { slug: home.slug },
    });

    // The address alone is not enough: whoever signs up first must hold the link's id.
    const squatter = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { email, password: 'squatter-password-9', name: 'Squatter' },
    });
    expect(squatter.status).toBe(403);
    expect(squatter.body.code).toBe('INVITATION_REQUIRED');
    const wrongId = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { email, password: 'squatter-password-9', name: 'Squatter', invitationId: 'guessed' },
    });
    expect(wrongId.status).toBe(403);
    const signUp = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { email, password: TEST_PASSWORD, name: 'Invited MP', invitationId: invitation.id },
    });
    expect(signUp.status).toBe(200);
    const cookie = await signIn(ctx, email);
    expect((await api(ctx, 'POST', `/api/invitations/${invitation.id}/accept`)).status).toBe(401);
    const accepted = await api(ctx, 'POST', `/api/invitations/${invitation.id}/accept`, { cookie });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({
      workspace: { slug: home.slug, name: expect.any(String) },
      role: 'oversight',
    });
    const me = await api(ctx, 'GET', `/api/workspaces/${home.slug}`, { cookie });
    expect(me.body.role).toBe('oversight');
    const again = await api(ctx, 'POST', `/api/invitations/${invitation.id}/accept`, { cookie });
    expect(again.status).toBe(409);
  });

  it('refuses an invitation accepted by a different account', async () => {
    const created = await api(ctx, 'POST', invitationsPath(), {
      cookie: home.owner.cookie,
      body: { email: `right-${uniqueSuffix()}@example.org`, role: 'viewer' },
    });
    const wrong = await newUser(ctx, 'wrong');
    const res = await api(ctx, 'POST', `/api/invitations/${created.body.invitation.id}/accept`, {
      cookie: wrong.cookie,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/this invitation is for right-/);
  });

  it("an invitation's id does not open sign-up for another address", async () => {
    const created = await api(ctx, 'POST', invitationsPath(), {
      cookie: home.owner.cookie,
      body: { email: `invited-${uniqueSuffix()}@example.org`, role: 'viewer' },
    });
    const res = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: {
        email: `other-${uniqueSuffix()}@example.org`,
        password: TEST_PASSWORD,
        name: 'Other',
        invitationId: created.body.invitation.id,
      },
    });
    expect(res.status).toBe(403);
  });

  it('sign-up without an invitation is refused', async () => {
    const res = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { email: `stranger-${uniqueSuffix()}@example.org`, password: TEST_PASSWORD, name: 'Stranger' },
    });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).toMatch(/invitation/);
  });

  it('DELETE cancels; a cancelled link can no longer be accepted; 404 from another workspace', async () => {
    const email = `cancel-${uniqueSuffix()}@example.org`;
    const created = await api(ctx, 'POST', invitationsPath(), {
      cookie: home.owner.cookie,
      body: { email, role: 'viewer' },
    });
    const id = created.body.invitation.id;
    expect(
      (
        await api(ctx, 'DELETE', `/api/workspaces/${other.slug}/invitations/${id}`, {
          cookie: other.owner.cookie,
        })
      ).status,
    ).toBe(404);
    expect(
      (await api(ctx, 'DELETE', `${invitationsPath()}/${id}`, { cookie: home.owner.cookie })).status,
    ).toBe(204);
    expect(
      (await api(ctx, 'DELETE', `${invitationsPath()}/${id}`, { cookie: home.owner.cookie })).status,
    ).toBe(409);
    expect((await api(ctx, 'GET', `/api/invitations/${id}`)).body.invitation.status).toBe('canceled');
    const signUp = await api(ctx, 'POST', '/api/auth/sign-up/email', {
      body: { email, password: TEST_PASSWORD, name: 'Late', invitationId: id },
    });
    expect(signUp.status).toBe(403);
  });

  it('GET /api/invitations/:id: 404 for an unknown link, and rate-limited per address', async () => {
    expect((await api(ctx, 'GET', '/api/invitations/nope')).status).toBe(404);
    const limited = await createTestContext();
    try {
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      const statuses = [];
      for (let i = 0; i < 62; i++)
        statuses.push((await api(limited, 'GET', '/api/invitations/nope', { headers })).status);
      expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      expect(
        (
          await api(limited, 'GET', '/api/invitations/nope', {
            headers: { 'x-forwarded-for': '203.0.113.10' },
          })
        ).status,
      ).toBe(404);
    } finally {
      await limited.close();
    }
  });
});
