import { eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';

/** The one server-level role: whoever holds it may create workspaces. */
export const SERVER_ADMIN = 'admin';
export type ServerRole = typeof SERVER_ADMIN | null;

export async function serverRoleOf(db: Db, userId: string): Promise<ServerRole> {
  const [row] = await db.select({ serverRole: users.serverRole }).from(users).where(eq(users.id, userId));
  return row?.serverRole === SERVER_ADMIN ? SERVER_ADMIN : null;
}

export async function requireServerAdmin(db: Db, userId: string): Promise<void> {
  if ((await serverRoleOf(db, userId)) !== SERVER_ADMIN) {
    throw new AppError(
      'forbidden',
      'only a server administrator can create workspaces (custodes users grant-admin --email …)',
    );
  }
}

/** Makes an existing account a server administrator (CLI bootstrap and demo), in the system audit chain. */
export async function grantServerAdmin(options: { db: Db; email: string; actorId?: string | null }) {
  const email = options.email.trim().toLowerCase();
  return options.db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, serverRole: users.serverRole })
      .from(users)
      .where(eq(users.email, email))
      .for('update');
    if (!user) throw new AppError('not_found', `email: no account for ${email}`);
    if (user.serverRole === SERVER_ADMIN) return { id: user.id, changed: false };
    await tx.update(users).set({ serverRole: SERVER_ADMIN }).where(eq(users.id, user.id));
    await appendAudit(tx, {
      workspaceId: null,
      actorId: options.actorId ?? null,
      action: 'user.server_role',
      entityType: 'user',
      entityId: user.id,
      before: { serverRole: user.serverRole },
      after: { serverRole: SERVER_ADMIN },
    });
    return { id: user.id, changed: true };
  });
}
