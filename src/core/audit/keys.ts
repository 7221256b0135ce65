import { createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

/** The audit trail's keys, all derived from the server secret so every process of one server agrees. */
export interface AuditKeys {
  /** HMAC key sealing chain heads. */
  headMacKey: Buffer;
  /** Ed25519 key pair signing checkpoints. */
  signingKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as SPKI PEM, the form published and written into checkpoints. */
  publicKeyPem: string;
  /** SHA-256 of the raw 32-byte public key, hex: a short name for the key. */
  keyId: string;
}

const SALT = 'custodes-audit';
export const HEAD_MAC_INFO = 'custodes audit head seal v1';
export const CHECKPOINT_KEY_INFO = 'custodes audit checkpoint ed25519 v1';
/** DER header of a PKCS#8 Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function derive(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), SALT, info, 32));
}

export function deriveAuditKeys(secret: string): AuditKeys {
  if (!secret) throw new Error('the server secret is empty: audit keys cannot be derived');
  const seed = derive(secret, CHECKPOINT_KEY_INFO);
  const signingKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(signingKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    headMacKey: derive(secret, HEAD_MAC_INFO),
    signingKey,
    publicKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    keyId: createHash('sha256').update(raw).digest('hex'),
  };
}
