import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptBytes,
  decryptJson,
  encryptBytes,
  encryptJson,
  formatReceipt,
  generateKeyPair,
  IntegrityCryptoError,
  loadSodium,
  lockPrivateKey,
  lockWithRecoveryKey,
  newReceipt,
  newRecoveryKey,
  newSalt,
  newSymmetricKey,
  normaliseReceipt,
  openSealedKey,
  receiptLookupHash,
  SEALED_KEY_BYTES,
  type SodiumLib,
  sealKey,
  toBase64,
  unlockPrivateKey,
  unlockWithRecoveryKey,
  whistleblowerKeyPair,
} from './crypto.ts';

let s: SodiumLib;
beforeAll(async () => {
  s = await loadSodium();
});

describe('symmetric encryption', () => {
  it('JSON comes back as it went in, and the ciphertext does not show it', () => {
    const key = newSymmetricKey(s);
    const value = { text: 'ghost soldiers on the 3rd battalion payroll', n: 42, list: ['é', 'ع'] };
    const encrypted = encryptJson(s, key, value, CONTEXTS.content);
    expect(encrypted).not.toContain('ghost');
    expect(atob(encrypted)).not.toContain('ghost');
    expect(decryptJson(s, key, encrypted, CONTEXTS.content)).toEqual(value);
  });

  it('bytes round trip; two encryptions of the same bytes differ (fresh nonce)', () => {
    const key = newSymmetricKey(s);
    const plain = s.randombytes_buf(1000);
    const a = encryptBytes(s, key, plain, CONTEXTS.file);
    const b = encryptBytes(s, key, plain, CONTEXTS.file);
    expect(a.length).toBe(plain.length + 40);
    expect(toBase64(s, a)).not.toBe(toBase64(s, b));
    expect(decryptBytes(s, key, a, CONTEXTS.file)).toEqual(plain);
  });

  it('a wrong key, a wrong context or an altered byte throws IntegrityCryptoError', () => {
    const key = newSymmetricKey(s);
    const sealed = encryptBytes(s, key, s.from_string('note'), CONTEXTS.note);
    expect(() => decryptBytes(s, newSymmetricKey(s), sealed, CONTEXTS.note)).toThrow(IntegrityCryptoError);
    expect(() => decryptBytes(s, key, sealed, CONTEXTS.message)).toThrow(IntegrityCryptoError);
    const altered = sealed.slice();
    altered[altered.length - 1] ^= 1;
    expect(() => decryptBytes(s, key, altered, CONTEXTS.note)).toThrow(IntegrityCryptoError);
    expect(() => decryptBytes(s, key, sealed.subarray(0, 20), CONTEXTS.note)).toThrow(/too short/);
    expect(() => decryptJson(s, key, 'not base64!', CONTEXTS.note)).toThrow(IntegrityCryptoError);
  });
});

describe('sealed keys', () => {
  it('only the matching private key opens a sealed key', () => {
    const pair = generateKeyPair(s);
    const key = newSymmetricKey(s);
    const sealed = sealKey(s, key, toBase64(s, pair.publicKey));
    expect(s.from_base64(sealed, s.base64_variants.ORIGINAL).length).toBe(SEALED_KEY_BYTES);
    expect(openSealedKey(s, sealed, pair)).toEqual(key);
    expect(() => openSealedKey(s, sealed, generateKeyPair(s))).toThrow(IntegrityCryptoError);
  });
});

describe('locked private keys', () => {
  it('the password unlocks the private key; a wrong password throws', () => {
    const pair = generateKeyPair(s);
    const locked = lockPrivateKey(s, pair.privateKey, 'a long and careful password');
    expect(locked.ciphertext).not.toContain(toBase64(s, pair.privateKey));
    const unlocked = unlockPrivateKey(s, locked, 'a long and careful password');
    expect(unlocked.privateKey).toEqual(pair.privateKey);
    expect(unlocked.publicKey).toEqual(pair.publicKey);
    expect(() => unlockPrivateKey(s, locked, 'a long and careless password')).toThrow(IntegrityCryptoError);
  });

  it('the recovery key unlocks too, typed with or without dashes; another one does not', () => {
    const pair = generateKeyPair(s);
    const recovery = newRecoveryKey(s);
    expect(recovery).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{8}){7}$/);
    const locked = lockWithRecoveryKey(s, pair.privateKey, recovery);
    expect(unlockWithRecoveryKey(s, locked, recovery.replaceAll('-', ' ').toLowerCase()).publicKey).toEqual(
      pair.publicKey,
    );
    expect(() => unlockWithRecoveryKey(s, locked, newRecoveryKey(s))).toThrow(IntegrityCryptoError);
    expect(() => unlockWithRecoveryKey(s, locked, '1234')).toThrow(/64 hexadecimal/);
  });
});

describe('receipts', () => {
  it('are 16 digits, read back with spaces or dashes, and shown in groups of four', () => {
    const receipt = newReceipt(s);
    expect(receipt).toMatch(/^\d{16}$/);
    expect(normaliseReceipt(formatReceipt(receipt))).toBe(receipt);
    expect(normaliseReceipt('1234-5678-9012-3456')).toBe('1234567890123456');
    expect(normaliseReceipt('123456789012345')).toBeNull();
    expect(normaliseReceipt('12345678901234567')).toBeNull();
    expect(normaliseReceipt('1234 5678 9012 345a')).toBeNull();
    expect(formatReceipt('1234567890123456')).toBe('1234 5678 9012 3456');
  });

  it('the whistle-blower key pair depends on the receipt and the channel salt only', () => {
    const salt = newSalt(s);
    const receipt = '1111222233334444';
    const a = whistleblowerKeyPair(s, receipt, salt);
    expect(whistleblowerKeyPair(s, receipt, salt)).toEqual(a);
    expect(whistleblowerKeyPair(s, '1111222233334445', salt).publicKey).not.toEqual(a.publicKey);
    expect(whistleblowerKeyPair(s, receipt, newSalt(s)).publicKey).not.toEqual(a.publicKey);
    // The receipt alone opens what was sealed to the whistle-blower.
    const key = newSymmetricKey(s);
    const sealed = sealKey(s, key, toBase64(s, a.publicKey));
    expect(openSealedKey(s, sealed, whistleblowerKeyPair(s, receipt, salt))).toEqual(key);
  });

  it('the lookup hash is stable per secret salt and shows nothing of the receipt', () => {
    const salt = newSalt(s);
    const hash = receiptLookupHash(s, '9999000011112222', salt);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('9999000011112222');
    expect(receiptLookupHash(s, '9999000011112222', salt)).toBe(hash);
    expect(receiptLookupHash(s, '9999000011112223', salt)).not.toBe(hash);
    expect(receiptLookupHash(s, '9999000011112222', newSalt(s))).not.toBe(hash);
  });
});
