import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, newUser, type TestContext } from '../testing/harness.ts';
import { backupDatabase } from './backup.ts';

let ctx: TestContext;
const scratch = mkdtempSync(join(tmpdir(), 'custodes-backup-'));
beforeAll(async () => {
  ctx = await createTestContext({ ownDatabase: true });
  await newUser(ctx, 'signed-in'); // leaves a session row behind
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await ctx.close();
});

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('backup files', () => {
  it('are readable by their owner only, even when they replace a world-readable file', async () => {
    const fresh = join(scratch, 'fresh.sql');
    await backupDatabase(ctx.database, fresh);
    expect(modeOf(fresh)).toBe(0o600);
    const existing = join(scratch, 'existing.sql');
    writeFileSync(existing, 'old', { mode: 0o644 });
    await backupDatabase(ctx.database, existing);
    expect(modeOf(existing)).toBe(0o600);
    expect(readFileSync(existing, 'utf8')).toMatch(/^-- custodes-sql-dump/);
  });

  it('hold the sessions by default, and leave sessions and verifications out when asked', async () => {
    const full = join(scratch, 'full.sql');
    await backupDatabase(ctx.database, full);
    expect(readFileSync(full, 'utf8')).toMatch(/^INSERT INTO "sessions" /m);
    const lean = join(scratch, 'lean.sql');
    const { rows } = await backupDatabase(ctx.database, lean, undefined, { withoutSessions: true });
    const text = readFileSync(lean, 'utf8');
    expect(text).not.toMatch(/^INSERT INTO "(sessions|verifications)" /m);
    expect(text).toMatch(/^INSERT INTO "users" /m);
    expect(rows).toBeGreaterThan(0);
  });
});
