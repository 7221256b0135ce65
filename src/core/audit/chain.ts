import { createHash } from 'node:crypto';

/** One audit entry as it is hashed: everything that matters, nothing the database adds. */
export interface AuditEntryContent {
  chain: string;
  seq: number;
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: FieldChanges;
  createdAt: string;
  prevHash: string;
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export interface StoredAuditEntry extends AuditEntryContent {
  id: string;
  hash: string;
}

/** The hash of the genesis predecessor: a chain's first entry points at it. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
}

export function hashAuditEntry(entry: AuditEntryContent): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/** The fields whose values differ between two versions of a record (a missing side counts as null). */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const oldValue = normalise(before?.[key]);
    const newValue = normalise(after?.[key]);
    if (canonicalJson(oldValue) !== canonicalJson(newValue))
      changes[key] = { before: oldValue, after: newValue };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

export interface ChainBreak {
  seq: number;
  id: string;
  reason: string;
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
}

/**
 * Checks a chain entry by entry, in sequence order, so a long log can be streamed through it.
 * `finish` compares the end of the log with the head the database recorded, which catches
 * entries removed from the end.
 */
export function createChainVerifier() {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  let firstBroken: ChainBreak | null = null;
  return {
    push(entry: StoredAuditEntry): boolean {
      if (firstBroken) return false;
      const broken = (reason: string) => {
        firstBroken = { seq: entry.seq, id: entry.id, reason };
        return false;
      };
      if (entry.seq !== lastSeq + 1)
        return broken(`expected sequence number ${lastSeq + 1}, found ${entry.seq}`);
      if (entry.prevHash !== expectedPrev)
        return broken('previous-hash link does not match the entry before it');
      const { id: _id, hash, ...content } = entry;
      if (hashAuditEntry(content) !== hash)
        return broken('content does not match its hash (entry was altered)');
      expectedPrev = hash;
      lastSeq = entry.seq;
      checked += 1;
      return true;
    },
    finish(head: { lastSeq: number; lastHash: string } | null): ChainVerdict {
      if (!firstBroken && head && (head.lastSeq !== lastSeq || head.lastHash !== expectedPrev)) {
        firstBroken = {
          seq: lastSeq + 1,
          id: '',
          reason: `chain head records entry ${head.lastSeq} but the log ends at ${lastSeq} (entries removed)`,
        };
      }
      return { ok: firstBroken === null, checked, firstBroken };
    },
  };
}

export function verifyChain(
  entries: readonly StoredAuditEntry[],
  head: { lastSeq: number; lastHash: string } | null,
): ChainVerdict {
  const verifier = createChainVerifier();
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.finish(head);
}
