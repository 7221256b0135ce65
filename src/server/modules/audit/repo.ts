import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import {
  diffFields,
  type FieldChanges,
  GENESIS_HASH,
  hashAuditEntry,
  type StoredAuditEntry,
} from '../../../core/audit/chain.ts';
import type { Db } from '../../db/client.ts';
import { auditHeads, auditLog, users } from '../../db/schema/index.ts';

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
 * serialises concurrent writers, so sequence numbers and links never fork.
 */
export async function appendAudit(tx: Db, event: AuditEvent): Promise<void> {
  const chain = event.workspaceId ?? SYSTEM_CHAIN;
  await tx
    .insert(auditHeads)
    .values({ chain, lastSeq: 0, lastHash: GENESIS_HASH })
    .onConflictDoNothing({ target: auditHeads.chain });
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.chain, chain)).for('update');
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
  const hash = hashAuditEntry(content);
  await tx.insert(auditLog).values({ ...content, createdAt: new Date(content.createdAt), hash });
  await tx
    .update(auditHeads)
    .set({ lastSeq: content.seq, lastHash: hash })
    .where(eq(auditHeads.chain, chain));
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

/** Streams a chain in sequence order, page by page, so long logs never sit in memory whole. */
export async function* readChain(db: Db, chain: string): AsyncGenerator<StoredAuditEntry[]> {
  let afterSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chain, chain), sql`${auditLog.seq} > ${afterSeq}`))
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
    }));
    afterSeq = rows[rows.length - 1].seq;
  }
}

export async function readHead(db: Db, chain: string) {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.chain, chain));
  return head ?? null;
}
