import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import {
  CURRENT_HASH_FORMAT,
  diffFields,
  type FieldChanges,
  GENESIS_HASH,
  type HashFormat,
  hashAuditEntry,
  type StoredAuditEntry,
} from '../../../core/audit/chain.ts';
import { headMacMatches, sealHead } from '../../../core/audit/head-seal.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { auditHeads, auditLog, users } from '../../db/schema/index.ts';
import { auditKeys } from './keys.ts';

export const SYSTEM_CHAIN = 'system';

export interface AuditEvent {
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Appends one entry to its chain inside the caller's transaction. Locking the chain's head row
 * serialises concurrent writers, so sequence numbers and links never fork. The head is checked
 * before it is extended and sealed again after, so a forged head is refused, never laundered.
 */
export async function appendAudit(tx: Db, event: AuditEvent): Promise<void> {
  const chain = event.workspaceId ?? SYSTEM_CHAIN;
  const { headMacKey } = auditKeys();
  const genesis = { lastSeq: 0, lastHash: GENESIS_HASH };
  await tx
    .insert(auditHeads)
    .values({ chain, ...genesis, headMac: sealHead(headMacKey, chain, genesis) })
    .onConflictDoNothing({ target: auditHeads.chain });
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.chain, chain)).for('update');
  await assertHeadIntact(tx, chain, head);
  const content = {
    chain,
    seq: head.lastSeq + 1,
    workspaceId: event.workspaceId,
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: diffFields(event.before ?? null, event.after ?? null),
    createdAt: new Date().toISOString(),
    prevHash: head.lastHash,
  };
  const hash = hashAuditEntry(content, CURRENT_HASH_FORMAT);
  await tx
    .insert(auditLog)
    .values({ ...content, createdAt: new Date(content.createdAt), hash, hashFormat: CURRENT_HASH_FORMAT });
  const next = { lastSeq: content.seq, lastHash: hash };
  await tx
    .update(auditHeads)
    .set({ ...next, headMac: sealHead(headMacKey, chain, next) })
    .where(eq(auditHeads.chain, chain));
}

/**
 * Refuses to extend a head whose seal does not match, or that no longer points at the last entry.
 * An unsealed head (written before seals) is accepted once, unless its entries were written sealed.
 */
async function assertHeadIntact(
  tx: Db,
  chain: string,
  head: { lastSeq: number; lastHash: string; headMac: string | null },
): Promise<void> {
  const refuse = (why: string) => {
    throw new AppError(
      'conflict',
      `audit: ${why} in chain ${chain}; nothing was changed. Run "custodes audit verify" and restore from a backup`,
    );
  };
  if (head.headMac !== null && !headMacMatches(auditKeys().headMacKey, chain, head))
    refuse('the head does not match its seal');
  if (head.lastSeq === 0) return;
  const last = await readEntryAt(tx, chain, head.lastSeq);
  if (!last || last.hash !== head.lastHash) refuse('the head no longer points at the last entry');
  if (head.headMac === null && last && last.hashFormat >= 2) refuse('the head lost its seal');
}

/** The stored hash of one entry, or null when the log has no entry with that number. */
export async function readEntryAt(db: Db, chain: string, seq: number) {
  const [row] = await db
    .select({ hash: auditLog.hash, hashFormat: auditLog.hashFormat })
    .from(auditLog)
    .where(and(eq(auditLog.chain, chain), eq(auditLog.seq, seq)));
  return row ?? null;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
  before?: number;
  limit: number;
}

export async function listAuditEntries(db: Db, workspaceId: string, filter: AuditFilter) {
  const conditions = [eq(auditLog.chain, workspaceId)];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) conditions.push(sql`${auditLog.action} ILIKE ${`%${filter.action}%`}`);
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conditions.push(lte(auditLog.createdAt, filter.to));
  if (filter.before) conditions.push(lt(auditLog.seq, filter.before));
  return db
    .select({
      id: auditLog.id,
      seq: auditLog.seq,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(filter.limit);
}

/** Every chain name, for verifying the whole log. */
export async function listChains(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ chain: auditLog.chain }).from(auditLog);
  const heads = await db.select({ chain: auditHeads.chain }).from(auditHeads);
  return [...new Set([...rows.map((row) => row.chain), ...heads.map((row) => row.chain)])].sort();
}

const PAGE = 5000;

/** Streams a chain in sequence order up to `upToSeq`, page by page, so long logs never sit in memory whole. */
export async function* readChain(db: Db, chain: string, upToSeq: number): AsyncGenerator<StoredAuditEntry[]> {
  let afterSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, chain), sql`${auditLog.seq} > ${afterSeq}`, lte(auditLog.seq, upToSeq)))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE);
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      id: String(row.id),
      chain: row.chain,
      seq: row.seq,
      workspaceId: row.workspaceId,
      actorId: row.actorId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      changes: row.changes as FieldChanges,
      createdAt: row.createdAt.toISOString(),
      prevHash: row.prevHash,
      hash: row.hash,
      hashFormat: row.hashFormat as HashFormat,
    }));
    afterSeq = rows[rows.length - 1].seq;
  }
}

/** The highest sequence number stored for a chain (0 when it has none). */
export async function lastStoredSeq(db: Db, chain: string): Promise<number> {
  const [row] = await db
    .select({ seq: sql<number | null>`max(${auditLog.seq})` })
    .from(auditLog)
    .where(eq(auditLog.chain, chain));
  return Number(row?.seq ?? 0);
}

export async function readHead(db: Db, chain: string) {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.chain, chain));
  return head ?? null;
}
