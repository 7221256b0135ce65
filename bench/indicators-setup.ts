// The product in-process for `npm run bench:indicators`: a database (PGlite in a scratch directory, or
// a scratch PostgreSQL database), the app with its HTTP handler, a signed-in owner and a workspace with
// the generated metadata. Also the raw loads the figures are compared with.

import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createApp } from '../src/server/app.ts';
import { createAuth } from '../src/server/auth/auth.ts';
import { type Database, type Db, openDatabase, queryRows } from '../src/server/db/client.ts';
import {
  monitoringCategories,
  monitoringDataElements,
  monitoringOrgUnits,
} from '../src/server/db/schema/monitoring.ts';
import { setAuditSecret } from '../src/server/modules/audit/keys.ts';
import { rowOrder } from '../src/server/modules/monitoring/data-values-order.ts';
import {
  comboNums,
  metadataNums,
  newValueBatch,
  periodNums,
} from '../src/server/modules/monitoring/data-values-store.ts';
import { createUserAccount } from '../src/server/modules/users/service.ts';
import { resolveActor, type WorkspaceActor } from '../src/server/modules/workspaces/membership.ts';
import { createWorkspace } from '../src/server/modules/workspaces/service.ts';
import { createScratchPostgres } from '../src/server/testing/scratch-postgres.ts';
import { type BenchMetadata, benchValues, SEX } from './indicators-generate.ts';

const ORIGIN = 'http://localhost:3000';
const SECRET = 'bench-secret-that-is-long-enough-for-hmac';
const PASSWORD = 'bench-password-not-secret';

export interface BenchContext {
  database: Database;
  db: Db;
  app: ReturnType<typeof createApp>;
  cookie: string;
  actor: WorkspaceActor;
  workspace: { id: string; slug: string };
}

export async function openBench(database: Database, slug: string): Promise<BenchContext> {
  await database.migrate();
  setAuditSecret(SECRET);
  const auth = createAuth({
    db: database.db,
    secret: SECRET,
    baseURL: ORIGIN,
    signInPerMinute: 1000,
    quiet: true,
  });
  const app = createApp({ database, auth, version: 'bench', webRoot: null, trustProxy: true });
  const email = `bench-${randomUUID().slice(0, 8)}@example.org`;
  const user = await createUserAccount({
    db: database.db,
    auth,
    user: { email, password: PASSWORD, name: 'Bench' },
  });
  const workspace = await createWorkspace({
    db: database.db,
    ownerId: user.id,
    actorId: user.id,
    input: { name: `Indicators bench ${slug}`, slug },
  });
  const signIn = await app.request(`${ORIGIN}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const actor = await resolveActor(database.db, { ...user, emailVerified: true } as never, slug);
  return { database, db: database.db, app, cookie, actor, workspace: { id: workspace.id, slug } };
}

/** Calls the app as the signed-in owner, as a browser would (compressed responses accepted). */
export async function callApi(ctx: BenchContext, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {
    origin: ORIGIN,
    cookie: ctx.cookie,
    'accept-encoding': 'br, gzip',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await ctx.app.request(`${ORIGIN}/api/workspaces/${ctx.workspace.slug}/monitoring${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, bytes, response };
}

export interface BenchIds {
  orgUnit: Map<string, string>;
  dataElement: Map<string, string>;
  category: string;
}

/** Org units, the sex category and the data elements, written in bulk (not what is timed). */
export async function createBenchMetadata(ctx: BenchContext, meta: BenchMetadata): Promise<BenchIds> {
  const workspaceId = ctx.workspace.id;
  const orgUnit = new Map<string, string>();
  const paths = new Map<string, string>();
  const units = meta.orgUnits.map((unit) => {
    const id = randomUUID();
    orgUnit.set(unit.code, id);
    const parentId = unit.parentCode ? (orgUnit.get(unit.parentCode) ?? null) : null;
    const path = `${parentId ? paths.get(unit.parentCode as string) : '/'}${id}/`;
    paths.set(unit.code, path);
    return { id, workspaceId, code: unit.code, name: unit.name, parentId, path, level: unit.level };
  });
  const category = randomUUID();
  const dataElement = new Map<string, string>();
  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < units.length; i += 1000)
      await tx.insert(monitoringOrgUnits).values(units.slice(i, i + 1000));
    await tx.insert(monitoringCategories).values({
      id: category,
      workspaceId,
      code: SEX.code,
      name: SEX.name,
      options: SEX.options.map((code) => ({
        code,
        name: code === 'F' ? 'Female' : 'Male',
        nameTranslations: {},
      })),
    });
    await tx.insert(monitoringDataElements).values(
      meta.dataElements.map((de) => {
        const id = randomUUID();
        dataElement.set(de.code, id);
        return {
          id,
          workspaceId,
          code: de.code,
          name: de.name,
          aggregation: de.aggregation,
          valueType: 'number',
          categoryIds: de.categories.length ? [category] : [],
        };
      }),
    );
  });
  return { orgUnit, dataElement, category };
}

// biome-ignore lint/suspicious/noExplicitAny: the driver's own client, PGlite or a node-postgres pool
const clientOf = (db: Db): any => (db as unknown as { session: { client: unknown } }).session.client;

/** COPY of CSV text into a table: `/dev/blob` on PGlite, `FROM STDIN` on PostgreSQL. */
export async function copyCsv(
  db: Db,
  kind: Database['kind'],
  target: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  header: boolean,
): Promise<void> {
  const options = `(FORMAT csv${header ? ', HEADER true' : ''})`;
  const client = clientOf(db);
  if (kind === 'pglite') {
    const parts: (string | Uint8Array)[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    await client.query(`COPY ${target} FROM '/dev/blob' WITH ${options}`, [], {
      blob: new Blob(parts as BlobPart[]),
    });
    return;
  }
  const connection: pg.PoolClient = await (client as pg.Pool).connect();
  try {
    await pipeline(
      Readable.from(chunks),
      connection.query(copyFrom(`COPY ${target} FROM STDIN WITH ${options}`)),
    );
  } finally {
    connection.release();
  }
}

/** The raw baseline: the same CSV bytes COPY'd into a bare table (same columns, no index, no constraint). */
export async function timeRawCopy(db: Db, kind: Database['kind'], csv: Uint8Array): Promise<number> {
  await db.execute(sql.raw('DROP TABLE IF EXISTS bench_raw_values'));
  await db.execute(
    sql.raw(
      'CREATE TABLE bench_raw_values (data_element text, period text, org_unit text, category_option_combo text, value double precision)',
    ),
  );
  const started = performance.now();
  await copyCsv(db, kind, 'bench_raw_values', [csv], true);
  const ms = performance.now() - started;
  const [{ n }] = await queryRows<{ n: number }>(
    db,
    sql.raw('SELECT count(*)::int AS n FROM bench_raw_values'),
  );
  await db.execute(sql.raw('DROP TABLE bench_raw_values'));
  if (n <= 0) throw new Error('raw COPY loaded nothing');
  return ms;
}

/**
 * Generated values straight into `monitoring_values` by COPY, with the workspace's numbers for elements,
 * units, periods and combos and one batch (for the 10M on PostgreSQL, not an import); rows go in the
 * writer's order so the BRIN index stays tight. Returns the count.
 */
export async function loadValuesRaw(ctx: BenchContext, meta: BenchMetadata, ids: BenchIds, seed: number) {
  const ws = ctx.workspace.id;
  // the COPY runs on its own connection (PostgreSQL): these numbers are committed before it starts
  const nums = await metadataNums(ctx.db, ws);
  const periods = await periodNums(
    ctx.db,
    meta.periods.map((id, i) => ({ id, start: meta.periodDates[i].start, end: meta.periodDates[i].end })),
  );
  const combos = await comboNums(ctx.db, ['default', ...SEX.options]);
  const batch = await newValueBatch(ctx.db, ws, null);
  const numOf = (map: Map<string, number>, key: string | undefined, what: string) => {
    const num = key === undefined ? undefined : map.get(key);
    if (num === undefined) throw new Error(`loadValuesRaw: no number for ${what} ${key}`);
    return num;
  };
  const elementNum = meta.dataElements.map((d) =>
    numOf(nums.elements, ids.dataElement.get(d.code), `data element ${d.code}`),
  );
  const unitNum = meta.leaves.map((l) => numOf(nums.units, ids.orgUnit.get(l.code), `org unit ${l.code}`));
  const periodNum = meta.periods.map((p) => numOf(periods, p, 'period'));

  // The generator goes unit by unit: its rows are held in typed arrays (a counting pass first), then
  // written in the import writer's order (`rowOrder`: by element, then period, by number).
  let total = 0;
  for (const _ of benchValues(meta, seed)) total++;
  const element = new Int32Array(total);
  const unit = new Int32Array(total);
  const period = new Int32Array(total);
  const combo = new Int32Array(total);
  const value = new Float64Array(total);
  let at = 0;
  for (const v of benchValues(meta, seed)) {
    element[at] = v.element;
    unit[at] = unitNum[v.leaf];
    period[at] = v.period;
    combo[at] = numOf(combos, v.combo, 'combo');
    value[at] = v.value;
    at++;
  }
  const order = rowOrder(total, [
    { slots: element, nums: elementNum },
    { slots: period, nums: periodNum },
  ]);
  function* chunks() {
    let chunk = '';
    for (const row of order) {
      chunk += `${elementNum[element[row]]},${unit[row]},${periodNum[period[row]]},${combo[row]},${value[row]},${batch}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await copyCsv(
    ctx.db,
    ctx.database.kind,
    'monitoring_values (element_num, org_unit_num, period_num, combo_num, value, batch_num)',
    chunks(),
    false,
  );
  // COPY leaves the new block ranges unsummarised (every one matches any element) and the planner
  // without statistics: what a maintained database would have
  await ctx.db.execute(sql`select brin_summarize_new_values('monitoring_values_element_period_idx')`);
  await ctx.db.execute(sql`analyze monitoring_values`);
  return total;
}

export async function openScratchPostgres(
  adminUrl: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  const scratch = await createScratchPostgres(adminUrl, 'custodes_bench');
  const database = await openDatabase({ url: scratch.url });
  return {
    database,
    async drop() {
      await database.close();
      await scratch.drop();
    },
  };
}
