import { createHmac, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';

/** A chain's head as the database stores it: its last entry, and the seal over both. */
export interface HeadState {
  lastSeq: number;
  lastHash: string;
  /** Hex HMAC-SHA-256 of the head; null for heads written before heads were sealed. */
  headMac: string | null;
}

/** The text the seal covers: RFC 8785 JSON of the chain name, last sequence number and last hash. */
export function headSealText(chain: string, head: { lastSeq: number; lastHash: string }): string {
  return canonicalize({ chain, lastSeq: head.lastSeq, lastHash: head.lastHash }) as string;
}

/** HMAC-SHA-256 of the head under the server's head key: only the server can rewrite a head unseen. */
export function sealHead(
  key: Uint8Array,
  chain: string,
  head: { lastSeq: number; lastHash: string },
): string {
  return createHmac('sha256', key).update(headSealText(chain, head), 'utf8').digest('hex');
}

export function headMacMatches(key: Uint8Array, chain: string, head: HeadState): boolean {
  if (head.headMac === null || !/^[0-9a-f]{64}$/.test(head.headMac)) return false;
  const expected = Buffer.from(sealHead(key, chain, head), 'hex');
  return timingSafeEqual(expected, Buffer.from(head.headMac, 'hex'));
}
