import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { type HeadState, headMacMatches } from './head-seal.ts';

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
  hashFormat: HashFormat;
}

/**
 * 1: the original encoding (sorted-key JSON of the content). 2: RFC 8785 (JCS) of the content
 * plus `hashFormat: 2`, so relabelling an entry as format 1 changes what its hash covers.
 */
export type HashFormat = 1 | 2;
export const CURRENT_HASH_FORMAT: HashFormat = 2;

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

/** The exact text whose SHA-256 is an entry's hash, for the given format. */
export function hashedText(entry: AuditEntryContent, format: HashFormat): string {
  if (format === 1) return canonicalJson(pickContent(entry));
  const text = canonicalize({ ...pickContent(entry), hashFormat: 2 });
  if (text === undefined) throw new Error('audit entry cannot be encoded as JSON');
  return text;
}

export function hashAuditEntry(entry: AuditEntryContent, format: HashFormat = CURRENT_HASH_FORMAT): string {
  return createHash('sha256').update(hashedText(entry, format), 'utf8').digest('hex');
}

/** Only the hashed fields, whatever else the caller's object carries. */
function pickContent(entry: AuditEntryContent): AuditEntryContent {
  const { chain, seq, workspaceId, actorId, action, entityType, entityId, changes, createdAt, prevHash } =
    entry;
  return { chain, seq, workspaceId, actorId, action, entityType, entityId, changes, createdAt, prevHash };
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

/** Why a chain fails, as a stable code the interfaces translate; `reason` is the English wording. */
export type ChainBreakCode =
  | 'sequence'
  | 'link'
  | 'altered'
  | 'unknown-format'
  | 'truncated'
  | 'beyond-head'
  | 'head-missing'
  | 'head-forged'
  | 'head-seal-removed';

export interface ChainBreak {
  seq: number;
  id: string;
  code: ChainBreakCode;
  reason: string;
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
  /**
   * False when the head carries no seal yet (written before heads were sealed): accepted this
   * once, and sealed at the chain's next entry.
   */
  headSealed: boolean;
}

/**
 * Checks a chain entry by entry, in sequence order, so a long log can be streamed through it.
 * `finish` compares the end of the log with the head the database recorded (catching entries
 * removed from the end) and checks the head's seal (catching a head rewritten without the key).
 */
export function createChainVerifier(options: { chain: string; headMacKey: Uint8Array }) {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  let lastFormat: HashFormat | null = null;
  let firstBroken: ChainBreak | null = null;
  const breakAt = (seq: number, id: string, code: ChainBreakCode, reason: string) => {
    firstBroken = { seq, id, code, reason };
    return false;
  };
  return {
    push(entry: StoredAuditEntry): boolean {
      if (firstBroken) return false;
      const broken = (code: ChainBreakCode, reason: string) => breakAt(entry.seq, entry.id, code, reason);
      if (entry.seq !== lastSeq + 1)
        return broken('sequence', `expected sequence number ${lastSeq + 1}, found ${entry.seq}`);
      if (entry.prevHash !== expectedPrev)
        return broken('link', 'previous-hash link does not match the entry before it');
      if (entry.hashFormat !== 1 && entry.hashFormat !== 2)
        return broken('unknown-format', `unknown hash format ${entry.hashFormat}`);
      if (hashAuditEntry(entry, entry.hashFormat) !== entry.hash)
        return broken('altered', 'content does not match its hash (entry was altered)');
      expectedPrev = entry.hash;
      lastSeq = entry.seq;
      lastFormat = entry.hashFormat;
      checked += 1;
      return true;
    },
    finish(head: HeadState | null): ChainVerdict {
      const verdict = (headSealed: boolean): ChainVerdict => ({
        ok: firstBroken === null,
        checked,
        firstBroken,
        headSealed,
      });
      if (firstBroken) return verdict(head?.headMac != null);
      if (!head) {
        if (checked > 0)
          breakAt(lastSeq, '', 'head-missing', `chain ${options.chain} has entries but no head record`);
        return verdict(false);
      }
      if (head.headMac !== null && !headMacMatches(options.headMacKey, options.chain, head)) {
        breakAt(
          head.lastSeq,
          '',
          'head-forged',
          `the head of chain ${options.chain} does not match its seal (rewritten without the server key)`,
        );
        return verdict(true);
      }
      // Only heads older than format-2 entries may lack a seal: new entries are always written with one.
      if (head.headMac === null && lastFormat === 2) {
        breakAt(
          head.lastSeq,
          '',
          'head-seal-removed',
          `the head of chain ${options.chain} lost its seal although its entries were written sealed`,
        );
        return verdict(false);
      }
      if (head.lastSeq !== lastSeq || head.lastHash !== expectedPrev) {
        breakAt(
          lastSeq + 1,
          '',
          'truncated',
          `chain head records entry ${head.lastSeq} but the log ends at ${lastSeq} (entries removed)`,
        );
      }
      return verdict(head.headMac !== null);
    },
  };
}

export function verifyChain(
  entries: readonly StoredAuditEntry[],
  head: HeadState | null,
  options: { chain: string; headMacKey: Uint8Array },
): ChainVerdict {
  const verifier = createChainVerifier(options);
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.finish(head);
}
