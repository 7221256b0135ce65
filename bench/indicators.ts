// Indicators benchmark: npm run bench:indicators [-- --seed 42 --runs 30 --postgres [URL] --no-pglite --no-10m]
// 1. Import: 1,000,000 generated values (50 elements × 500 districts × 40 months) as the product's CSV,
//    imported through importDataValues (the path of POST /data-values/import, without the HTTP upload),
//    against a raw COPY of the same CSV bytes into a bare table with no index on the same database.
// 2. Dashboard: the analytics refresh, then GET /dashboards/{id} (six charts) through the app's HTTP
//    handler as a signed-in owner, p50/p95 over `--runs` calls after 3 warm-ups, against the raw GROUP BYs
//    over monitoring_values the six charts would otherwise need. PGlite over the 1M; PostgreSQL
//    (--postgres or TEST_DATABASE_URL) over 10,000,000 values (5,000 facilities under the districts).
// Figures go to bench/results/indicators.json.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/server/db/client.ts';
import type { RefreshFigures } from '../src/server/modules/monitoring/analytics-refresh.ts';
import { hasFlag, LOCAL_POSTGRES, millis, option, postgresOption } from './bench-options.ts';
import { benchMetadata, writeValuesCsv } from './indicators-generate.ts';
import { timeDashboard, timeImport } from './indicators-product.ts';
import { timeRawGroupBy } from './indicators-raw.ts';
import {
  type BenchContext,
  type BenchIds,
  createBenchMetadata,
  loadValuesRaw,
  openBench,
  openScratchPostgres,
  timeRawCopy,
} from './indicators-setup.ts';

const seed = Number(option('seed', '42'));
const runs = Number(option('runs', '30'));
const warmups = 3;
const postgresUrl =
  postgresOption(process.env.TEST_DATABASE_URL ?? LOCAL_POSTGRES) ?? process.env.TEST_DATABASE_URL;
const withPglite = !hasFlag('no-pglite');
/** Fewer months for a quick check of the script (the figures need the default 40). */
const months = Number(option('months', '40'));

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const results: Record<string, unknown> = { date: new Date().toISOString(), seed, runs };

const scratch = mkdtempSync(join(tmpdir(), 'custodes-bench-indicators-'));
const meta1m = benchMetadata({ months });
const csvFile = join(scratch, 'values.csv');
let started = performance.now();
const generated = await writeValuesCsv(csvFile, meta1m, seed);
console.log(
  `generated ${generated.rows.toLocaleString('en')} values (${(generated.bytes / 1e6).toFixed(1)} MB CSV, seed ${seed}) in ${seconds(performance.now() - started)}: ${csvFile}`,
);
const csv = new Uint8Array(readFileSync(csvFile));

async function importFigures(label: string, ctx: BenchContext) {
  const meta = await createBenchMetadata(ctx, meta1m);
  const rawMs = await timeRawCopy(ctx.db, ctx.database.kind, csv);
  const imported = await timeImport(ctx, csv);
  const ratio = imported.ms / rawMs;
  console.log(`[${label}] raw COPY into a bare table: ${seconds(rawMs)}`);
  console.log(
    `[${label}] import through importDataValues: ${seconds(imported.ms)} (${imported.summary}) — ratio ${ratio.toFixed(2)}× (target ≤ 2×)`,
  );
  return {
    ids: meta,
    refreshed: imported.refresh,
    figures: { rawCopyMs: Math.round(rawMs), importMs: Math.round(imported.ms), ratio },
  };
}

async function dashboardFigures(label: string, ctx: BenchContext, ids: BenchIds, refreshed?: RefreshFigures) {
  const timed = await timeDashboard(ctx, ids, { runs, warmups, refreshed });
  console.log(
    `[${label}] analytics refresh (${refreshed ? 'scheduled by the import' : 'run before the dashboard'}): ${seconds(timed.refresh.durationMs)} (${timed.refresh.rowCount.toLocaleString('en')} rows from ${timed.refresh.valueCount.toLocaleString('en')} values)`,
  );
  console.log(
    `[${label}] dashboard GET (6 charts, ${(timed.bytes / 1000).toFixed(1)} KB): p50 ${millis(timed.p50)}, p95 ${millis(timed.p95)} over ${runs} calls`,
  );
  const raw = await timeRawGroupBy(ctx, ids, 3);
  for (const chart of raw.perChart)
    console.log(`[${label}]   raw GROUP BY ${chart.chart}: ${millis(chart.ms)} (${chart.rows} rows)`);
  const ratio = timed.p95 / raw.totalMs;
  console.log(
    `[${label}] raw GROUP BY for the six charts: ${millis(raw.totalMs)} — dashboard p95 / raw = ${ratio.toFixed(3)} (target ≤ 0.1)`,
  );
  return {
    refresh: timed.refresh,
    p50Ms: timed.p50,
    p95Ms: timed.p95,
    responseBytes: timed.bytes,
    rawGroupByMs: raw.totalMs,
    rawPerChart: raw.perChart,
    ratio,
  };
}

try {
  if (withPglite) {
    const database = await openDatabase({ dataDir: join(scratch, 'pglite') });
    try {
      const ctx = await openBench(database, 'bench-indicators');
      const { ids, refreshed, figures } = await importFigures('PGlite', ctx);
      const dashboard = await dashboardFigures('PGlite', ctx, ids, refreshed);
      results.pglite = { values: generated.rows, import: figures, dashboard };
    } finally {
      await database.close();
    }
  }
  if (postgresUrl) {
    const { database, drop } = await openScratchPostgres(postgresUrl);
    try {
      const ctx = await openBench(database, 'bench-indicators');
      const { ids, refreshed, figures } = await importFigures('PostgreSQL', ctx);
      const dashboard1m = await dashboardFigures('PostgreSQL 1M', ctx, ids, refreshed);
      results.postgresql = { import: figures, dashboard1m };
      if (!hasFlag('no-10m')) {
        const big = await openBench(database, 'bench-indicators-10m');
        const meta10m = benchMetadata({ leavesPerDistrict: 10, months });
        const bigIds = await createBenchMetadata(big, meta10m);
        started = performance.now();
        const loaded = await loadValuesRaw(big, meta10m, bigIds, seed);
        console.log(
          `[PostgreSQL] loaded ${loaded.toLocaleString('en')} values by COPY into monitoring_values in ${seconds(performance.now() - started)}`,
        );
        const dashboard10m = await dashboardFigures('PostgreSQL 10M', big, bigIds);
        results.postgresql = { import: figures, dashboard1m, dashboard10m };
      }
    } finally {
      await drop();
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/indicators.json', `${JSON.stringify(results, null, 2)}\n`);
} finally {
  if (!hasFlag('keep')) rmSync(scratch, { recursive: true, force: true });
}
