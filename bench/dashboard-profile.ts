// Profiles GET /dashboards/{id} (the six-chart dashboard of bench:indicators), for work on its speed:
//   node bin/run-ts.js bench/dashboard-profile.ts [--months 8] [--runs 50] [--keep DIR] [--postgres [URL]]
// Builds a PGlite database (or a scratch PostgreSQL one) with the bench metadata, imports the generated values
// (importDataValues, which refreshes the analytics), then times the dashboard through the HTTP
// handler, the service alone (dashboardDetail), and its parts. With `--keep DIR` (PGlite) the database
// is kept in DIR and reused by the next run with the same DIR, which skips the load.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/server/app.ts';
import { createAuth } from '../src/server/auth/auth.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { setAuditSecret } from '../src/server/modules/audit/keys.ts';
import { dashboardDetail } from '../src/server/modules/monitoring/dashboards-service.ts';
import { loadMonitoringMetadata } from '../src/server/modules/monitoring/metadata-repo.ts';
import { resolveActor } from '../src/server/modules/workspaces/membership.ts';
import { hasFlag, millis, option, postgresOption, timed } from './bench-options.ts';
import { benchMetadata, writeValuesCsv } from './indicators-generate.ts';
import { timeDashboard, timeImport } from './indicators-product.ts';
import {
  type BenchContext,
  type BenchIds,
  callApi,
  createBenchMetadata,
  openBench,
  openScratchPostgres,
} from './indicators-setup.ts';

const months = Number(option('months', '8'));
const runs = Number(option('runs', '50'));
const keep = option('keep', '');
const postgresUrl = postgresOption();

const SECRET = 'bench-secret-that-is-long-enough-for-hmac';
const ORIGIN = 'http://localhost:3000';

interface Saved {
  slug: string;
  cookie: string;
  workspaceId: string;
  userId: string;
  dashboardId: string | null;
  ids: { orgUnit: [string, string][]; dataElement: [string, string][]; category: string };
}

const dataDir = keep || mkdtempSync(join(tmpdir(), 'custodes-dashboard-profile-'));
const savedFile = join(dataDir, 'profile.json');
const reuse = !postgresUrl && keep !== '' && existsSync(savedFile);
const scratch = postgresUrl ? await openScratchPostgres(postgresUrl) : null;
const database = scratch?.database ?? (await openDatabase({ dataDir: join(dataDir, 'pglite') }));
try {
  let ctx: BenchContext;
  let ids: BenchIds;
  let dashboardId: string | null = null;
  if (reuse) {
    const saved = JSON.parse(readFileSync(savedFile, 'utf8')) as Saved;
    await database.migrate();
    setAuditSecret(SECRET);
    const auth = createAuth({ db: database.db, secret: SECRET, baseURL: ORIGIN, quiet: true });
    const app = createApp({ database, auth, version: 'bench', webRoot: null, trustProxy: true });
    const actor = await resolveActor(
      database.db,
      { id: saved.userId, emailVerified: true } as never,
      saved.slug,
    );
    ctx = {
      database,
      db: database.db,
      app,
      cookie: saved.cookie,
      actor,
      workspace: { id: saved.workspaceId, slug: saved.slug },
    };
    ids = {
      orgUnit: new Map(saved.ids.orgUnit),
      dataElement: new Map(saved.ids.dataElement),
      category: saved.ids.category,
    };
    dashboardId = saved.dashboardId;
    console.log(`reusing ${dataDir}`);
  } else {
    ctx = await openBench(database, 'dashboard-profile');
    const meta = benchMetadata({ months });
    ids = await createBenchMetadata(ctx, meta);
    const file = join(dataDir, 'values.csv');
    await writeValuesCsv(file, meta, 42);
    const imported = await timeImport(ctx, new Uint8Array(readFileSync(file)));
    rmSync(file);
    console.log(
      `imported ${imported.summary} in ${millis(imported.ms)}, refresh: ${imported.refresh.rowCount.toLocaleString('en')} rows in ${millis(imported.refresh.durationMs)}`,
    );
  }
  if (!dashboardId) {
    const first = await timeDashboard(ctx, ids, {
      runs,
      warmups: 3,
      refreshed: { rowCount: 0, valueCount: 0, durationMs: 0, refreshedAt: new Date() },
    });
    dashboardId = first.dashboardId;
    console.log(
      `timeDashboard (bench): p50 ${millis(first.p50)}, p95 ${millis(first.p95)}, ${first.bytes} bytes`,
    );
  }
  if (keep && !postgresUrl) {
    const saved: Saved = {
      slug: ctx.workspace.slug,
      cookie: ctx.cookie,
      workspaceId: ctx.workspace.id,
      userId: ctx.actor.user.id,
      dashboardId,
      ids: { orgUnit: [...ids.orgUnit], dataElement: [...ids.dataElement], category: ids.category },
    };
    writeFileSync(savedFile, JSON.stringify(saved));
  }
  const id = dashboardId;
  if (hasFlag('loop')) {
    // only GETs, for `node --cpu-prof bin/run-ts.js bench/dashboard-profile.ts --keep DIR --loop`
    await timed('GET /dashboards/{id} (HTTP, br) loop', runs, async () => {
      await callApi(ctx, 'GET', `/dashboards/${id}`);
    });
    process.exitCode = 0;
  } else await profile(ctx, id);
} finally {
  if (scratch) await scratch.drop();
  else await database.close();
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
}

async function profile(ctx: BenchContext, id: string) {
  await timed('GET /dashboards/{id} (HTTP, br)', runs, async () => {
    const answer = await callApi(ctx, 'GET', `/dashboards/${id}`);
    if (answer.status !== 200) throw new Error(`GET: ${answer.status}`);
  });
  await timed('GET /dashboards/{id} (HTTP, identity)', runs, async () => {
    const answer = await ctx.app.request(
      `${ORIGIN}/api/workspaces/${ctx.workspace.slug}/monitoring/dashboards/${id}`,
      { headers: { origin: ORIGIN, cookie: ctx.cookie } },
    );
    await answer.arrayBuffer();
  });
  await timed('GET /dashboards/{id} (HTTP, br) again', runs, async () => {
    const answer = await callApi(ctx, 'GET', `/dashboards/${id}`);
    if (answer.status !== 200) throw new Error(`GET: ${answer.status}`);
  });
  await timed('GET /dashboards (list, HTTP)', runs, async () => {
    await callApi(ctx, 'GET', '/dashboards');
  });
  await timed('dashboardDetail (service)', runs, () =>
    dashboardDetail({ db: ctx.db, actor: ctx.actor, dashboardId: id, language: 'en' }),
  );
  await timed('loadMonitoringMetadata', runs, () => loadMonitoringMetadata(ctx.db, ctx.workspace.id));
  if (hasFlag('trace')) {
    // every statement of one GET, with its time (the driver's client, PGlite or a node-postgres pool)
    const client = (ctx.db as unknown as { session: { client: Record<string, unknown> } }).session.client;
    const original = client.query as (...a: unknown[]) => Promise<unknown>;
    const log: string[] = [];
    const slow: [string, unknown][] = [];
    // one statement at a time, so each one's time is its own (PGlite runs them one by one anyway)
    let queue: Promise<unknown> = Promise.resolve();
    client.query = (...a: unknown[]) => {
      const run = queue.then(async () => {
        const started = performance.now();
        try {
          return await original.apply(client, a);
        } finally {
          const text = typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string }).text);
          const values = a[1] ?? (a[0] as { values?: unknown }).values;
          if (performance.now() - started > 1) slow.push([text, values]);
          log.push(
            `${millis(performance.now() - started).padStart(9)}  ${text.replace(/\s+/g, ' ').slice(0, 150)}`,
          );
        }
      });
      queue = run.catch(() => {});
      return run;
    };
    // statement times over 20 GETs (the log keeps the last one's)
    const sums: number[] = [];
    let total = 0;
    for (let i = 0; i < 20; i++) {
      log.length = 0;
      slow.length = 0;
      const started = performance.now();
      await callApi(ctx, 'GET', `/dashboards/${id}`);
      total += (performance.now() - started) / 20;
      for (const [n, line] of log.entries()) sums[n] = (sums[n] ?? 0) + Number.parseFloat(line) / 20;
    }
    for (const [n, line] of log.entries()) log[n] = `${millis(sums[n] ?? 0).padStart(9)} ${line.slice(9)}`;
    client.query = original;
    if (hasFlag('explain'))
      for (const [text, params] of slow) {
        const plan = (await original.call(client, `explain (analyze, buffers) ${text}`, params)) as {
          rows: Record<string, string>[];
        };
        console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
      }
    console.log(`${log.length} statements in one GET (${millis(total)} on average):\n${log.join('\n')}`);
  }
  const body = await dashboardDetail({ db: ctx.db, actor: ctx.actor, dashboardId: id, language: 'en' });
  console.log(
    `response: ${JSON.stringify(body).length} bytes of JSON, rows per chart ${body.charts.map((c) => c.data?.rows.length ?? 'x').join(', ')}`,
  );
}
