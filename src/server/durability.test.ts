import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from '../cli/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'custodes-durability-'));
const dataDir = join(scratch, 'data');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [CLI_PATH, 'serve', '--port', String(port)], {
    env: { ...process.env, CUSTODES_DATA_DIR: dataDir, DATABASE_URL: undefined, CUSTODES_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return { child, output: () => output };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start: ${output}`);
}

async function signInDemo(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base.replace('127.0.0.1', 'localhost') },
    body: JSON.stringify({ email: 'admin@demo.custodes.org', password: 'custodes-demo' }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

describe('server durability', () => {
  it('seeds the demo, keeps acknowledged writes through kill -9, and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await startServer(port);
    expect(first.output()).toMatch(/Sign in as admin@demo\.custodes\.org \/ custodes-demo/);

    const cookie = await signInDemo(base);
    const created = await fetch(`${base}/api/workspaces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: base.replace('127.0.0.1', 'localhost') },
      body: JSON.stringify({ name: 'Acknowledged before the crash', slug: 'crash-test' }),
    });
    expect(created.status).toBe(201);

    // While the server holds the embedded database, the CLI must not open it.
    const blocked = await runCli(['workspaces', 'list'], { CUSTODES_DATA_DIR: dataDir });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/in use by process \d+/);

    const killed = exited(first.child);
    first.child.kill('SIGKILL');
    await killed;

    const second = await startServer(port);
    expect(second.output()).not.toMatch(/Demo workspace/);
    const cookie2 = await signInDemo(base);
    const list = await (await fetch(`${base}/api/workspaces`, { headers: { cookie: cookie2 } })).json();
    expect(list.workspaces.map((w: { slug: string }) => w.slug).sort()).toEqual(['crash-test', 'demo']);
    const verdict = await (
      await fetch(`${base}/api/workspaces/crash-test/audit/verify`, { headers: { cookie: cookie2 } })
    ).json();
    expect(verdict).toMatchObject({ ok: true, checked: 2 });

    const stopped = exited(second.child);
    second.child.kill('SIGTERM');
    expect(await stopped).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'custodes.lock'))).toBe(false);
  }, 180_000);
});
