import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAccessControl, organization, twoFactor } from 'better-auth/plugins';
import { ROLES } from '../../core/access/roles.ts';
import type { Db } from '../db/client.ts';
import {
  accounts,
  invitations,
  memberships,
  sessions,
  twoFactors,
  users,
  verifications,
  workspaces,
} from '../db/schema/index.ts';
import { type AuditEvent, appendAudit } from '../modules/audit/repo.ts';
import { accountGuards } from './account-guards.ts';
import { MIN_PASSWORD_LENGTH } from './password-policy.ts';

export interface AuthConfig {
  db: Db;
  secret: string;
  baseURL: string;
  /** Extra origins allowed to call the auth endpoints (a Vite dev server, say). */
  trustedOrigins?: string[];
  /** Sign-in attempts per minute and client address. */
  signInPerMinute?: number;
  /** Log only errors (tests, CLI). */
  quiet?: boolean;
}

/** Header our own HTTP layer sets from the socket address (or a trusted proxy); clients cannot set it. */
export const CLIENT_IP_HEADER = 'x-custodes-client-ip';

export { MIN_PASSWORD_LENGTH };

/** Workspace roles, declared to the organization plugin; what each role may do is `core/access`. */
function organizationRoles() {
  const ac = createAccessControl({ workspace: ['read'] });
  const roles = Object.fromEntries(ROLES.map((role) => [role, ac.newRole({ workspace: ['read'] })]));
  return { ac, roles };
}

export function createAuth(config: AuthConfig) {
  const { db } = config;
  // Account events have no workspace: they go to the system chain of the audit log.
  const auditAccount = (event: Omit<AuditEvent, 'workspaceId' | 'entityType'>) =>
    db.transaction((tx) => appendAudit(tx, { ...event, workspaceId: null, entityType: 'user' }));
  const signInLimit = { window: 60, max: config.signInPerMinute ?? 10 };
  return betterAuth({
    appName: 'Custodes',
    secret: config.secret,
    baseURL: config.baseURL,
    basePath: '/api/auth',
    logger: { level: config.quiet ? 'error' : 'warn' },
    trustedOrigins: config.trustedOrigins,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        organization: workspaces,
        member: memberships,
        invitation: invitations,
        twoFactor: twoFactors,
      },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: true },
    // No signed cookie cache: every request reads the session row, so signing out, a password
    // change or a revoked session takes effect on the very next request.
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: false },
    },
    // Kept in memory on purpose: the keys hold client addresses, which are never written to disk.
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': signInLimit,
        '/sign-up/email': signInLimit,
        '/two-factor/verify-totp': signInLimit,
        '/two-factor/verify-backup-code': signInLimit,
      },
    },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            await auditAccount({
              actorId: null,
              action: 'user.create',
              entityId: user.id,
              after: { email: user.email, name: user.name },
            });
          },
        },
        update: {
          after: async (user) => {
            await auditAccount({
              actorId: user.id,
              action: 'user.update',
              entityId: user.id,
              after: { email: user.email, name: user.name, twoFactorEnabled: Boolean(user.twoFactorEnabled) },
            });
          },
        },
      },
      account: {
        update: {
          after: async (account, ctx) => {
            if (!ctx?.path?.includes('password')) return;
            await auditAccount({
              actorId: account.userId,
              action: 'user.password_change',
              entityId: account.userId,
            });
          },
        },
      },
    },
    plugins: [twoFactor({ issuer: 'Custodes' }), organization(organizationRoles())],
    hooks: { before: accountGuards(db) },
  });
}

export type Auth = ReturnType<typeof createAuth>;
