// Times an import that replaces stored values: one month of the bench's values, changed, into a store
// that already holds every month.
//   node bin/run-ts.js bench/import-month-profile.ts [--10m] [--postgres URL]
// On a scratch PostgreSQL database: the 1,000,000 values of bench:indicators (or 10,000,000 with --10m)
// loaded straight into monitoring_values, then one month of them, each value plus one, imported through
// importDataValues (25,000 or 250,000 rows, all replacing). The analytics refresh the import schedules is
// cancelled, not timed.

import { sql } from 'drizzle-orm';
import pg from 'pg';
import { queryRows } from '../src/server/db/client.ts';
import { waitForAnalytics } from '../src/server/modules/monitoring/analytics-refresh.ts';
import { importDataValues } from '../src/server/modules/monitoring/data-values-import.ts';
import { hasFlag, LOCAL_POSTGRES, option } from './bench-options.ts';
import { benchMetadata, benchValues, CSV_HEADER } from './indicators-generate.ts';
import { createBenchMetadata, loadValuesRaw, openBench, openScratchPostgres } from './indicators-setup.ts';

const adminUrl = option('postgres', LOCAL_POSTGRES);
const MONTH = 13;

const { database, drop } = await openScratchPostgres(adminUrl);
let scratchName = '';
let workspaceId = '';
try {
  const ctx = await openBench(database, 'import-month');
  const [scratch] = await queryRows<{ name: string }>(ctx.db, sql`select current_database() as name`);
  scratchName = scratch.name;
  workspaceId = ctx.workspace.id;
  const meta = benchMetadata(hasFlag('10m') ? { leavesPerDistrict: 10 } : {});
  const ids = await createBenchMetadata(ctx, meta);
  const loaded = await loadValuesRaw(ctx, meta, ids, 42);
  let csv = CSV_HEADER;
  for (const v of benchValues(meta, 42))
    if (v.period === MONTH)
      csv += `${meta.dataElements[v.element].code},${meta.periods[v.period]},${meta.leaves[v.leaf].code},${v.combo},${v.value + 1}\n`;
  const started = performance.now();
  const summary = await importDataValues({
    db: ctx.db,
    actor: ctx.actor,
    file: { name: 'month.csv', bytes: new TextEncoder().encode(csv) },
  });
  console.log(
    `[postgresql] ${meta.periods[MONTH]} into ${loaded.toLocaleString('en')} values: ${summary.imported.toLocaleString('en')} imported, ${summary.replaced.toLocaleString('en')} replaced in ${(performance.now() - started).toFixed(0)} ms`,
  );
} finally {
  // The refresh the import scheduled would take minutes: cancel it, let its queue settle, then drop.
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('select pg_cancel_backend(pid) from pg_stat_activity where datname = $1', [scratchName]);
  await waitForAnalytics(workspaceId);
  await admin.end();
  await drop();
}
