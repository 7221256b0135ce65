import { type ChainVerdict, createChainVerifier } from '../../../core/audit/chain.ts';
import type { Db } from '../../db/client.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { type AuditFilter, listAuditEntries, listChains, readChain, readHead } from './repo.ts';

export async function verifyAuditChain(db: Db, chain: string): Promise<ChainVerdict> {
  const verifier = createChainVerifier();
  for await (const page of readChain(db, chain)) {
    for (const entry of page) if (!verifier.push(entry)) return verifier.finish(null);
  }
  return verifier.finish(await readHead(db, chain));
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
