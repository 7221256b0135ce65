import { type ChainVerdict, createChainVerifier } from '../../../core/audit/chain.ts';
import type { Db } from '../../db/client.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditKeys } from './keys.ts';
import {
  type AuditFilter,
  lastStoredSeq,
  listAuditEntries,
  listChains,
  readChain,
  readHead,
} from './repo.ts';

/**
 * Verifies a chain up to the head read first, so entries appended meanwhile are not mistaken for
 * damage; entries past the head are then accepted only if a fresh head covers them.
 */
export async function verifyAuditChain(db: Db, chain: string): Promise<ChainVerdict> {
  const verifier = createChainVerifier({ chain, headMacKey: auditKeys().headMacKey });
  const head = await readHead(db, chain);
  pages: for await (const page of readChain(db, chain, head?.lastSeq ?? 2 ** 31 - 1)) {
    for (const entry of page) if (!verifier.push(entry)) break pages;
  }
  const verdict = verifier.finish(head);
  if (!verdict.ok || !head) return verdict;
  const stored = await lastStoredSeq(db, chain);
  if (stored <= head.lastSeq || ((await readHead(db, chain))?.lastSeq ?? 0) >= stored) return verdict;
  const reason = `chain ${chain} holds entries after its head (entry ${stored}, head at ${head.lastSeq}): added without the server key`;
  return {
    ...verdict,
    ok: false,
    firstBroken: { seq: head.lastSeq + 1, id: '', code: 'beyond-head', reason },
  };
}

/** Verifies every chain in the log; used by `custodes audit verify` without --workspace. */
export async function verifyAllAuditChains(db: Db): Promise<Array<{ chain: string } & ChainVerdict>> {
  const results = [];
  for (const chain of await listChains(db)) results.push({ chain, ...(await verifyAuditChain(db, chain)) });
  return results;
}

export async function listWorkspaceAudit(options: { db: Db; actor: WorkspaceActor; filter: AuditFilter }) {
  authorize(options.actor, 'audit:read');
  const rows = await listAuditEntries(options.db, options.actor.workspace.id, options.filter);
  return {
    entries: rows.map((row) => ({
      id: String(row.id),
      seq: row.seq,
      createdAt: row.createdAt.toISOString(),
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '', email: row.actorEmail ?? '' } : null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      changes: row.changes as Record<string, { before: unknown; after: unknown }>,
    })),
    nextBefore: rows.length === options.filter.limit ? rows[rows.length - 1].seq : null,
  };
}

export async function verifyWorkspaceAudit(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'audit:read');
  return verifyAuditChain(options.db, options.actor.workspace.id);
}
