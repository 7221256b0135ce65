import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { invitations, memberships, users, workspaces } from '../../db/schema/index.ts';

export async function listMembers(db: Db, workspaceId: string) {
  return db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      createdAt: memberships.createdAt,
      version: memberships.rowVersion,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, workspaceId))
    .orderBy(asc(users.name));
}

/** A membership of the workspace, locked until the caller's transaction ends. */
export async function findMember(db: Db, workspaceId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, memberId), eq(memberships.organizationId, workspaceId)))
    .for('update');
  return row ?? null;
}

/**
 * The owners of the workspace, their rows locked: two owners demoting each other at once are
 * counted one after the other, so the workspace never ends up without an owner.
 */
export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, workspaceId), eq(memberships.role, 'owner')))
    .for('update');
  return rows.length;
}

export async function listInvitations(db: Db, workspaceId: string) {
  return db
    .select({ invitation: invitations, inviterName: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .where(eq(invitations.organizationId, workspaceId))
    .orderBy(desc(invitations.createdAt));
}

export async function findInvitation(db: Db, invitationId: string) {
  const [row] = await db
    .select({ invitation: invitations, workspace: workspaces })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.organizationId))
    .where(eq(invitations.id, invitationId));
  return row ?? null;
}

export async function findMembershipOfUser(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, workspaceId), eq(memberships.userId, userId)));
  return row ?? null;
}
