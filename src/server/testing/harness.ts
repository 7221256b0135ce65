import { randomBytes } from 'node:crypto';
import type { Role } from '../../core/access/roles.ts';
import { createApp } from '../app.ts';
import { createAuth } from '../auth/auth.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { setAuditSecret } from '../modules/audit/keys.ts';
import { addMemberDirectly, createUserAccount } from '../modules/users/service.ts';
import { createWorkspace } from '../modules/workspaces/service.ts';
import { enforceResponseContract } from './response-contract.ts';
import { createScratchPostgres } from './scratch-postgres.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
/** The server secret of every test app (sessions, audit head seals, checkpoint signatures). */
export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hmac';
const ORIGIN = 'http://localhost:3000';

/**
 * A fresh app over PGlite in memory, or over TEST_DATABASE_URL when set (shared database: every
 * factory below makes unique users and workspaces, so tests never see each other's data). With
 * `ownDatabase`, PostgreSQL gets a scratch database of its own, dropped on close: for tests that read
 * the whole database, whose time would otherwise grow with every other test's data.
 */
export async function createTestContext(options: { signInPerMinute?: number; ownDatabase?: boolean } = {}) {
  const sharedUrl = process.env.TEST_DATABASE_URL;
  const scratch =
    sharedUrl && options.ownDatabase ? await createScratchPostgres(sharedUrl, 'custodes_test') : null;
  const url = scratch?.url ?? sharedUrl;
  const database: Database = await openDatabase(url ? { url } : { memory: true });
  await database.migrate();
  setAuditSecret(TEST_SECRET);
  const auth = createAuth({
    db: database.db,
    secret: TEST_SECRET,
    baseURL: ORIGIN,
    signInPerMinute: options.signInPerMinute ?? 1000,
    quiet: true,
  });
  const app = createApp({ database, auth, version: 'test', webRoot: null, trustProxy: true });
  enforceResponseContract(app);
  const close = async () => {
    await database.close();
    await scratch?.drop();
  };
  return { app, database, auth, db: database.db, close };
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

export function uniqueSuffix(): string {
  return randomBytes(5).toString('hex');
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the app in-process; `body` may be an object (sent as JSON) or a raw string. */
export async function api<T = any>(
  ctx: TestContext,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await ctx.app.request(`${ORIGIN}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export async function signIn(ctx: TestContext, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await api(ctx, 'POST', '/api/auth/sign-in/email', { body: { email, password } });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return cookiesFrom(response.headers);
}

/** The name=value pairs a response sets, as a Cookie header for the next request. */
export function cookiesFrom(headers: Headers): string {
  return (headers.get('set-cookie') ?? '')
    .split(/,(?=\s*[\w.-]+=)/)
    .map((part) => part.split(';')[0].trim())
    .filter(Boolean)
    .join('; ');
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  cookie: string;
}

export async function newUser(ctx: TestContext, label = 'user'): Promise<TestUser> {
  const email = `${label}-${uniqueSuffix()}@example.org`;
  const user = await createUserAccount({
    db: ctx.db,
    auth: ctx.auth,
    user: { email, password: TEST_PASSWORD, name: `Test ${label}` },
  });
  return { ...user, cookie: await signIn(ctx, email) };
}

export interface TestWorkspace {
  id: string;
  slug: string;
  owner: TestUser;
}

export async function newWorkspace(ctx: TestContext): Promise<TestWorkspace> {
  const owner = await newUser(ctx, 'owner');
  const slug = `ws-${uniqueSuffix()}`;
  const workspace = await createWorkspace({
    db: ctx.db,
    ownerId: owner.id,
    actorId: owner.id,
    input: { name: `Programme ${slug}`, slug },
  });
  return { id: workspace.id, slug, owner };
}

export async function newMember(ctx: TestContext, workspace: TestWorkspace, role: Role) {
  const user = await newUser(ctx, role);
  const member = await addMemberDirectly({ db: ctx.db, userId: user.id, slug: workspace.slug, role });
  return { ...user, memberId: member.id };
}

/** A fresh context with two unrelated workspaces: `home` under test, `other` whose members must be refused. */
export async function createTwoWorkspaces() {
  const ctx = await createTestContext();
  return { ctx, home: await newWorkspace(ctx), other: await newWorkspace(ctx) };
}
