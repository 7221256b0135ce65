import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntryContent,
  canonicalJson,
  diffFields,
  GENESIS_HASH,
  type HashFormat,
  hashAuditEntry,
  type StoredAuditEntry,
  verifyChain,
} from './chain.ts';
import { type HeadState, sealHead } from './head-seal.ts';
import { deriveAuditKeys } from './keys.ts';

const key = deriveAuditKeys('chain-test-secret').headMacKey;
const options = { chain: 'w1', headMacKey: key };

function rehash(entries: StoredAuditEntry[], from: number): void {
  for (let i = from; i < entries.length; i++) {
    const { id, hash: _old, hashFormat, ...content } = entries[i];
    const prevHash = i === 0 ? GENESIS_HASH : entries[i - 1].hash;
    const next = { ...content, prevHash };
    entries[i] = { ...next, id, hashFormat, hash: hashAuditEntry(next, hashFormat) };
  }
}

function buildChain(count: number, format: HashFormat = 2): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const content: AuditEntryContent = {
      chain: 'w1',
      seq,
      workspaceId: 'w1',
      actorId: 'u1',
      action: 'thing.update',
      entityType: 'thing',
      entityId: `t${seq}`,
      changes: { name: { before: `old ${seq}`, after: `new ${seq}` } },
      createdAt: new Date(Date.UTC(2026, 0, seq)).toISOString(),
      prevHash: '',
    };
    entries.push({ ...content, id: String(100 + seq), hash: '', hashFormat: format });
  }
  rehash(entries, 0);
  return entries;
}

/** The head as the server writes it: sealed with the key (or unsealed, as before seals existed). */
function headOf(entries: StoredAuditEntry[], sealed = true): HeadState {
  const head = { lastSeq: entries.length, lastHash: entries.at(-1)?.hash ?? GENESIS_HASH };
  return { ...head, headMac: sealed ? sealHead(key, 'w1', head) : null };
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('hashAuditEntry', () => {
  const entry: AuditEntryContent = {
    chain: 'w1',
    seq: 1,
    workspaceId: 'w1',
    actorId: null,
    action: 'note.create',
    entityType: 'note',
    entityId: 'n1',
    changes: { title: { before: null, after: 'Élection €5' } },
    createdAt: '2026-01-02T03:04:05.678Z',
    prevHash: GENESIS_HASH,
  };

  it('format 2 is SHA-256 of the RFC 8785 text, as an outsider writes it by hand', () => {
    const byHand =
      '{"action":"note.create","actorId":null,"chain":"w1",' +
      '"changes":{"title":{"after":"Élection €5","before":null}},"createdAt":"2026-01-02T03:04:05.678Z","entityId":"n1","entityType":"note",' +
      `"hashFormat":2,"prevHash":"${GENESIS_HASH}","seq":1,"workspaceId":"w1"}`;
    expect(hashAuditEntry(entry, 2)).toBe(createHash('sha256').update(byHand, 'utf8').digest('hex'));
  });

  it('format 1 keeps the original encoding, so old entries keep their hashes', () => {
    expect(hashAuditEntry(entry, 1)).toBe(createHash('sha256').update(canonicalJson(entry)).digest('hex'));
    expect(hashAuditEntry(entry, 1)).not.toBe(hashAuditEntry(entry, 2));
  });
});

describe('diffFields', () => {
  it('keeps only changed fields, with null for a missing side', () => {
    expect(diffFields({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', d: true })).toEqual({
      b: { before: 'x', after: 'y' },
      d: { before: null, after: true },
    });
  });
  it('turns dates into ISO text', () => {
    const when = new Date('2026-02-03T04:05:06.000Z');
    expect(diffFields(null, { when })).toEqual({ when: { before: null, after: '2026-02-03T04:05:06.000Z' } });
  });
});

describe('verifyChain', () => {
  it('accepts an intact, sealed chain', () => {
    const entries = buildChain(5);
    expect(verifyChain(entries, headOf(entries), options)).toEqual({
      ok: true,
      checked: 5,
      firstBroken: null,
      headSealed: true,
    });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([], null, options)).toMatchObject({ ok: true, checked: 0, firstBroken: null });
  });

  it('still verifies format-1 entries, and accepts their unsealed head once, saying so', () => {
    const entries = buildChain(3, 1);
    expect(verifyChain(entries, headOf(entries, false), options)).toMatchObject({
      ok: true,
      checked: 3,
      headSealed: false,
    });
    const mixed = [...entries, ...buildChain(4).slice(3)];
    rehash(mixed, 3);
    expect(verifyChain(mixed, headOf(mixed), options)).toMatchObject({ ok: true, headSealed: true });
  });

  it('names an altered entry', () => {
    const entries = buildChain(5);
    const head = headOf(entries);
    entries[2] = { ...entries[2], changes: { name: { before: 'old 3', after: 'forged' } } };
    const verdict = verifyChain(entries, head, options);
    expect(verdict.ok).toBe(false);
    expect(verdict.checked).toBe(2);
    expect(verdict.firstBroken).toMatchObject({ seq: 3, id: '103', code: 'altered' });
    expect(verdict.firstBroken?.reason).toMatch(/altered/);
  });

  it('detects an entry relabelled as format 1', () => {
    const entries = buildChain(3);
    const head = headOf(entries);
    entries[1] = { ...entries[1], hashFormat: 1 };
    expect(verifyChain(entries, head, options).firstBroken).toMatchObject({ seq: 2, code: 'altered' });
  });

  it('names the gap when an entry is deleted', () => {
    const entries = buildChain(5);
    const head = headOf(entries);
    entries.splice(1, 1);
    expect(verifyChain(entries, head, options).firstBroken).toMatchObject({
      seq: 3,
      code: 'sequence',
      reason: 'expected sequence number 2, found 3',
    });
  });

  it('detects a rehashed entry through the next link', () => {
    const entries = buildChain(4);
    const head = headOf(entries);
    const { id, hash: _h, hashFormat, ...content } = entries[1];
    const forged = { ...content, action: 'thing.delete' };
    entries[1] = { ...forged, id, hashFormat, hash: hashAuditEntry(forged) };
    expect(verifyChain(entries, head, options).firstBroken).toMatchObject({ seq: 3, code: 'link' });
  });

  it('detects entries removed from the end through the head', () => {
    const entries = buildChain(4);
    const verdict = verifyChain(entries.slice(0, 2), headOf(entries), options);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBroken?.code).toBe('truncated');
    expect(verdict.firstBroken?.reason).toMatch(/records entry 4 but the log ends at 2/);
  });

  it('detects an edit followed by recomputing every later hash and the head without the key', () => {
    const entries = buildChain(5);
    const sealed = headOf(entries);
    entries[1] = { ...entries[1], action: 'thing.delete' };
    rehash(entries, 1);
    const rewritten = { lastSeq: 5, lastHash: entries[4].hash, headMac: sealed.headMac };
    const verdict = verifyChain(entries, rewritten, options);
    expect(verdict.checked).toBe(5);
    expect(verdict.firstBroken).toMatchObject({ code: 'head-forged', reason: expect.stringMatching(/w1/) });
    const guessedKey = sealHead(Buffer.from('not the key'), 'w1', rewritten);
    expect(verifyChain(entries, { ...rewritten, headMac: guessedKey }, options).ok).toBe(false);
  });

  it('detects the tail deleted and the head moved back without the key', () => {
    const entries = buildChain(5);
    const sealed = headOf(entries);
    const kept = entries.slice(0, 3);
    const moved = { lastSeq: 3, lastHash: kept[2].hash, headMac: sealed.headMac };
    expect(verifyChain(kept, moved, options).firstBroken?.code).toBe('head-forged');
    expect(verifyChain(kept, { ...moved, headMac: null }, options).firstBroken?.code).toBe(
      'head-seal-removed',
    );
  });

  it('names a chain whose head record was deleted', () => {
    const entries = buildChain(2);
    expect(verifyChain(entries, null, options).firstBroken?.code).toBe('head-missing');
  });
});
