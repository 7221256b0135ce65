import { and, eq, sql } from 'drizzle-orm';
import { can, isRole, type Permission, type Role } from '../../../core/access/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { memberships, sessions, users, workspaces } from '../../db/schema/index.ts';
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
export function actorFrom(
  user: SessionUser,
  slug: string,
  workspace: WorkspaceRow | null,
  role: string | null,
): WorkspaceActor {
  if (!workspace) throw new AppError('not_found', `no workspace "${slug}"`);
  if (!role || !isRole(role)) throw new AppError('forbidden', `you are not a member of workspace "${slug}"`);
  return { user, workspace, role };
}

/** The workspace and the user's role in it, in one query. */
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
  return actorFrom(signedIn, slug, row?.workspace ?? null, row?.role ?? null);
}

function prepareSessionActor(db: Db) {
  return db
    .select({
      expiresAt: sessions.expiresAt,
      user: { id: users.id, name: users.name, email: users.email, twoFactorEnabled: users.twoFactorEnabled },
      workspace: workspaces,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(workspaces, eq(workspaces.slug, sql.placeholder('slug')))
    .leftJoin(
      memberships,
      and(eq(memberships.organizationId, workspaces.id), eq(memberships.userId, users.id)),
    )
    .where(eq(sessions.token, sql.placeholder('token')))
    .limit(1)
    .prepare('session_actor');
}
/** Built once per database: this query runs before every workspace request. */
const sessionActorQueries = new WeakMap<Db, ReturnType<typeof prepareSessionActor>>();

/**
 * A session (by its token), its user, the workspace named by `slug` and the user's role there, in
 * one query: what a signed-in request to a workspace route needs before its handler runs. Null when
 * the session does not exist; `workspace` and `role` are null when missing.
 */
export async function sessionActorRow(db: Db, token: string, slug: string) {
  let query = sessionActorQueries.get(db);
  if (!query) {
    query = prepareSessionActor(db);
    sessionActorQueries.set(db, query);
  }
  const [row] = await query.execute({ token, slug });
  return row ?? null;
}

export function authorize(actor: WorkspaceActor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError('forbidden', `the ${actor.role} role cannot do this (needs ${permission})`);
  }
}
