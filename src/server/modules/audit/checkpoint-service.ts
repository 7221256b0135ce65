import type { ChainVerdict } from '../../../core/audit/chain.ts';
import {
  type AuditCheckpoint,
  CHECKPOINT_KIND,
  type CheckpointProblem,
  checkCheckpointEntry,
  checkCheckpointSignature,
  signCheckpoint,
} from '../../../core/audit/checkpoint.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { auditKeys } from './keys.ts';
import { appendAudit, readEntryAt, readHead } from './repo.ts';
import { verifyAuditChain } from './service.ts';

export function auditPublicKey() {
  const keys = auditKeys();
  return { algorithm: 'Ed25519' as const, publicKey: keys.publicKeyPem, keyId: keys.keyId };
}

/**
 * Signs the workspace chain's current head. The chain is verified first (a signature over a
 * damaged log would vouch for the damage), and the checkpoint is itself recorded in the log.
 */
export async function createAuditCheckpoint(options: {
  db: Db;
  actor: WorkspaceActor;
}): Promise<AuditCheckpoint> {
  const { db, actor } = options;
  // A checkpoint is the secretariat's signed statement, so only owners and admins may make one.
  authorize(actor, 'workspace:update');
  const chain = actor.workspace.id;
  const verdict = await verifyAuditChain(db, chain);
  if (!verdict.ok)
    throw new AppError(
      'conflict',
      `audit: the chain is broken at entry #${verdict.firstBroken?.seq}; a checkpoint is only signed over an intact chain`,
    );
  const keys = auditKeys();
  return db.transaction(async (tx) => {
    await appendAudit(tx, {
      workspaceId: chain,
      actorId: actor.user.id,
      action: 'audit.checkpoint',
      entityType: 'audit_chain',
      entityId: chain,
      after: { keyId: keys.keyId },
    });
    const head = await readHead(tx, chain);
    if (!head) throw new Error('audit head missing right after an append');
    return signCheckpoint(
      {
        kind: CHECKPOINT_KIND,
        version: 1,
        chain,
        workspace: actor.workspace.slug,
        seq: head.lastSeq,
        headHash: head.lastHash,
        time: new Date().toISOString(),
        publicKey: keys.publicKeyPem,
      },
      keys.signingKey,
    );
  });
}

export interface CheckpointVerdict extends ChainVerdict {
  checkpoint: { seq: number; time: string; problem: CheckpointProblem | null };
}

/**
 * Proves the log still extends the checkpoint: signed by this server for this chain, the entry at
 * its sequence number still carries its hash, and the chain up to today's head verifies.
 */
export async function verifyAgainstCheckpoint(
  db: Db,
  checkpoint: AuditCheckpoint,
): Promise<CheckpointVerdict> {
  const keys = auditKeys();
  const chainVerdict = await verifyAuditChain(db, checkpoint.chain);
  const problem =
    checkCheckpointSignature(checkpoint, { publicKeyPem: keys.publicKeyPem, chain: checkpoint.chain }) ??
    checkCheckpointEntry(checkpoint, await readEntryAt(db, checkpoint.chain, checkpoint.seq));
  return {
    ...chainVerdict,
    ok: chainVerdict.ok && problem === null,
    checkpoint: { seq: checkpoint.seq, time: checkpoint.time, problem },
  };
}

/** The HTTP form: the checkpoint must belong to the workspace in the address. */
export async function verifyWorkspaceCheckpoint(options: {
  db: Db;
  actor: WorkspaceActor;
  checkpoint: AuditCheckpoint;
}): Promise<CheckpointVerdict> {
  authorize(options.actor, 'audit:read');
  const chain = options.actor.workspace.id;
  if (options.checkpoint.chain !== chain)
    throw new AppError('bad_request', 'checkpoint.chain: this checkpoint belongs to another workspace');
  return verifyAgainstCheckpoint(options.db, options.checkpoint);
}
