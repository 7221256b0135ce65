import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { users } from '../server/db/schema/index.ts';
import { createToken } from '../server/modules/api-tokens/service.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';
import { cliSucceeding, seedKasora } from './cli-fixtures.ts';
import { runCli } from './run-cli.ts';

// The same data read directly and through a running server (which holds the embedded database's lock).
const scratch = mkdtempSync(join(tmpdir(), 'custodes-cli-server-'));
const dataDir = join(scratch, 'data');
const env = { CUSTODES_DATA_DIR: dataDir, CUSTODES_SERVER: undefined, CUSTODES_TOKEN: undefined };
const ok = cliSucceeding(env);
const commands = [
  ['workspaces', 'list', '--json'],
  ['workspaces', 'list'],
  ['audit', 'verify', '--workspace', 'kasora'],
  ['frameworks', 'list', '--workspace', 'kasora', '--json'],
];
const direct: string[] = [];
let runtime: Runtime;
let server: ServerType;
let url: string;
let token: string;

beforeAll(async () => {
  await seedKasora(ok);
  for (const args of commands) direct.push(await ok(args));
  runtime = await openRuntime(readConfig({ CUSTODES_DATA_DIR: dataDir }));
  const app = createApp({ ...runtime, webRoot: null });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const db = runtime.database.db;
  const [chair] = await db.select().from(users).where(eq(users.email, 'chair@example.org'));
  token = (await createToken({ db, user: chair, input: { name: 'cli test' } })).secret;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await runtime?.database.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('custodes through a running server', () => {
  it('prints the same output as with the database opened directly', async () => {
    expect(JSON.parse(direct[0])).toEqual([expect.objectContaining({ slug: 'kasora', members: 2 })]);
    for (const [i, args] of commands.entries()) {
      expect(await ok([...args, '--server', url, '--token', token]), args.join(' ')).toBe(direct[i]);
    }
  });

  it('reads the server and token from CUSTODES_SERVER and CUSTODES_TOKEN, and writes through the API', async () => {
    const viaEnv = { ...env, CUSTODES_SERVER: url, CUSTODES_TOKEN: token };
    const created = await ok(
      ['workspaces', 'create', '--name', 'Lakeside pilot', '--slug', 'lakeside'],
      viaEnv,
    );
    expect(created).toBe('Created workspace "lakeside" owned by chair@example.org.\n');
    const list = JSON.parse(await ok(['workspaces', 'list', '--json'], viaEnv));
    expect(list.map((w: { slug: string; members: number }) => [w.slug, w.members])).toEqual([
      ['kasora', 2],
      ['lakeside', 1],
    ]);
    const someoneElse = await runCli(
      ['workspaces', 'create', '--name', 'Other', '--slug', 'other', '--owner', 'focal@example.org'],
      viaEnv,
    );
    expect(someoneElse.code).toBe(1);
    expect(someoneElse.stderr).toMatch(/owner: through the server the token's user \(chair@example.org\)/);
  });

  it('prints a refused token as one line with the server’s message, and exits 1', async () => {
    const result = await runCli(['workspaces', 'list', '--server', url, '--token', 'cst_wrong'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: Authorization: the API token is unknown, revoked or expired (create a new one in your profile)\n',
    );
    const unreachable = await runCli(
      ['workspaces', 'list', '--server', 'http://127.0.0.1:9', '--token', token],
      env,
    );
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^error: cannot reach the server at http:\/\/127\.0\.0\.1:9 \(/);
  });

  it('names the real options when the database is locked, and refuses --server where there is no API', async () => {
    const locked = await runCli(['workspaces', 'list'], env);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/is in use by process \d+/);
    expect(locked.stderr).toMatch(/--server URL --token TOKEN \(or CUSTODES_SERVER and CUSTODES_TOKEN/);
    const backup = await runCli(
      ['backup', '--out', join(scratch, 'b.sql'), '--server', url, '--token', token],
      env,
    );
    expect(backup.code).toBe(1);
    expect(backup.stderr).toBe(
      'error: backup cannot go through the server (--server given): it opens the database directly, so stop the server and run it without --server\n',
    );
    const noToken = await runCli(['audit', 'verify', '--server', url], env);
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/--server needs --token \(or CUSTODES_TOKEN\)/);
  });
});
