import { APIError } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { invitations } from '../db/schema/index.ts';
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from './password-policy.ts';

/** Which body field carries a new password, per auth path. */
const NEW_PASSWORD_FIELD: Record<string, string> = {
  '/sign-up/email': 'password',
  '/change-password': 'newPassword',
  '/reset-password': 'newPassword',
  '/set-password': 'newPassword',
};

type Body = Record<string, unknown> | undefined;

function refuseCommonPassword(path: string, body: Body): void {
  const field = NEW_PASSWORD_FIELD[path];
  const password = field ? body?.[field] : undefined;
  if (typeof password === 'string' && isCommonPassword(password)) {
    throw new APIError('BAD_REQUEST', { code: 'PASSWORD_TOO_COMMON', message: COMMON_PASSWORD_MESSAGE });
  }
}

/**
 * Accounts come from invitations: a sign-up over HTTP must carry the id of a pending, unexpired
 * invitation (the secret in the link) issued to the same email address.
 */
async function requireInvitation(db: Db, body: Body): Promise<void> {
  const email = String(body?.email ?? '')
    .trim()
    .toLowerCase();
  const invitationId = body?.invitationId;
  const [pending] =
    typeof invitationId === 'string' && invitationId !== ''
      ? await db
          .select({ id: invitations.id })
          .from(invitations)
          .where(
            and(
              eq(invitations.id, invitationId),
              eq(sql`lower(${invitations.email})`, email),
              eq(invitations.status, 'pending'),
              gt(invitations.expiresAt, new Date()),
            ),
          )
          .limit(1)
      : [];
  if (!pending) {
    throw new APIError('FORBIDDEN', {
      code: 'INVITATION_REQUIRED',
      message: 'invitationId: sign-up needs the invitation link sent to this email address',
    });
  }
}

/** Runs before every better-auth endpoint, over HTTP and through `auth.api` alike. */
export function accountGuards(db: Db) {
  return createAuthMiddleware(async (ctx) => {
    const body = ctx.body as Body;
    refuseCommonPassword(ctx.path, body);
    // Server-side calls (CLI bootstrap, demo seeding) have no request and need no invitation.
    if (ctx.path === '/sign-up/email' && ctx.request) await requireInvitation(db, body);
    // A new password ends every other session at once: whoever knew the old one is signed out.
    if (ctx.path === '/change-password') {
      return { context: { body: { ...body, revokeOtherSessions: true } } };
    }
  });
}
