import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import canonicalize from 'canonicalize';

export const CHECKPOINT_KIND = 'custodes.audit-checkpoint';

/**
 * A signed statement "chain C had head H at entry S at time T". The signature is Ed25519 over the
 * RFC 8785 JSON of every other field, so anyone holding the public key can check it.
 */
export interface AuditCheckpoint {
  kind: typeof CHECKPOINT_KIND;
  version: 1;
  /** The chain name: the workspace's id. */
  chain: string;
  /** The workspace's slug when the checkpoint was made (for people and for --server). */
  workspace: string;
  seq: number;
  headHash: string;
  /** When it was signed, ISO 8601 in UTC. */
  time: string;
  /** The signing public key, SPKI PEM. */
  publicKey: string;
  /** Base64 Ed25519 signature. */
  signature: string;
}

export type UnsignedCheckpoint = Omit<AuditCheckpoint, 'signature'>;

export function checkpointSigningText(checkpoint: UnsignedCheckpoint): string {
  const { kind, version, chain, workspace, seq, headHash, time, publicKey } = checkpoint;
  return canonicalize({ kind, version, chain, workspace, seq, headHash, time, publicKey }) as string;
}

export function signCheckpoint(checkpoint: UnsignedCheckpoint, signingKey: KeyObject): AuditCheckpoint {
  const signature = sign(null, Buffer.from(checkpointSigningText(checkpoint), 'utf8'), signingKey);
  return { ...checkpoint, signature: signature.toString('base64') };
}

export type CheckpointProblemCode =
  | 'other-key'
  | 'bad-signature'
  | 'other-chain'
  | 'entry-missing'
  | 'entry-changed';

export interface CheckpointProblem {
  code: CheckpointProblemCode;
  reason: string;
}

/** Checks what the checkpoint file alone can prove: it was signed by this server's key, for this chain. */
export function checkCheckpointSignature(
  checkpoint: AuditCheckpoint,
  expected: { publicKeyPem: string; chain: string },
): CheckpointProblem | null {
  let fileKey: KeyObject;
  try {
    fileKey = createPublicKey(checkpoint.publicKey);
  } catch {
    return { code: 'other-key', reason: 'the checkpoint’s public key is not a valid key' };
  }
  const serverKey = createPublicKey(expected.publicKeyPem);
  if (!fileKey.equals(serverKey))
    return { code: 'other-key', reason: 'the checkpoint was signed with another key than this server’s' };
  const text = Buffer.from(checkpointSigningText(checkpoint), 'utf8');
  if (!signatureValid(text, serverKey, checkpoint.signature))
    return { code: 'bad-signature', reason: 'the checkpoint’s signature does not match its contents' };
  if (checkpoint.chain !== expected.chain)
    return { code: 'other-chain', reason: 'the checkpoint belongs to another workspace’s chain' };
  return null;
}

function signatureValid(text: Buffer, key: KeyObject, signature: string): boolean {
  try {
    return verify(null, text, key, Buffer.from(signature, 'base64'));
  } catch {
    return false; // a signature of the wrong length is simply not valid
  }
}

/** Checks that the log still holds the checkpointed entry with the checkpointed hash. */
export function checkCheckpointEntry(
  checkpoint: AuditCheckpoint,
  entry: { hash: string } | null,
): CheckpointProblem | null {
  if (!entry)
    return {
      code: 'entry-missing',
      reason: `entry #${checkpoint.seq} of the checkpoint is no longer in the log (entries removed)`,
    };
  if (entry.hash !== checkpoint.headHash)
    return {
      code: 'entry-changed',
      reason: `entry #${checkpoint.seq} no longer has the checkpointed hash (history rewritten)`,
    };
  return null;
}
