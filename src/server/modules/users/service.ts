import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '../../../core/access/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Auth } from '../../auth/auth.ts';
import { passwordProblem } from '../../auth/password-policy.ts';
import type { Db } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { findMembershipOfUser } from '../members/repo.ts';
import { findWorkspaceBySlug } from '../workspaces/repo.ts';
import { grantServerAdmin } from './server-role.ts';

export interface NewUser {
  email: string;
  password: string;
  name: string;
}

/**
 * Creates an account outside the invitation flow (the CLI bootstrap and the demo).
 */
export async function createUserAccount(options: {
  db: Db;
  auth: Auth;
  user: NewUser;
  actorId?: string | null;
  /** Also allow this account to create workspaces. */
  serverAdmin?: boolean;
}) {
  const { db, auth } = options;
  const email = options.user.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AppError('bad_request', `email: "${email}" is not an email address`);
  const weakness = passwordProblem(options.user.password);
  if (weakness) throw new AppError('bad_request', weakness);
  if (!options.user.name.trim()) throw new AppError('bad_request', 'name: is required');
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) throw new AppError('conflict', `email: an account for ${email} already exists`);
  // better-auth hashes the password; its user hook writes the `user.create` audit entry.
  const result = await auth.api.signUpEmail({
    body: { email, password: options.user.password, name: options.user.name.trim() },
  });
  const userId = result.user.id;
  if (options.serverAdmin) await grantServerAdmin({ db, email, actorId: options.actorId ?? null });
  return { id: userId, email, name: options.user.name.trim() };
}

/** Adds an existing user to a workspace with a role (CLI bootstrap and demo seeding). */
export async function addMemberDirectly(options: {
  db: Db;
  userId: string;
  slug: string;
  role: Role;
  actorId?: string | null;
}) {
  const { db } = options;
  const workspace = await findWorkspaceBySlug(db, options.slug);
  if (!workspace) throw new AppError('not_found', `workspace: no workspace "${options.slug}"`);
  if (await findMembershipOfUser(db, workspace.id, options.userId)) {
    throw new AppError('conflict', `the user is already a member of "${options.slug}"`);
  }
  const member = {
    id: randomUUID(),
    organizationId: workspace.id,
    userId: options.userId,
    role: options.role,
  };
  await db.transaction(async (tx) => {
    await tx.insert(memberships).values(member);
    await appendAudit(tx, {
      workspaceId: workspace.id,
      actorId: options.actorId ?? null,
      action: 'member.add',
      entityType: 'member',
      entityId: member.id,
      after: { userId: member.userId, role: member.role },
    });
  });
  return member;
}
