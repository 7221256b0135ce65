// Times the data entry form over a large store of values, where it must find a handful of rows:
//   node bin/run-ts.js bench/entry-form-profile.ts [--runs 50] [--elements 10] [--postgres [URL]]
// PGlite: the bench's 1,000,000 values (50 elements × 500 districts × 40 months). PostgreSQL (a scratch
// database): 10,000,000 (5,000 facilities under the districts). Values go straight into
// `monitoring_values` (loadValuesRaw, in the order the import's writer keeps), then a monthly data set of
// `--elements` elements is made over the leaves. For random (leaf, month) pairs it times GET /data-entry
// through the app's HTTP handler, and the save's store alone (lock, delete the replaced keys, insert,
// in a transaction rolled back) so that no analytics refresh runs between the timings.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePeriod } from '../src/core/indicators/periods.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { replaceValues } from '../src/server/modules/monitoring/data-values-store.ts';
import { millis, option, postgresOption, timed } from './bench-options.ts';
import { benchMetadata } from './indicators-generate.ts';
import { bodyText } from './indicators-product.ts';
import {
  callApi,
  createBenchMetadata,
  loadValuesRaw,
  openBench,
  openScratchPostgres,
} from './indicators-setup.ts';

const runs = Number(option('runs', '50'));
const elementCount = Number(option('elements', '10'));
const postgresUrl = postgresOption();

/** A small deterministic generator, so two runs time the same forms. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

class Rollback extends Error {}

const dataDir = postgresUrl ? null : mkdtempSync(join(tmpdir(), 'custodes-entry-form-profile-'));
const scratch = postgresUrl ? await openScratchPostgres(postgresUrl) : null;
const database = scratch?.database ?? (await openDatabase({ dataDir: join(dataDir as string, 'pglite') }));
try {
  const ctx = await openBench(database, 'entry-form-profile');
  const meta = benchMetadata(postgresUrl ? { leavesPerDistrict: 10 } : {});
  const ids = await createBenchMetadata(ctx, meta);
  const started = performance.now();
  const loaded = await loadValuesRaw(ctx, meta, ids, 42);
  console.log(
    `[${database.kind}] loaded ${loaded.toLocaleString('en')} values in ${millis(performance.now() - started)}`,
  );
  const elements = meta.dataElements.slice(0, elementCount);
  const leaves = meta.leaves.map((leaf) => ids.orgUnit.get(leaf.code) as string);
  const created = await callApi(ctx, 'POST', '/data-sets', {
    code: 'BENCH_MONTHLY',
    name: 'Bench monthly',
    periodType: 'monthly',
    dataElementIds: elements.map((e) => ids.dataElement.get(e.code)),
    orgUnitIds: leaves,
  });
  const createdText = bodyText(created.bytes, created.response.headers.get('content-encoding'));
  if (created.status !== 201) throw new Error(`data set: ${created.status} ${createdText}`);
  const dataSetId = JSON.parse(createdText).dataSet.id as string;

  const pick = randomFrom(7);
  const forms = Array.from({ length: runs + 3 }, () => ({
    orgUnitId: leaves[pick(leaves.length)],
    period: meta.periods[pick(meta.periods.length)],
  }));
  let valuesSeen = 0;
  await timed(`[${database.kind}] GET /data-entry`, runs, async (i) => {
    const { orgUnitId, period } = forms[i];
    const query = new URLSearchParams({ dataSetId, orgUnitId, period });
    const res = await callApi(ctx, 'GET', `/data-entry?${query}`);
    if (res.status !== 200) throw new Error(`form: ${res.status}`);
    valuesSeen += JSON.parse(bodyText(res.bytes, res.response.headers.get('content-encoding'))).values.length;
  });
  console.log(`  ${(valuesSeen / (runs + 3)).toFixed(1)} stored values per form`);

  await timed(`[${database.kind}] save's store (rolled back)`, runs, async (i) => {
    const { orgUnitId, period } = forms[i];
    const rows = elements.map((element) => ({
      dataElementId: ids.dataElement.get(element.code) as string,
      orgUnitId,
      period: parsePeriod(period) as NonNullable<ReturnType<typeof parsePeriod>>,
      combo: element.categories.length ? 'F' : 'default',
      value: 1,
      comment: null,
    }));
    await ctx.db
      .transaction(async (tx) => {
        await replaceValues(tx, ctx.workspace.id, ctx.actor.user.id, rows);
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });
} finally {
  await (scratch ? scratch.drop() : database.close());
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
