// Import only, for profiling: node bin/run-ts.js bench/indicators-import-profile.ts [--months N] [--postgres URL]
// Times importDataValues against the raw COPY on one scratch database (no refresh wait, no dashboard).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/server/db/client.ts';
import { waitForAnalytics } from '../src/server/modules/monitoring/analytics-refresh.ts';
import { importDataValues } from '../src/server/modules/monitoring/data-values-import.ts';
import { hasFlag, option, postgresOption } from './bench-options.ts';
import { benchMetadata, writeValuesCsv } from './indicators-generate.ts';
import { createBenchMetadata, openBench, openScratchPostgres, timeRawCopy } from './indicators-setup.ts';

const months = Number(option('months', '4'));
const scratch = mkdtempSync(join(tmpdir(), 'custodes-import-profile-'));
const meta = benchMetadata({ months });
const file = join(scratch, 'values.csv');
await writeValuesCsv(file, meta, 42);
const csv = new Uint8Array(readFileSync(file));
const url = postgresOption();
const opened = url
  ? await openScratchPostgres(url)
  : { database: await openDatabase({ dataDir: join(scratch, 'db') }), drop: async () => {} };
try {
  const ctx = await openBench(opened.database, 'profile');
  await createBenchMetadata(ctx, meta);
  const raw = await timeRawCopy(ctx.db, ctx.database.kind, csv);
  const started = performance.now();
  const summary = await importDataValues({
    db: ctx.db,
    actor: ctx.actor,
    file: { name: 'v.csv', bytes: csv },
  });
  const ms = performance.now() - started;
  console.log(
    `${ctx.database.kind}: raw ${raw.toFixed(0)} ms, import ${ms.toFixed(0)} ms (${summary.imported}), ${(ms / raw).toFixed(1)}×`,
  );
  if (hasFlag('refresh')) {
    const t = performance.now();
    await waitForAnalytics(ctx.workspace.id);
    console.log(`refresh wait ${(performance.now() - t).toFixed(0)} ms`);
  } else await waitForAnalytics(ctx.workspace.id);
} finally {
  if (url) await opened.drop();
  else await opened.database.close();
  rmSync(scratch, { recursive: true, force: true });
}
