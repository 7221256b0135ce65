import {
  CONTEXTS,
  encryptBytes,
  encryptJson,
  newReceipt,
  newSymmetricKey,
  type SodiumLib,
  sealKey,
  toBase64,
  whistleblowerKeyPair,
} from './crypto.ts';
import type {
  EncryptedReport,
  IdentityContent,
  IdentityMode,
  RecipientRole,
  ReportContent,
  ReportKeyKind,
} from './types.ts';

/** What the intake needs from `GET /api/public/{slug}/channel` to encrypt a report. */
export interface ChannelKeys {
  whistleblowerSalt: string;
  recipients: Array<{ id: string; role: RecipientRole; publicKey: string }>;
}

export interface SealedReport {
  report: EncryptedReport;
  /** Each evidence file encrypted with the report key, in the order of `content.files`. */
  files: Uint8Array[];
  receipt: string;
}

/** Which recipients get which keys: handlers read the report; identities go to custodians, or to all when open. */
export function keyKindsFor(role: RecipientRole, mode: IdentityMode): ReportKeyKind[] {
  if (role === 'custodian') return mode === 'anonymous' ? [] : ['identity'];
  const kinds: ReportKeyKind[] = ['report', 'notes'];
  if (mode === 'open') kinds.push('identity');
  return kinds;
}

/**
 * Encrypts a report as the intake page does: fresh keys, the content and files under the report
 * key, the identity under its own key, every key sealed to the recipients who may hold it, and the
 * report key sealed to the whistle-blower's receipt-derived key.
 */
export function sealReport(
  s: SodiumLib,
  channel: ChannelKeys,
  content: ReportContent,
  identity: { mode: IdentityMode; content: IdentityContent | null },
  files: Uint8Array[],
): SealedReport {
  if (files.length !== content.files.length) throw new Error('one file entry per file');
  const mode = identity.content ? identity.mode : 'anonymous';
  const reportKey = newSymmetricKey(s);
  const notesKey = newSymmetricKey(s);
  const identityKey = newSymmetricKey(s);
  const keyOf: Record<ReportKeyKind, Uint8Array> = {
    report: reportKey,
    notes: notesKey,
    identity: identityKey,
  };
  const receipt = newReceipt(s);
  const whistleblower = whistleblowerKeyPair(s, receipt, channel.whistleblowerSalt);
  const whistleblowerPublicKey = toBase64(s, whistleblower.publicKey);
  const keys = channel.recipients.flatMap((recipient) =>
    keyKindsFor(recipient.role, mode).map((kind) => ({
      recipientId: recipient.id,
      kind,
      sealed: sealKey(s, keyOf[kind], recipient.publicKey),
    })),
  );
  return {
    receipt,
    report: {
      receipt,
      whistleblowerPublicKey,
      whistleblowerKey: sealKey(s, reportKey, whistleblowerPublicKey),
      identityMode: mode,
      content: encryptJson(s, reportKey, content, CONTEXTS.content),
      identity:
        mode === 'anonymous' || !identity.content
          ? null
          : encryptJson(s, identityKey, identity.content, CONTEXTS.identity),
      keys,
    },
    files: files.map((file) => encryptBytes(s, reportKey, file, CONTEXTS.file)),
  };
}
