import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchPostgres } from '../server/testing/scratch-postgres.ts';
import { cliSucceeding, seedKasora } from './cli-fixtures.ts';

// Runs in the "postgresql" test project only (TEST_DATABASE_URL set): a backup taken from the
// embedded database restores into a new PostgreSQL database, and back again.
const scratch = mkdtempSync(join(tmpdir(), 'custodes-pg-backup-'));
// One server secret for every copy: audit heads are sealed with a key derived from it.
const secret = { CUSTODES_SECRET: 'backup-test-secret-long-enough-for-the-seal' };
const env = { CUSTODES_DATA_DIR: join(scratch, 'data'), ...secret };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ok = cliSucceeding(env);

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) await seedKasora(ok);
}, 120_000);

describe('backup across database engines', () => {
  it.runIf(process.env.TEST_DATABASE_URL)(
    'moves a backup from PGlite into PostgreSQL and back',
    async () => {
      const target = await createScratchPostgres(process.env.TEST_DATABASE_URL as string, 'custodes_restore');
      try {
        const pgEnv = { ...env, DATABASE_URL: target.url };
        const dump = join(scratch, 'to-pg.sql');
        await ok(['backup', '--out', dump]);
        expect(await ok(['restore', dump], pgEnv)).toMatch(/into postgresql/);
        expect(await ok(['workspaces', 'list', '--json'], pgEnv)).toBe(
          await ok(['workspaces', 'list', '--json']),
        );
        const back = join(scratch, 'from-pg.sql');
        await ok(['backup', '--out', back], pgEnv);
        const roundTrip = { CUSTODES_DATA_DIR: join(scratch, 'round-trip'), ...secret };
        await ok(['restore', back], roundTrip);
        expect(await ok(['audit', 'verify', '--workspace', 'kasora'], roundTrip)).toMatch(
          /intact, 3 entries checked/,
        );
        expect(await ok(['workspaces', 'list', '--json'], roundTrip)).toBe(
          await ok(['workspaces', 'list', '--json']),
        );
      } finally {
        await target.drop();
      }
      // Every CLI run starts its own process and opens its own database: minutes on a loaded CI machine.
    },
    180_000,
  );
});
