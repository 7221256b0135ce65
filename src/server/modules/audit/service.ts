import type { z } from '@hono/zod-openapi';
import { type ChainVerdict, createChainVerifier } from '../../../core/audit/chain.ts';
import type { Db } from '../../db/client.ts';
import type { JsonValue } from '../../http/schemas.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditKeys } from './keys.ts';
import { entityLabels, labelFor } from './names.ts';
import { itemCodes, referencedIds, referenceNames } from './references.ts';
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

type Json = z.output<typeof JsonValue>;

/**
 * A page of the workspace's log, newest first, with what the web needs to say each entry in words:
 * who (name), what (the entity's name, live or as last recorded) and the names of the records the
 * changes point at.
 */
export async function listWorkspaceAudit(options: { db: Db; actor: WorkspaceActor; filter: AuditFilter }) {
  const { db, actor } = options;
  authorize(actor, 'audit:read');
  const workspaceId = actor.workspace.id;
  const rows = (await listAuditEntries(db, workspaceId, options.filter)).map((row) => ({
    ...row,
    changes: row.changes as Record<string, { before: Json; after: Json }>,
  }));
  const [labels, names, codes] = await Promise.all([
    entityLabels(db, workspaceId, rows),
    referenceNames(db, workspaceId, referencedIds(rows)),
    itemCodes(db, workspaceId, rows),
  ]);
  return {
    entries: rows.map((row) => ({
      id: String(row.id),
      seq: row.seq,
      createdAt: row.createdAt.toISOString(),
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '', email: row.actorEmail ?? '' } : null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      entity: labelFor(labels, row.entityType, row.entityId),
      changes: row.changes,
    })),
    references: { ...codes, ...names },
    nextBefore: rows.length === options.filter.limit ? rows[rows.length - 1].seq : null,
  };
}

export async function verifyWorkspaceAudit(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'audit:read');
  return verifyAuditChain(options.db, options.actor.workspace.id);
}
