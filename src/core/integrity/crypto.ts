import type Sodium from 'libsodium-wrappers-sumo';

/**
 * The integrity channel's cryptography, one implementation for the browser, the CLI and the tests.
 *
 * - A report has three random keys (XChaCha20-Poly1305): the report key (answers, files, messages
 *   with the whistle-blower), the notes key (handlers' internal notes) and the identity key.
 * - Each key is sealed (crypto_box_seal) to the X25519 public key of every recipient who may read it,
 *   and the report key also to the whistle-blower, whose key pair is derived from the receipt.
 * - A recipient's private key is stored encrypted under a key derived from their password
 *   (Argon2id), and a second time under a random recovery key.
 *
 * Byte strings travel as standard base64. An encrypted value is nonce ‖ ciphertext; its context
 * string is bound as associated data, so a note cannot be passed off as a message.
 */
export type SodiumLib = typeof Sodium;

let loading: Promise<SodiumLib> | null = null;

/** libsodium (sumo build: it has Argon2id), loaded once; the import is dynamic so pages load it lazily. */
export function loadSodium(): Promise<SodiumLib> {
  loading ??= import('libsodium-wrappers-sumo').then(async (module) => {
    const sodium = (module.default ?? module) as SodiumLib;
    await sodium.ready;
    return sodium;
  });
  return loading;
}

export const CONTEXTS = {
  content: 'custodes/integrity/v1/content',
  identity: 'custodes/integrity/v1/identity',
  file: 'custodes/integrity/v1/file',
  message: 'custodes/integrity/v1/message',
  note: 'custodes/integrity/v1/note',
  privateKey: 'custodes/integrity/v1/private-key',
} as const;
export type CryptoContext = (typeof CONTEXTS)[keyof typeof CONTEXTS];

/** Argon2id cost for passwords and receipts: libsodium's "interactive" level (64 MiB, 2 passes). */
export const ARGON2ID = { opsLimit: 2, memLimit: 64 * 1024 * 1024 } as const;

export const RECEIPT_DIGITS = 16;
export const KEY_BYTES = 32;
/** Length of a sealed 32-byte key: the key, an ephemeral public key and a MAC. */
export const SEALED_KEY_BYTES = 80;

/** A decryption failed: wrong key, wrong password, or tampered data. */
export class IntegrityCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntegrityCryptoError';
  }
}

export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** A private key as stored on the server: encrypted under an Argon2id key from the password. */
export interface LockedPrivateKey {
  ciphertext: string;
  salt: string;
  opsLimit: number;
  memLimit: number;
}

export const toBase64 = (s: SodiumLib, bytes: Uint8Array) => s.to_base64(bytes, s.base64_variants.ORIGINAL);
export function fromBase64(s: SodiumLib, text: string): Uint8Array {
  try {
    return s.from_base64(text, s.base64_variants.ORIGINAL);
  } catch {
    throw new IntegrityCryptoError('not base64');
  }
}

export const newSymmetricKey = (s: SodiumLib) => s.crypto_aead_xchacha20poly1305_ietf_keygen();

export function encryptBytes(s: SodiumLib, key: Uint8Array, plain: Uint8Array, context: CryptoContext) {
  const nonce = s.randombytes_buf(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const cipher = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, context, null, nonce, key);
  const out = new Uint8Array(nonce.length + cipher.length);
  out.set(nonce);
  out.set(cipher, nonce.length);
  return out;
}

export function decryptBytes(s: SodiumLib, key: Uint8Array, sealed: Uint8Array, context: CryptoContext) {
  const nonceBytes = s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  if (sealed.length < nonceBytes + s.crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    throw new IntegrityCryptoError('ciphertext too short');
  }
  try {
    return s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed.subarray(nonceBytes),
      context,
      sealed.subarray(0, nonceBytes),
      key,
    );
  } catch {
    throw new IntegrityCryptoError('cannot decrypt: wrong key or altered data');
  }
}

export function encryptJson(s: SodiumLib, key: Uint8Array, value: unknown, context: CryptoContext): string {
  return toBase64(s, encryptBytes(s, key, s.from_string(JSON.stringify(value)), context));
}

export function decryptJson<T>(s: SodiumLib, key: Uint8Array, encrypted: string, context: CryptoContext): T {
  return JSON.parse(s.to_string(decryptBytes(s, key, fromBase64(s, encrypted), context))) as T;
}

export function generateKeyPair(s: SodiumLib): KeyPair {
  const { publicKey, privateKey } = s.crypto_box_keypair();
  return { publicKey, privateKey };
}

/** Seals a symmetric key to an X25519 public key (base64); only the matching private key opens it. */
export function sealKey(s: SodiumLib, key: Uint8Array, publicKey: string): string {
  return toBase64(s, s.crypto_box_seal(key, fromBase64(s, publicKey)));
}

export function openSealedKey(s: SodiumLib, sealed: string, pair: KeyPair): Uint8Array {
  try {
    return s.crypto_box_seal_open(fromBase64(s, sealed), pair.publicKey, pair.privateKey);
  } catch {
    throw new IntegrityCryptoError('this key was not sealed to you');
  }
}

function argon2id(
  s: SodiumLib,
  secret: string,
  salt: Uint8Array,
  cost: { opsLimit: number; memLimit: number } = ARGON2ID,
) {
  return s.crypto_pwhash(
    KEY_BYTES,
    secret,
    salt,
    cost.opsLimit,
    cost.memLimit,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
}

export function lockPrivateKey(s: SodiumLib, privateKey: Uint8Array, password: string): LockedPrivateKey {
  const salt = s.randombytes_buf(s.crypto_pwhash_SALTBYTES);
  const key = argon2id(s, password, salt);
  return {
    ciphertext: toBase64(s, encryptBytes(s, key, privateKey, CONTEXTS.privateKey)),
    salt: toBase64(s, salt),
    opsLimit: ARGON2ID.opsLimit,
    memLimit: ARGON2ID.memLimit,
  };
}

/** Throws IntegrityCryptoError on a wrong password. */
export function unlockPrivateKey(s: SodiumLib, locked: LockedPrivateKey, password: string): KeyPair {
  const key = argon2id(s, password, fromBase64(s, locked.salt), locked);
  const privateKey = decryptBytes(s, key, fromBase64(s, locked.ciphertext), CONTEXTS.privateKey);
  return { privateKey, publicKey: s.crypto_scalarmult_base(privateKey) };
}

/** A recovery key: 32 random bytes, written as eight groups of base32-like characters for copying. */
export function newRecoveryKey(s: SodiumLib): string {
  const hex = s.to_hex(s.randombytes_buf(KEY_BYTES)).toUpperCase();
  return hex.match(/.{8}/g)?.join('-') ?? hex;
}

function recoveryKeyBytes(s: SodiumLib, recoveryKey: string): Uint8Array {
  const hex = recoveryKey.replace(/[\s-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new IntegrityCryptoError('a recovery key is 64 hexadecimal digits');
  return s.crypto_generichash(KEY_BYTES, s.from_hex(hex), 'custodes-integrity-recovery');
}

export function lockWithRecoveryKey(s: SodiumLib, privateKey: Uint8Array, recoveryKey: string): string {
  return toBase64(s, encryptBytes(s, recoveryKeyBytes(s, recoveryKey), privateKey, CONTEXTS.privateKey));
}

export function unlockWithRecoveryKey(s: SodiumLib, locked: string, recoveryKey: string): KeyPair {
  const key = recoveryKeyBytes(s, recoveryKey);
  const privateKey = decryptBytes(s, key, fromBase64(s, locked), CONTEXTS.privateKey);
  return { privateKey, publicKey: s.crypto_scalarmult_base(privateKey) };
}

/** Sixteen uniformly random decimal digits (about 53 bits). */
export function newReceipt(s: SodiumLib): string {
  let receipt = '';
  for (let i = 0; i < RECEIPT_DIGITS; i += 1) receipt += String(s.randombytes_uniform(10));
  return receipt;
}

/** The receipt as typed: spaces and dashes dropped; null unless exactly 16 digits remain. */
export function normaliseReceipt(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${RECEIPT_DIGITS}}$`).test(digits) ? digits : null;
}

/** Groups a receipt as 4-4-4-4 for reading aloud and copying. */
export const formatReceipt = (receipt: string) => receipt.match(/.{1,4}/g)?.join(' ') ?? receipt;

/**
 * The whistle-blower's key pair, derived from the receipt and the channel's public salt, so that
 * coming back with the receipt alone is enough to read the replies.
 */
export function whistleblowerKeyPair(s: SodiumLib, receipt: string, channelSalt: string): KeyPair {
  const seed = argon2id(s, `whistleblower:${receipt}`, fromBase64(s, channelSalt));
  const { publicKey, privateKey } = s.crypto_box_seed_keypair(seed);
  return { publicKey, privateKey };
}

/**
 * The server's lookup value for a receipt: Argon2id under the channel's secret salt, hex. The same
 * receipt always gives the same value, so a report is found by equality, and the receipt itself is
 * never stored.
 */
export function receiptLookupHash(s: SodiumLib, receipt: string, secretSalt: string): string {
  return s.to_hex(argon2id(s, `lookup:${receipt}`, fromBase64(s, secretSalt)));
}

export const newSalt = (s: SodiumLib) => toBase64(s, s.randombytes_buf(s.crypto_pwhash_SALTBYTES));
