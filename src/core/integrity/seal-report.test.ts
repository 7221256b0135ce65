import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  decryptBytes,
  decryptJson,
  generateKeyPair,
  IntegrityCryptoError,
  type KeyPair,
  loadSodium,
  newSalt,
  openSealedKey,
  type SodiumLib,
  toBase64,
  whistleblowerKeyPair,
} from './crypto.ts';
import { keyKindsFor, sealReport } from './seal-report.ts';
import type { IdentityContent, IdentityMode, ReportContent } from './types.ts';

let s: SodiumLib;
let handler: KeyPair;
let secondHandler: KeyPair;
let custodian: KeyPair;
let channel: Parameters<typeof sealReport>[1];

beforeAll(async () => {
  s = await loadSodium();
  handler = generateKeyPair(s);
  secondHandler = generateKeyPair(s);
  custodian = generateKeyPair(s);
  channel = {
    whistleblowerSalt: newSalt(s),
    recipients: [
      { id: 'h1', role: 'handler', publicKey: toBase64(s, handler.publicKey) },
      { id: 'h2', role: 'handler', publicKey: toBase64(s, secondHandler.publicKey) },
      { id: 'c1', role: 'custodian', publicKey: toBase64(s, custodian.publicKey) },
    ],
  };
});

const content: ReportContent = {
  type: 'payroll-fraud',
  institutionId: null,
  institutionOther: 'Border police, eastern region',
  when: '2026-03',
  where: 'Regional HQ',
  description: 'Forty names on the payroll have never reported for duty.',
  answers: { reported_before: 'no' },
  files: [{ name: 'list.pdf', type: 'application/pdf', size: 3, metadataRemoved: true }],
  language: 'fr',
};
const person: IdentityContent = { name: 'A. Witness', contact: 'witness@example.org' };

describe('keyKindsFor', () => {
  it.each([
    ['handler', 'anonymous', ['report', 'notes']],
    ['handler', 'confidential', ['report', 'notes']],
    ['handler', 'open', ['report', 'notes', 'identity']],
    ['custodian', 'anonymous', []],
    ['custodian', 'confidential', ['identity']],
    ['custodian', 'open', ['identity']],
  ] as const)('%s in %s mode holds %j', (role, mode, kinds) => {
    expect(keyKindsFor(role, mode)).toEqual(kinds);
  });
});

describe('sealReport', () => {
  function sealed(mode: IdentityMode) {
    return sealReport(s, channel, content, { mode, content: mode === 'anonymous' ? null : person }, [
      new Uint8Array([1, 2, 3]),
    ]);
  }
  const kindsOf = (report: ReturnType<typeof sealed>['report'], id: string) =>
    report.keys
      .filter((key) => key.recipientId === id)
      .map((key) => key.kind)
      .sort();

  it.each(['anonymous', 'confidential', 'open'] as const)(
    'gives each recipient exactly their keys (%s)',
    (mode) => {
      const { report } = sealed(mode);
      expect(report.identityMode).toBe(mode);
      for (const recipient of channel.recipients) {
        expect(kindsOf(report, recipient.id)).toEqual([...keyKindsFor(recipient.role, mode)].sort());
      }
      expect(report.identity === null).toBe(mode === 'anonymous');
    },
  );

  it('a handler decrypts the content and files; the receipt alone decrypts the content too', () => {
    const { report, files, receipt } = sealed('anonymous');
    expect(report.receipt).toBe(receipt);
    const sealedForH2 = report.keys.find((key) => key.recipientId === 'h2' && key.kind === 'report');
    const reportKey = openSealedKey(s, sealedForH2?.sealed ?? '', secondHandler);
    expect(decryptJson(s, reportKey, report.content, CONTEXTS.content)).toEqual(content);
    expect(decryptBytes(s, reportKey, files[0], CONTEXTS.file)).toEqual(new Uint8Array([1, 2, 3]));
    const whistleblower = whistleblowerKeyPair(s, receipt, channel.whistleblowerSalt);
    expect(toBase64(s, whistleblower.publicKey)).toBe(report.whistleblowerPublicKey);
    expect(openSealedKey(s, report.whistleblowerKey, whistleblower)).toEqual(reportKey);
  });

  it('a confidential identity opens for the custodian only, not with a handler’s keys', () => {
    const { report } = sealed('confidential');
    const custodianKey = report.keys.find((key) => key.recipientId === 'c1' && key.kind === 'identity');
    const identityKey = openSealedKey(s, custodianKey?.sealed ?? '', custodian);
    expect(decryptJson(s, identityKey, report.identity ?? '', CONTEXTS.identity)).toEqual(person);
    for (const key of report.keys.filter((k) => k.recipientId === 'h1')) {
      const opened = openSealedKey(s, key.sealed, handler);
      expect(() => decryptJson(s, opened, report.identity ?? '', CONTEXTS.identity)).toThrow(
        IntegrityCryptoError,
      );
    }
    expect(() => openSealedKey(s, custodianKey?.sealed ?? '', handler)).toThrow(IntegrityCryptoError);
  });

  it('an identity mode without an identity is sent as anonymous', () => {
    const { report } = sealReport(s, channel, { ...content, files: [] }, { mode: 'open', content: null }, []);
    expect(report.identityMode).toBe('anonymous');
    expect(report.identity).toBeNull();
  });
});
