import { and, eq } from 'drizzle-orm';
import { can, isRole, type Permission, type Role } from '../../../core/access/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { memberships, workspaces } from '../../db/schema/index.ts';
import type { SessionUser } from '../../http/types.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;

/** Who is acting, in which workspace, with which role: what every workspace service receives. */
export interface WorkspaceActor {
  user: Pick<SessionUser, 'id' | 'name' | 'email'>;
  workspace: WorkspaceRow;
  role: Role;
}

export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError('unauthenticated', 'sign in first');
  return user;
}

/** 404 when the workspace does not exist, 403 when the user is not one of its members. */
export async function resolveActor(db: Db, user: SessionUser | null, slug: string): Promise<WorkspaceActor> {
  const signedIn = requireUser(user);
  const [row] = await db
    .select({ workspace: workspaces, role: memberships.role })
    .from(workspaces)
    .leftJoin(
      memberships,
      and(eq(memberships.organizationId, workspaces.id), eq(memberships.userId, signedIn.id)),
    )
    .where(eq(workspaces.slug, slug))
    .limit(1);
  if (!row) throw new AppError('not_found', `no workspace "${slug}"`);
  if (!row.role || !isRole(row.role))
    throw new AppError('forbidden', `you are not a member of workspace "${slug}"`);
  return { user: signedIn, workspace: row.workspace, role: row.role };
}

export function authorize(actor: WorkspaceActor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError('forbidden', `the ${actor.role} role cannot do this (needs ${permission})`);
  }
}
