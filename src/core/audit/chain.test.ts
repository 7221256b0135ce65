import { describe, expect, it } from 'vitest';
import {
  type AuditEntryContent,
  canonicalJson,
  diffFields,
  GENESIS_HASH,
  hashAuditEntry,
  type StoredAuditEntry,
  verifyChain,
} from './chain.ts';

function buildChain(count: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prevHash = GENESIS_HASH;
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
      prevHash,
    };
    const hash = hashAuditEntry(content);
    entries.push({ ...content, id: String(100 + seq), hash });
    prevHash = hash;
  }
  return entries;
}

const headOf = (entries: StoredAuditEntry[]) => ({
  lastSeq: entries.length,
  lastHash: entries.at(-1)?.hash ?? GENESIS_HASH,
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
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
  it('accepts an intact chain', () => {
    const entries = buildChain(5);
    expect(verifyChain(entries, headOf(entries))).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([], null)).toEqual({ ok: true, checked: 0, firstBroken: null });
  });

  it('names an altered entry', () => {
    const entries = buildChain(5);
    const head = headOf(entries);
    entries[2] = { ...entries[2], changes: { name: { before: 'old 3', after: 'forged' } } };
    const verdict = verifyChain(entries, head);
    expect(verdict.ok).toBe(false);
    expect(verdict.checked).toBe(2);
    expect(verdict.firstBroken).toMatchObject({ seq: 3, id: '103' });
    expect(verdict.firstBroken?.reason).toMatch(/altered/);
  });

  it('names the gap when an entry is deleted', () => {
    const entries = buildChain(5);
    const head = headOf(entries);
    entries.splice(1, 1);
    expect(verifyChain(entries, head).firstBroken).toMatchObject({
      seq: 3,
      reason: 'expected sequence number 2, found 3',
    });
  });

  it('detects a rehashed entry through the next link', () => {
    const entries = buildChain(4);
    const head = headOf(entries);
    const { id, hash: _h, ...content } = entries[1];
    const forged = { ...content, action: 'thing.delete' };
    entries[1] = { ...forged, id, hash: hashAuditEntry(forged) };
    expect(verifyChain(entries, head).firstBroken).toMatchObject({
      seq: 3,
      reason: expect.stringMatching(/previous-hash/),
    });
  });

  it('detects entries removed from the end through the head', () => {
    const entries = buildChain(4);
    const head = headOf(entries);
    const verdict = verifyChain(entries.slice(0, 2), head);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBroken?.reason).toMatch(/records entry 4 but the log ends at 2/);
  });
});
