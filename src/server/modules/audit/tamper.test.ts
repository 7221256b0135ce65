import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, type HashFormat, hashAuditEntry } from '../../../core/audit/chain.ts';
import type { AuditCheckpoint } from '../../../core/audit/checkpoint.ts';
import { sealHead } from '../../../core/audit/head-seal.ts';
import { deriveAuditKeys } from '../../../core/audit/keys.ts';
import { auditLog } from '../../db/schema/index.ts';
import {
  api,
  createTestContext,
  newWorkspace,
  TEST_SECRET,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { readChain, readEntryAt } from './repo.ts';

/** What someone with database access but without the server secret can do to the log. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function workspaceWithNotes(count: number): Promise<TestWorkspace> {
  const ws = await newWorkspace(ctx);
  for (let i = 1; i <= count; i++)
    await api(ctx, 'POST', `/api/workspaces/${ws.slug}/oversight-notes`, {
      cookie: ws.owner.cookie,
      body: { title: `Note ${i}`, body: 'text' },
    });
  return ws;
}

const verifyChainOf = async (ws: TestWorkspace) =>
  (await api(ctx, 'GET', `/api/workspaces/${ws.slug}/audit/verify`, { cookie: ws.owner.cookie })).body;

/** Re-links and re-hashes every entry from `fromSeq` on, as the original code would, and points the head at the end. */
async function rehashFrom(chain: string, fromSeq: number, format: HashFormat = 2): Promise<string> {
  let prevHash = GENESIS_HASH;
  for await (const page of readChain(ctx.db, chain, 2 ** 31 - 1)) {
    for (const { id, hash, hashFormat: _f, ...content } of page) {
      if (content.seq < fromSeq) {
        prevHash = hash;
        continue;
      }
      const next = hashAuditEntry({ ...content, prevHash }, format);
      await ctx.db.execute(
        sql`update audit_log set prev_hash = ${prevHash}, hash = ${next}, hash_format = ${format} where id = ${Number(id)}`,
      );
      prevHash = next;
    }
  }
  return prevHash;
}

async function moveHead(chain: string, lastSeq: number, lastHash: string, headMac?: string | null) {
  const mac = headMac === undefined ? sql`head_mac` : sql`${headMac}`;
  await ctx.db.execute(
    sql`update audit_heads set last_seq = ${lastSeq}, last_hash = ${lastHash}, head_mac = ${mac} where chain = ${chain}`,
  );
}

const lastHashAt = async (chain: string, seq: number) => (await readEntryAt(ctx.db, chain, seq))?.hash ?? '';

const storedFormats = async (chain: string) =>
  (
    await ctx.db
      .select({ format: auditLog.hashFormat })
      .from(auditLog)
      .where(eq(auditLog.chain, chain))
      .orderBy(asc(auditLog.seq))
  ).map((row) => row.format);

describe('tampering with the audit log without the server secret', () => {
  it('an edit with every later hash and the head recomputed is caught by the head seal, and writes stop', async () => {
    const ws = await workspaceWithNotes(4);
    await ctx.db.execute(
      sql`update audit_log set action = 'oversight_note.delete' where chain = ${ws.id} and seq = 2`,
    );
    const newTail = await rehashFrom(ws.id, 2);
    await moveHead(ws.id, 5, newTail);
    const verdict = await verifyChainOf(ws);
    expect(verdict).toMatchObject({ ok: false, checked: 5, firstBroken: { code: 'head-forged' } });
    expect(verdict.firstBroken.reason).toContain(ws.id);
    const write = await api(ctx, 'POST', `/api/workspaces/${ws.slug}/oversight-notes`, {
      cookie: ws.owner.cookie,
      body: { title: 'Launder', body: 'would seal the forgery' },
    });
    expect(write.status).toBe(409);
    expect(write.body.error.message).toMatch(/does not match its seal/);
  });

  it('deleting the tail and moving the head back is caught, with or without the old seal', async () => {
    const ws = await workspaceWithNotes(4);
    await ctx.db.execute(sql`delete from audit_log where chain = ${ws.id} and seq > 3`);
    await moveHead(ws.id, 3, await lastHashAt(ws.id, 3));
    expect((await verifyChainOf(ws)).firstBroken.code).toBe('head-forged');
    await moveHead(ws.id, 3, await lastHashAt(ws.id, 3), null);
    expect((await verifyChainOf(ws)).firstBroken.code).toBe('head-seal-removed');
  });

  it('a checkpoint catches a tail deletion even when the head is re-sealed with the stolen key', async () => {
    const ws = await workspaceWithNotes(2);
    const made = await api(ctx, 'POST', `/api/workspaces/${ws.slug}/audit/checkpoints`, {
      cookie: ws.owner.cookie,
    });
    const checkpoint = made.body as AuditCheckpoint;
    await workspaceNotes(ws, 2);
    const verify = () =>
      api(ctx, 'POST', `/api/workspaces/${ws.slug}/audit/checkpoints/verify`, {
        cookie: ws.owner.cookie,
        body: checkpoint,
      });
    expect((await verify()).body.ok).toBe(true);
    const keep = checkpoint.seq - 1;
    await ctx.db.execute(sql`delete from audit_log where chain = ${ws.id} and seq > ${keep}`);
    const head = { lastSeq: keep, lastHash: await lastHashAt(ws.id, keep) };
    await moveHead(
      ws.id,
      keep,
      head.lastHash,
      sealHead(deriveAuditKeys(TEST_SECRET).headMacKey, ws.id, head),
    );
    expect(await verifyChainOf(ws)).toMatchObject({ ok: true });
    const after = (await verify()).body;
    expect(after).toMatchObject({ ok: false, checkpoint: { problem: { code: 'entry-missing' } } });
  });

  it('a chain written before this change (format 1, unsealed head) verifies, says so, and is sealed at the next append', async () => {
    const ws = await workspaceWithNotes(2);
    const tail = await rehashFrom(ws.id, 1, 1);
    const count = (await storedFormats(ws.id)).length;
    await moveHead(ws.id, count, tail, null);
    expect(await verifyChainOf(ws)).toMatchObject({ ok: true, checked: count, headSealed: false });
    await workspaceNotes(ws, 1);
    expect(await verifyChainOf(ws)).toMatchObject({ ok: true, checked: count + 1, headSealed: true });
    expect(await storedFormats(ws.id)).toEqual([...Array(count).fill(1), 2]);
  });
});

async function workspaceNotes(ws: TestWorkspace, count: number) {
  for (let i = 0; i < count; i++) {
    const res = await api(ctx, 'POST', `/api/workspaces/${ws.slug}/oversight-notes`, {
      cookie: ws.owner.cookie,
      body: { title: `Later ${i}`, body: 'text' },
    });
    expect(res.status).toBe(201);
  }
}
