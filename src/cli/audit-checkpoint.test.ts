import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditCheckpoint } from '../core/audit/checkpoint.ts';
import { sealHead } from '../core/audit/head-seal.ts';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { users } from '../server/db/schema/index.ts';
import { createToken } from '../server/modules/api-tokens/service.ts';
import { createAuditCheckpoint } from '../server/modules/audit/checkpoint-service.ts';
import { auditKeys } from '../server/modules/audit/keys.ts';
import { readEntryAt } from '../server/modules/audit/repo.ts';
import { createNote } from '../server/modules/oversight-notes/service.ts';
import { createUserAccount } from '../server/modules/users/service.ts';
import { resolveActor } from '../server/modules/workspaces/membership.ts';
import { createWorkspace } from '../server/modules/workspaces/service.ts';
import { openRuntime, type Runtime } from '../server/runtime.ts';
import { readCheckpointFile } from './audit-checkpoint.ts';
import { runCli } from './run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'custodes-checkpoint-'));
const dataDir = join(scratch, 'data');
const env = { CUSTODES_DATA_DIR: dataDir, CUSTODES_SERVER: undefined, CUSTODES_TOKEN: undefined };
const checkpointFile = join(scratch, 'checkpoint.json');
let checkpoint: AuditCheckpoint;

/** Opens the embedded database in this process (the CLI child must not run meanwhile). */
async function withData<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(readConfig({ CUSTODES_DATA_DIR: dataDir }));
  try {
    return await work(runtime);
  } finally {
    await runtime.database.close();
  }
}

beforeAll(async () => {
  checkpoint = await withData(async ({ database, auth }) => {
    const db = database.db;
    const user = { email: 'chair@example.org', password: 'a-long-unlisted-passphrase', name: 'Chair' };
    const owner = await createUserAccount({ db, auth, user, serverAdmin: true });
    await createWorkspace({
      db,
      ownerId: owner.id,
      actorId: owner.id,
      input: { name: 'Kasora', slug: 'kasora' },
    });
    const actor = await resolveActor(db, { ...owner, twoFactorEnabled: false }, 'kasora');
    const signed = await createAuditCheckpoint({ db, actor });
    for (const title of ['After one', 'After two'])
      await createNote({ db, actor, input: { title, body: 'text' } });
    return signed;
  });
  writeFileSync(checkpointFile, JSON.stringify(checkpoint));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('custodes audit verify --checkpoint', () => {
  it('names the field of a malformed checkpoint file', () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...checkpoint, seq: 'five' }));
    expect(() => readCheckpointFile(bad)).toThrow(/bad\.json: seq: /);
    writeFileSync(bad, 'not json');
    expect(() => readCheckpointFile(bad)).toThrow(/is not JSON/);
  });

  it('goes through a running server with a personal API token', async () => {
    await withData(async (runtime) => {
      const db = runtime.database.db;
      const [chair] = await db.select().from(users).where(eq(users.email, 'chair@example.org'));
      const { secret } = await createToken({ db, user: chair, input: { name: 'checkpoint test' } });
      const server = serve({
        fetch: createApp({ ...runtime, webRoot: null }).fetch,
        port: 0,
        hostname: '127.0.0.1',
      });
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const args = ['audit', 'verify', '--checkpoint', checkpointFile, '--server', url, '--token', secret];
        const result = await runCli(args, env);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^kasora: the log still extends the checkpoint/);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });

  it('exits 0 while the log extends the checkpoint, and 1 after the tail is cut and the head re-sealed', async () => {
    const intact = await runCli(['audit', 'verify', '--checkpoint', checkpointFile], env);
    expect(intact.stderr).toBe('');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(
      new RegExp(`^kasora: the log still extends the checkpoint at entry #${checkpoint.seq} .*intact`),
    );

    // The attacker here even holds the head key: only the checkpoint can tell.
    await withData(async ({ database }) => {
      const db = database.db;
      const keep = checkpoint.seq - 1;
      await db.execute(sql`delete from audit_log where chain = ${checkpoint.chain} and seq > ${keep}`);
      const head = { lastSeq: keep, lastHash: (await readEntryAt(db, checkpoint.chain, keep))?.hash ?? '' };
      const headMac = sealHead(auditKeys().headMacKey, checkpoint.chain, head);
      await db.execute(
        sql`update audit_heads set last_seq = ${keep}, last_hash = ${head.lastHash}, head_mac = ${headMac} where chain = ${checkpoint.chain}`,
      );
    });
    expect((await runCli(['audit', 'verify', '--workspace', 'kasora'], env)).code).toBe(0);
    const cut = await runCli(['audit', 'verify', '--checkpoint', checkpointFile], env);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(/kasora: the log does NOT extend .*no longer in the log/);
  });
});
