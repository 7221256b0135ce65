import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTEXTS,
  encryptJson,
  generateKeyPair,
  IntegrityCryptoError,
  type KeyPair,
  loadSodium,
  openSealedKey,
  type SodiumLib,
  toBase64,
} from '../../../../core/integrity/crypto';
import { sealReport } from '../../../../core/integrity/seal-report';
import type { ReportContent } from '../../../../core/integrity/types';
import {
  asReportContent,
  decryptCaseFile,
  encryptCaseMessage,
  openCase,
  resealIdentityKey,
  type SealedCase,
} from './openCase';

let sodium: SodiumLib;
let handler: KeyPair;
let custodian: KeyPair;
let outsider: KeyPair;

beforeAll(async () => {
  sodium = await loadSodium();
  handler = generateKeyPair(sodium);
  custodian = generateKeyPair(sodium);
  outsider = generateKeyPair(sodium);
});

const content: ReportContent = {
  type: 'payroll-fraud',
  institutionId: null,
  institutionOther: 'District 4 barracks',
  when: '2024-03',
  where: 'North depot',
  description: 'Forty names on the payroll nobody has seen.',
  answers: { unit: 'Third battalion' },
  files: [{ name: 'roll.csv', type: 'text/csv', size: 11, metadataRemoved: true }],
  language: 'fr',
};

function sealedFixture(mode: 'anonymous' | 'confidential' | 'open') {
  const channel = {
    whistleblowerSalt: toBase64(sodium, sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES)),
    recipients: [
      { id: 'handler', role: 'handler' as const, publicKey: toBase64(sodium, handler.publicKey) },
      { id: 'custodian', role: 'custodian' as const, publicKey: toBase64(sodium, custodian.publicKey) },
    ],
  };
  const identity = mode === 'anonymous' ? null : { name: 'A. Witness', contact: 'signal:+000' };
  const sealed = sealReport(sodium, channel, content, { mode, content: identity }, [
    sodium.from_string('name,rank\n'),
  ]);
  const keysOf = (recipientId: string) =>
    Object.fromEntries(
      sealed.report.keys
        .filter((key) => key.recipientId === recipientId)
        .map((key) => [key.kind, key.sealed]),
    );
  return { sealed, keysOf };
}

// The whistle-blower derivation (Argon2id) makes each fixture cost a fraction of a second: one per mode.
describe('openCase', () => {
  it('decrypts the content, the conversation and the notes of an anonymous case', () => {
    const { sealed, keysOf } = sealedFixture('anonymous');
    const keys = keysOf('handler');
    const reportKey = openSealedKey(sodium, keys.report, handler);
    const notesKey = openSealedKey(sodium, keys.notes, handler);
    const sealedCase: SealedCase = {
      content: sealed.report.content,
      identity: null,
      keys,
      messages: [
        {
          id: 'm1',
          visibility: 'conversation',
          ciphertext: encryptCaseMessage(sodium, reportKey, 'conversation', 'Thank you'),
        },
        {
          id: 'n1',
          visibility: 'internal',
          ciphertext: encryptCaseMessage(sodium, notesKey, 'internal', 'Check the roll'),
        },
        // a note encrypted as a message must not pass as a note
        {
          id: 'bad',
          visibility: 'internal',
          ciphertext: encryptCaseMessage(sodium, notesKey, 'conversation', 'x'),
        },
      ],
    };
    const opened = openCase(sodium, sealedCase, handler);
    expect(opened.content).toEqual({ ok: true, value: content });
    expect(opened.identity).toBeNull();
    expect(opened.messages.get('m1')).toEqual({ ok: true, value: { text: 'Thank you' } });
    expect(opened.messages.get('n1')).toEqual({ ok: true, value: { text: 'Check the roll' } });
    expect(opened.messages.get('bad')).toEqual({ ok: false, failure: 'cannot-decrypt' });

    const file = decryptCaseFile(sodium, opened.reportKey as Uint8Array, sealed.files[0]);
    expect(sodium.to_string(file)).toBe('name,rank\n');
    expect(() => decryptCaseFile(sodium, opened.notesKey as Uint8Array, sealed.files[0])).toThrow(
      IntegrityCryptoError,
    );

    // someone else's key opens nothing, and says so item by item
    const foreign = openCase(sodium, sealedCase, outsider);
    expect(foreign.content).toEqual({ ok: false, failure: 'no-key' });
    expect(foreign.messages.get('m1')).toEqual({ ok: false, failure: 'no-key' });
  });

  it('withholds a confidential identity from the handler until a custodian re-seals its key', () => {
    const { sealed, keysOf } = sealedFixture('confidential');
    const handlerKeys = keysOf('handler');
    expect(handlerKeys.identity).toBeUndefined();
    const withheld = openCase(
      sodium,
      { content: sealed.report.content, identity: sealed.report.identity, keys: handlerKeys, messages: [] },
      handler,
    );
    expect(withheld.identity).toEqual({ ok: false, failure: 'no-key' });

    const granted = resealIdentityKey(
      sodium,
      keysOf('custodian').identity,
      custodian,
      toBase64(sodium, handler.publicKey),
    );
    const revealed = openCase(
      sodium,
      {
        content: sealed.report.content,
        identity: sealed.report.identity,
        keys: { ...handlerKeys, identity: granted },
        messages: [],
      },
      handler,
    );
    expect(revealed.identity).toEqual({ ok: true, value: { name: 'A. Witness', contact: 'signal:+000' } });
    expect(() =>
      resealIdentityKey(sodium, keysOf('custodian').identity, outsider, toBase64(sodium, handler.publicKey)),
    ).toThrow(IntegrityCryptoError);
  });

  it('shows an open identity to the handler and reports a purged case as empty', () => {
    const { sealed, keysOf } = sealedFixture('open');
    const opened = openCase(
      sodium,
      {
        content: sealed.report.content,
        identity: sealed.report.identity,
        keys: keysOf('handler'),
        messages: [],
      },
      handler,
    );
    expect(opened.identity).toEqual({ ok: true, value: { name: 'A. Witness', contact: 'signal:+000' } });
    const purged = openCase(sodium, { content: null, identity: null, keys: {}, messages: [] }, handler);
    expect(purged.content).toBeNull();
    expect(purged.identity).toBeNull();
  });

  it('reports content of the wrong shape as malformed instead of passing it on', () => {
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    const sealedKey = toBase64(sodium, sodium.crypto_box_seal(key, handler.publicKey));
    const opened = openCase(
      sodium,
      {
        content: encryptJson(sodium, key, ['not', 'a', 'report'], CONTEXTS.content),
        identity: null,
        keys: { report: sealedKey },
        messages: [
          {
            id: 'm',
            visibility: 'conversation',
            ciphertext: encryptJson(sodium, key, { text: 3 }, CONTEXTS.message),
          },
        ],
      },
      handler,
    );
    expect(opened.content).toEqual({ ok: false, failure: 'malformed' });
    expect(opened.messages.get('m')).toEqual({ ok: false, failure: 'malformed' });
  });
});

describe('asReportContent', () => {
  it.each([
    [{}, { type: '', institutionId: null, files: [], answers: {} }],
    [
      { type: 'other', files: [{ name: 'a.pdf', size: 'big' }, 'junk'], answers: { q: 4 } },
      {
        type: 'other',
        files: [{ name: 'a.pdf', type: '', size: 0, metadataRemoved: false }],
        answers: { q: '' },
      },
    ],
  ])('fills %j with typed fields', (input, expected) => {
    expect(asReportContent(input)).toMatchObject(expected);
  });

  it.each([null, 'text', 3, []])('refuses %j', (input) => {
    expect(asReportContent(input)).toBeNull();
  });
});
