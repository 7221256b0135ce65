// API throughput benchmark: starts the real server (PGlite, demo data) in a child process, then
// drives it with autocannon on loopback: 100 connections for 10 s per endpoint.
// Usage: npm run bench:api [-- --duration 10 --connections 100 --postgres postgres://postgres@127.0.0.1:5432/postgres]
// With --postgres, the server runs on a scratch database created on that server (dropped after).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { CLI_PATH } from '../src/cli/run-cli.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const duration = option('duration', 10);
const connections = option('connections', 100);
const port = option('port', 8199);
const base = `http://127.0.0.1:${port}`;
const postgresIndex = args.indexOf('--postgres');
const postgresAdminUrl = postgresIndex >= 0 ? args[postgresIndex + 1] : null;

async function waitForHealth(child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('server exited during start-up');
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

function run(title: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: `${base}${path}`, connections, duration, headers, title }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'custodes-bench-'));
const scratchDb = `custodes_bench_${Date.now()}`;
let databaseUrl: string | undefined;
if (postgresAdminUrl) {
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratchDb}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${scratchDb}`;
  databaseUrl = url.toString();
}
const database = databaseUrl ? 'postgresql' : 'pglite';
const server = spawn(process.execPath, [CLI_PATH, 'serve', '--port', String(port)], {
  env: { ...process.env, CUSTODES_DATA_DIR: dataDir, CUSTODES_DEMO: '1', DATABASE_URL: databaseUrl },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForHealth(server);
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://localhost:${port}` },
    body: JSON.stringify({ email: 'admin@demo.custodes.org', password: 'custodes-demo' }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

  const rows = [];
  for (const [title, path, headers] of [
    ['GET /api/health', '/api/health', {}],
    ['GET /api/workspaces/demo/members (signed in)', '/api/workspaces/demo/members', { cookie }],
  ] as const) {
    const result = await run(title, path, headers);
    const row = {
      endpoint: title,
      database,
      connections,
      seconds: duration,
      requestsPerSecond: Math.round(result.requests.average),
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    };
    rows.push(row);
    console.log(
      `[${database}] ${title}: ${row.requestsPerSecond} req/s, p50 ${row.p50ms} ms, p99 ${row.p99ms} ms (${connections} connections, ${duration} s, non-2xx ${row.non2xx}, errors ${row.errors})`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/api.json',
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  if (postgresAdminUrl) {
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${scratchDb} WITH (FORCE)`);
    await admin.end();
  }
}
