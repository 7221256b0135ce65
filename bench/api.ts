// API throughput benchmark: starts the real server (PGlite, demo data) and a bare Hono hello-world in
// child processes, then drives each with autocannon on loopback: 100 connections for 10 s per endpoint.
// Every endpoint is also given as a share of the hello-world's rate, measured in the same run.
// Usage: npm run bench:api [-- --duration 10 --connections 100 --postgres postgres://postgres@127.0.0.1:5432/postgres]
// With --postgres, the server runs on a scratch database created on that server (dropped after).
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { CLI_PATH } from '../src/cli/run-cli.ts';
import { createScratchPostgres } from '../src/server/testing/scratch-postgres.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const duration = option('duration', 10);
const connections = option('connections', 100);
const port = option('port', 8199);
const base = `http://127.0.0.1:${port}`;
const helloPort = port + 1;
const postgresIndex = args.indexOf('--postgres');
const postgresAdminUrl = postgresIndex >= 0 ? args[postgresIndex + 1] : null;

async function waitFor(child: ChildProcess, url: string) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up (${url})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

const CLOCK_TICKS = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds a child process has used so far (user + system), from /proc; null where there is none. */
function cpuSeconds(child: ChildProcess): number | null {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

function run(title: string, url: string, headers: Record<string, string> = {}) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration, headers, title }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'custodes-bench-'));
const scratch = postgresAdminUrl ? await createScratchPostgres(postgresAdminUrl, 'custodes_bench') : null;
const databaseUrl = scratch?.url;
const database = databaseUrl ? 'postgresql' : 'pglite';
const server = spawn(process.execPath, [CLI_PATH, 'serve', '--port', String(port)], {
  env: { ...process.env, CUSTODES_DATA_DIR: dataDir, CUSTODES_DEMO: '1', DATABASE_URL: databaseUrl },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
const helloScript = fileURLToPath(new URL('./hello-world.ts', import.meta.url));
const hello = spawn(process.execPath, [runTs, helloScript, String(helloPort)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitFor(server, `${base}/api/health`);
  await waitFor(hello, `http://127.0.0.1:${helloPort}/hello`);
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
  let helloRate = 0;
  let helloCpu: number | null = null;
  for (const [title, url, headers, child] of [
    ['GET /hello (bare Hono hello-world)', `http://127.0.0.1:${helloPort}/hello`, {}, hello],
    ['GET /api/health', `${base}/api/health`, {}, server],
    [
      'GET /api/workspaces/demo/members (signed in)',
      `${base}/api/workspaces/demo/members`,
      { cookie },
      server,
    ],
  ] as const) {
    const cpuBefore = cpuSeconds(child);
    const result = await run(title, url, headers);
    const cpuAfter = cpuSeconds(child);
    const requestsPerSecond = Math.round(result.requests.average);
    helloRate ||= requestsPerSecond;
    // Server CPU per request: unlike requests/s, it does not depend on what else runs on the machine.
    const cpu =
      cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) / result.requests.total) * 1e6;
    helloCpu ??= cpu;
    const row = {
      endpoint: title,
      database,
      connections,
      seconds: duration,
      requestsPerSecond,
      ratioToHelloWorldPercent: Math.round((requestsPerSecond / helloRate) * 1000) / 10,
      serverCpuMicrosecondsPerRequest: cpu === null ? null : Math.round(cpu),
      cpuRatioToHelloWorldPercent:
        cpu === null || helloCpu === null ? null : Math.round((helloCpu / cpu) * 1000) / 10,
      p50ms: result.latency.p50,
      p99ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    };
    rows.push(row);
    console.log(
      `[${database}] ${title}: ${row.requestsPerSecond} req/s (${row.ratioToHelloWorldPercent} % of hello-world), p50 ${row.p50ms} ms, p99 ${row.p99ms} ms, server CPU ${row.serverCpuMicrosecondsPerRequest} µs/request (${row.cpuRatioToHelloWorldPercent} % of hello-world's rate per CPU second) (${connections} connections, ${duration} s, non-2xx ${row.non2xx}, errors ${row.errors})`,
    );
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/api.json',
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
} finally {
  for (const child of [server, hello]) {
    if (child.exitCode !== null) continue;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
  await scratch?.drop();
}
