import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Auth } from '../auth/auth.ts';
import type { Database } from '../db/client.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
}

export interface AppVariables {
  /** The signed-in user, looked up on first use only (public routes never touch the session store). */
  currentUser: () => Promise<SessionUser | null>;
  /** How the request proves who it is: the session cookie, or a personal API token (Bearer). */
  credential: 'session' | 'token';
  /** On /api/workspaces/:slug routes: the caller, the workspace and their role, resolved before the handler. */
  workspaceActor?: WorkspaceActor;
}

export interface AppEnv {
  Variables: AppVariables;
}

export interface AppDeps {
  database: Database;
  auth: Auth;
  version: string;
}

export type ApiRouter = OpenAPIHono<AppEnv>;
