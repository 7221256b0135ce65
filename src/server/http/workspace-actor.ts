import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors/app-error.ts';
import type { Auth } from '../auth/auth.ts';
import { sessionLookup, toSessionUser } from '../auth/session-lookup.ts';
import type { Db } from '../db/client.ts';
import {
  actorFrom,
  resolveActor,
  sessionActorRow,
  type WorkspaceActor,
} from '../modules/workspaces/membership.ts';
import type { AppEnv, AppVariables } from './types.ts';

/**
 * For every /api/workspaces/:slug route, before validation and the handler: who asks (401), whether
 * the workspace exists (404) and whether they are a member (403). A signed-in browser is answered in
 * one query (session, user, workspace and role together); an API token, or a session that
 * better-auth must refresh or delete, goes through `currentUser` and then the membership query.
 * Nothing is cached between requests, so a sign-out, a revoked session or token, a removed member
 * or a changed role counts from the very next request.
 */
export function workspaceActorResolver(auth: Auth, db: Db): MiddlewareHandler<AppEnv> {
  const sessions = sessionLookup(auth, db);
  return async (c, next) => {
    const slug = c.req.param('slug') ?? '';
    const headers = c.req.raw.headers;
    let actor: WorkspaceActor | null = null;
    if (c.var.credential === 'session') {
      const token = await sessions.tokenOf(headers);
      const row = token ? await sessionActorRow(db, token, slug) : null;
      if (!row) throw new AppError('unauthenticated', 'sign in first');
      if (await sessions.readOnly(row.expiresAt, headers)) {
        const user = toSessionUser(row.user);
        c.set('currentUser', async () => user);
        actor = actorFrom(user, slug, row.workspace, row.role);
      }
    }
    c.set('workspaceActor', actor ?? (await resolveActor(db, await c.var.currentUser(), slug)));
    await next();
  };
}

/** The actor resolved by `workspaceActorResolver`; only for routes under /api/workspaces/:slug. */
export function workspaceActor(c: { var: Pick<AppVariables, 'workspaceActor'> }): WorkspaceActor {
  const actor = c.var.workspaceActor;
  if (!actor) throw new Error('workspaceActor: this route is not under /api/workspaces/:slug');
  return actor;
}
