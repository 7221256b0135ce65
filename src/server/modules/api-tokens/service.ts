import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import type { SessionUser } from '../../http/types.ts';
import { appendAudit } from '../audit/repo.ts';
import { generateTokenSecret, hashToken } from './secret.ts';

type TokenRow = typeof apiTokens.$inferSelect;
type TokenOwner = Pick<SessionUser, 'id'>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** last_used_at is written at most this often per token, so a busy script does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60 * 1000;

export function presentToken(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

const audited = (row: TokenRow) => ({
  name: row.name,
  prefix: row.prefix,
  expiresAt: row.expiresAt?.toISOString() ?? null,
});

/** The user's tokens still in force (revoked ones are gone; expired ones stay visible until revoked). */
export async function listTokens(options: { db: Db; user: TokenOwner }) {
  const rows = await options.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, options.user.id), isNull(apiTokens.revokedAt)))
    .orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
  return rows.map(presentToken);
}

export async function createToken(options: {
  db: Db;
  user: TokenOwner;
  input: { name: string; expiresInDays?: number | null };
  now?: Date;
}) {
  const { db, user, input } = options;
  const now = options.now ?? new Date();
  const secret = generateTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null;
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({
        id: randomUUID(),
        userId: user.id,
        name: input.name,
        prefix: secret.prefix,
        tokenHash: secret.hash,
        expiresAt,
        createdAt: now,
      })
      .returning();
    // Account events have no workspace: they go to the system chain, like password changes.
    await appendAudit(tx, {
      workspaceId: null,
      actorId: user.id,
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return { token: presentToken(row), secret: secret.token };
}

export async function revokeToken(options: { db: Db; user: TokenOwner; tokenId: string }) {
  const { db, user, tokenId } = options;
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!revoked) throw new AppError('not_found', `tokenId: you have no token "${tokenId}"`);
    await appendAudit(tx, {
      workspaceId: null,
      actorId: user.id,
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: revoked.id,
      before: audited(revoked),
    });
    return presentToken(revoked);
  });
}

/**
 * The user a bearer token acts for. Unknown, revoked and expired tokens are refused alike, so the
 * answer says nothing about which tokens exist.
 */
export async function userForToken(options: { db: Db; token: string; now?: Date }): Promise<SessionUser> {
  const { db, token } = options;
  const now = options.now ?? new Date();
  const [found] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .limit(1);
  const usable = found && !found.token.revokedAt && (!found.token.expiresAt || found.token.expiresAt > now);
  if (!usable) {
    throw new AppError(
      'unauthenticated',
      'Authorization: the API token is unknown, revoked or expired (create a new one in your profile)',
    );
  }
  const lastUsed = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed >= LAST_USED_RESOLUTION_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, found.token.id));
  }
  const { user } = found;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
  };
}
