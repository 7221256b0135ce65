import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Role, roleChangeRefusal } from '../../../core/access/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { invitations, memberships, users } from '../../db/schema/index.ts';
import type { SessionUser } from '../../http/types.ts';
import { appendAudit } from '../audit/repo.ts';
import { retireRecipientOnLeave } from '../integrity/channel-service.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import * as repo from './repo.ts';

export const INVITATION_DAYS = 14;

type MemberRow = Awaited<ReturnType<typeof repo.listMembers>>[number];
type InvitationRow = typeof invitations.$inferSelect;

export function presentMember(row: MemberRow) {
  return { ...row, role: row.role as Role, createdAt: row.createdAt.toISOString() };
}

export function invitationLink(id: string): string {
  return `/invite/${id}`;
}

/** An invitation whose time ran out reads as expired, whatever its stored status. */
function effectiveStatus(invitation: InvitationRow): string {
  return invitation.status === 'pending' && invitation.expiresAt < new Date() ? 'expired' : invitation.status;
}

export function presentInvitation(invitation: InvitationRow, inviterName: string) {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role as Role,
    status: effectiveStatus(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
    inviterName,
    link: invitationLink(invitation.id),
  };
}

export async function listWorkspaceMembers(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'member:read');
  return (await repo.listMembers(options.db, options.actor.workspace.id)).map(presentMember);
}

async function loadMember(db: Db, actor: WorkspaceActor, memberId: string) {
  const member = await repo.findMember(db, actor.workspace.id, memberId);
  if (!member) throw new AppError('not_found', `no member "${memberId}" in this workspace`);
  return member;
}

/** Refuses a change that would leave the workspace without an owner (`owners`: counted, locked). */
function ensureAnotherOwner(owners: number, member: { role: string }) {
  if (member.role === 'owner' && owners <= 1) {
    throw new AppError('conflict', 'a workspace needs at least one owner: make someone else owner first');
  }
}

/**
 * An owner never removes or demotes themselves, even when other owners remain: one slip would
 * lock the secretariat lead out, so another owner makes that change.
 */
function ensureNotOwnSeat(actor: WorkspaceActor, member: { userId: string; role: string }, what: string) {
  if (member.role === 'owner' && member.userId === actor.user.id) {
    throw new AppError('conflict', `${what}: another owner must do this`);
  }
}

export async function changeMemberRole(options: {
  db: Db;
  actor: WorkspaceActor;
  memberId: string;
  role: Role;
  expectedVersion?: number;
}) {
  const { db, actor, role } = options;
  authorize(actor, 'member:manage');
  await db.transaction(async (tx) => {
    // owners first, then the member: every membership change locks in the same order
    const owners = await repo.countOwners(tx, actor.workspace.id);
    const member = await loadMember(tx, actor, options.memberId);
    checkVersion(member.rowVersion, options.expectedVersion);
    const refusal = roleChangeRefusal(actor.role, member.role as Role, role);
    if (refusal) throw new AppError('forbidden', refusal);
    if (role !== 'owner') {
      ensureAnotherOwner(owners, member);
      ensureNotOwnSeat(actor, member, 'role: you cannot give up your own owner role');
    }
    await tx
      .update(memberships)
      .set({ role, rowVersion: nextVersion(memberships.rowVersion) })
      .where(eq(memberships.id, member.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'member.role_change',
      entityType: 'member',
      entityId: member.id,
      before: { userId: member.userId, role: member.role },
      after: { userId: member.userId, role },
    });
  });
  const updated = (await repo.listMembers(db, actor.workspace.id)).find((row) => row.id === options.memberId);
  if (!updated) throw new AppError('not_found', 'the member was removed meanwhile');
  return presentMember(updated);
}

export async function removeMember(options: { db: Db; actor: WorkspaceActor; memberId: string }) {
  const { db, actor } = options;
  authorize(actor, 'member:manage');
  await db.transaction(async (tx) => {
    const owners = await repo.countOwners(tx, actor.workspace.id);
    const member = await loadMember(tx, actor, options.memberId);
    const refusal = roleChangeRefusal(actor.role, member.role as Role, member.role as Role);
    if (refusal) throw new AppError('forbidden', refusal);
    ensureAnotherOwner(owners, member);
    ensureNotOwnSeat(actor, member, 'you cannot remove yourself as owner');
    await tx.delete(memberships).where(eq(memberships.id, member.id));
    await retireRecipientOnLeave(tx, actor, member.userId);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'member.remove',
      entityType: 'member',
      entityId: member.id,
      before: { userId: member.userId, role: member.role },
    });
  });
}

export async function listWorkspaceInvitations(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'invitation:manage');
  const rows = await repo.listInvitations(options.db, options.actor.workspace.id);
  return rows.map((row) => presentInvitation(row.invitation, row.inviterName));
}

export async function inviteMember(options: { db: Db; actor: WorkspaceActor; email: string; role: Role }) {
  const { db, actor, role } = options;
  const email = options.email.toLowerCase();
  authorize(actor, 'invitation:manage');
  const refusal = roleChangeRefusal(actor.role, null, role);
  if (refusal) throw new AppError('forbidden', refusal);
  const [existingUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existingUser && (await repo.findMembershipOfUser(db, actor.workspace.id, existingUser.id))) {
    throw new AppError('conflict', `email: ${email} is already a member of this workspace`);
  }
  const invitation = await db.transaction(async (tx) => {
    // A new invitation replaces any pending one for the same address.
    await tx
      .update(invitations)
      .set({ status: 'canceled' })
      .where(
        and(
          eq(invitations.organizationId, actor.workspace.id),
          eq(invitations.email, email),
          eq(invitations.status, 'pending'),
        ),
      );
    const [created] = await tx
      .insert(invitations)
      .values({
        id: randomBytes(24).toString('base64url'),
        organizationId: actor.workspace.id,
        email,
        role,
        status: 'pending',
        inviterId: actor.user.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: created.id,
      after: { email, role, expiresAt: created.expiresAt },
    });
    return created;
  });
  return presentInvitation(invitation, actor.user.name);
}

export async function cancelInvitation(options: { db: Db; actor: WorkspaceActor; invitationId: string }) {
  const { db, actor } = options;
  authorize(actor, 'invitation:manage');
  const found = await repo.findInvitation(db, options.invitationId);
  if (!found || found.invitation.organizationId !== actor.workspace.id) {
    throw new AppError('not_found', `no invitation "${options.invitationId}" in this workspace`);
  }
  if (found.invitation.status !== 'pending') {
    throw new AppError('conflict', `the invitation is already ${found.invitation.status}`);
  }
  await db.transaction(async (tx) => {
    await tx.update(invitations).set({ status: 'canceled' }).where(eq(invitations.id, found.invitation.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'invitation.cancel',
      entityType: 'invitation',
      entityId: found.invitation.id,
      before: { status: 'pending' },
      after: { status: 'canceled' },
    });
  });
}

/** What the invitation page shows before sign-in: the workspace, the address and the role. */
export async function describeInvitation(db: Db, invitationId: string) {
  const found = await repo.findInvitation(db, invitationId);
  if (!found) throw new AppError('not_found', 'this invitation link is not valid');
  const { invitation, workspace } = found;
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role as Role,
    status: effectiveStatus(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
    workspace: { slug: workspace.slug, name: workspace.name },
  };
}

export async function acceptInvitation(options: { db: Db; user: SessionUser; invitationId: string }) {
  const { db, user } = options;
  const found = await repo.findInvitation(db, options.invitationId);
  if (!found) throw new AppError('not_found', 'this invitation link is not valid');
  const { invitation, workspace } = found;
  const status = effectiveStatus(invitation);
  if (status !== 'pending') throw new AppError('conflict', `this invitation is ${status}`);
  if (invitation.email !== user.email.toLowerCase()) {
    throw new AppError('forbidden', `this invitation is for ${invitation.email}: sign in with that address`);
  }
  if (await repo.findMembershipOfUser(db, workspace.id, user.id)) {
    throw new AppError('conflict', 'you are already a member of this workspace');
  }
  const memberId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.update(invitations).set({ status: 'accepted' }).where(eq(invitations.id, invitation.id));
    await tx
      .insert(memberships)
      .values({ id: memberId, organizationId: workspace.id, userId: user.id, role: invitation.role });
    const base = { workspaceId: workspace.id, actorId: user.id };
    await appendAudit(tx, {
      ...base,
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: invitation.id,
      before: { status: 'pending' },
      after: { status: 'accepted' },
    });
    await appendAudit(tx, {
      ...base,
      action: 'member.add',
      entityType: 'member',
      entityId: memberId,
      after: { userId: user.id, role: invitation.role },
    });
  });
  return { workspace: { slug: workspace.slug, name: workspace.name }, role: invitation.role as Role };
}
