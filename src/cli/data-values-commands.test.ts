import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { monitoringDataValues, users } from '../server/db/schema/index.ts';
import { createToken } from '../server/modules/api-tokens/service.ts';
import { waitForAnalytics } from '../server/modules/monitoring/analytics-refresh.ts';
import { seedDataValueMetadata } from '../server/modules/monitoring/data-values-fixtures.ts';
import { findWorkspaceBySlug } from '../server/modules/workspaces/repo.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';
import { cliSucceeding, seedKasora } from './cli-fixtures.ts';
import { runCli } from './run-cli.ts';

// `custodes data-values import`: with the database opened directly, then through a running server.
const scratch = mkdtempSync(join(tmpdir(), 'custodes-data-values-'));
const dataDir = join(scratch, 'data');
const env = { CUSTODES_DATA_DIR: dataDir, CUSTODES_SERVER: undefined, CUSTODES_TOKEN: undefined };
const ok = cliSucceeding(env);
const file = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
let runtime: Runtime;
let server: ServerType;
let url: string;
let token: string;
let workspaceId: string;
let north: string;

async function storedValues() {
  const rows = await runtime.database.db
    .select()
    .from(monitoringDataValues)
    .where(and(eq(monitoringDataValues.workspaceId, workspaceId), eq(monitoringDataValues.orgUnitId, north)));
  return rows.map((r) => `${r.period}|${r.categoryOptionCombo}=${r.value}`).sort();
}

beforeAll(async () => {
  await seedKasora(ok);
  const setup = await openRuntime(readConfig({ CUSTODES_DATA_DIR: dataDir }));
  const workspace = await findWorkspaceBySlug(setup.database.db, 'kasora');
  workspaceId = workspace?.id ?? '';
  north = (await seedDataValueMetadata(setup.database.db, workspaceId)).units.north.id;
  await setup.database.close();
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (runtime) {
    await waitForAnalytics(workspaceId);
    await runtime.database.close();
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe('custodes data-values import', () => {
  it('imports a CSV with the database opened directly and prints the summary', async () => {
    const csv = file(
      'direct.csv',
      'dataElement,period,orgUnit,sex,value\nOFFICERS,2026Q1,NORTH,F,10\nOFFICERS,2026Q1,NORTH,M,20\n',
    );
    const out = await ok(['data-values', 'import', csv, '--workspace', 'kasora']);
    expect(JSON.parse(out)).toEqual({ imported: 2, replaced: 0, dataElements: 1, periods: 1, orgUnits: 1 });
  }, 120_000);

  it('goes through the server with a token: errors with their lines on stderr and exit 1, then JSON', async () => {
    runtime = await openRuntime(readConfig({ CUSTODES_DATA_DIR: dataDir }));
    server = serve({ fetch: createApp({ ...runtime, webRoot: null }).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const db = runtime.database.db;
    const [chair] = await db.select().from(users).where(eq(users.email, 'chair@example.org'));
    token = (await createToken({ db, user: chair, input: { name: 'cli test' } })).secret;
    const server_ = ['--server', url, '--token', token];

    const bad = file(
      'bad.csv',
      'dataElement,period,orgUnit,sex,value\nOFFICERS,2026Q2,NORTH,F,5\nOFFICERS,2026Q2,NOWHERE,F,x\n',
    );
    const refused = await runCli(['data-values', 'import', bad, '--workspace', 'kasora', ...server_], env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('line 3, orgUnit: no org unit with the id, code or name "NOWHERE"');
    expect(refused.stderr).toContain('line 3, value: must be a number');
    expect(await storedValues()).toEqual(['2026Q1|F=10', '2026Q1|M=20']);

    const json = file(
      'values.json',
      JSON.stringify({
        dataValues: [
          {
            dataElement: 'OFFICERS',
            period: '2026Q1',
            orgUnit: 'NORTH',
            categoryOptionCombo: 'F',
            value: '11',
          },
        ],
      }),
    );
    const out = await ok(['data-values', 'import', json, '--workspace', 'kasora', ...server_]);
    expect(JSON.parse(out)).toMatchObject({ imported: 1, replaced: 1 });
    expect(await storedValues()).toEqual(['2026Q1|F=11', '2026Q1|M=20']);
  }, 120_000);
});
