import { and, asc, eq } from 'drizzle-orm';
import { isRole } from '../core/access/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { Db } from '../server/db/client.ts';
import { memberships, users } from '../server/db/schema/index.ts';
import type { WorkspaceActor } from '../server/modules/workspaces/membership.ts';
import { findWorkspaceBySlug } from '../server/modules/workspaces/repo.ts';

/**
 * Who a command run with the server stopped acts as in a workspace: the member with this email, else the
 * workspace's first owner. Their role decides what they may do, and the audit log names them.
 */
export async function cliActor(db: Db, slug: string, email?: string): Promise<WorkspaceActor> {
  const workspace = await findWorkspaceBySlug(db, slug);
  if (!workspace) throw new AppError('not_found', `workspace: no workspace "${slug}"`);
  const [member] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, workspace.id),
        email ? eq(users.email, email.toLowerCase()) : eq(memberships.role, 'owner'),
      ),
    )
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!member || !isRole(member.role))
    throw new AppError(
      'not_found',
      email ? `--as: ${email} is not a member of "${slug}"` : `workspace "${slug}" has no owner`,
    );
  return { user: { id: member.id, name: member.name, email: member.email }, workspace, role: member.role };
}
