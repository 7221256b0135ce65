import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { fundingFlows, iatiActivities, users } from '../server/db/schema/index.ts';
import { createToken } from '../server/modules/api-tokens/service.ts';
import { iatiXml } from '../server/modules/finance/iati-fixtures.ts';
import { openRuntime } from '../server/runtime.ts';
import { cliSucceeding, seedKasora } from './cli-fixtures.ts';
import { runCli } from './run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'custodes-iati-import-'));
const dataDir = join(scratch, 'data');
const env = { CUSTODES_DATA_DIR: dataDir, CUSTODES_SERVER: undefined, CUSTODES_TOKEN: undefined };
const ok = cliSucceeding(env);
const donorFile = join(scratch, 'donor.xml');
const brokenFile = join(scratch, 'broken.xml');

beforeAll(async () => {
  await seedKasora(ok);
  const xml = iatiXml([
    {
      identifier: 'GB-GOV-1-A',
      title: 'Police reform',
      sectors: [{ code: '15210' }],
      transactions: [
        ['2', 100, '2026-01-01'],
        ['3', 40, '2026-02-01', 'EUR'],
      ],
    },
    { identifier: 'GB-GOV-1-B', title: 'Courts', transactions: [['4', 5, '2026-03-01']] },
  ]);
  writeFileSync(donorFile, xml);
  writeFileSync(brokenFile, xml.replace('</iati-activities>', ''));
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('custodes iati import', () => {
  it('imports straight into the database with the server stopped, and refuses a broken file naming the line', async () => {
    const line = JSON.parse(await ok(['iati', 'import', donorFile, '--workspace', 'kasora']));
    expect(line).toEqual({
      importId: expect.any(String),
      activities: 2,
      transactions: 3,
      matched: 0,
      warnings: 0,
    });
    const broken = await runCli(['iati', 'import', brokenFile, '--workspace', 'kasora'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error: .*broken\.xml: Line \d+/);
  });

  it('imports through a running server with a token; the same identifiers are replaced, not doubled', async () => {
    const runtime = await openRuntime(readConfig({ CUSTODES_DATA_DIR: dataDir }));
    const app = createApp({ ...runtime, webRoot: null });
    const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const db = runtime.database.db;
      const [chair] = await db.select().from(users).where(eq(users.email, 'chair@example.org'));
      const token = (await createToken({ db, user: chair, input: { name: 'iati import' } })).secret;
      const line = JSON.parse(
        await ok(['iati', 'import', donorFile, '--workspace', 'kasora', '--server', url, '--token', token]),
      );
      expect(line).toMatchObject({ activities: 2, transactions: 3 });
      expect(await db.select().from(iatiActivities)).toHaveLength(2);
      expect(await db.select().from(fundingFlows)).toHaveLength(3);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await runtime.database.close();
    }
  });
});
