import {
  CONTEXTS,
  decryptBytes,
  decryptJson,
  encryptJson,
  type KeyPair,
  openSealedKey,
  type SodiumLib,
  sealKey,
} from '../../../../core/integrity/crypto';
import type { IdentityContent, MessageContent, ReportContent } from '../../../../core/integrity/types';

/**
 * A case as the handler's browser opens it: the sealed keys opened with the unlocked private key,
 * then the content, the identity and every message decrypted. Each item that cannot be opened is
 * reported as such (no key, or a key that does not fit), so one bad item never hides the others.
 */

/** What openCase reads of a case (the shape of the case detail the server returns). */
export interface SealedCase {
  content: string | null;
  identity: string | null;
  keys: { report?: string | null; notes?: string | null; identity?: string | null };
  messages: ReadonlyArray<{ id: string; visibility: 'conversation' | 'internal'; ciphertext: string }>;
}

/** Why an item is not shown: the reader holds no key for it, or the key or data are wrong. */
export type OpenFailure = 'no-key' | 'cannot-decrypt' | 'malformed';

export type Opened<T> = { ok: true; value: T } | { ok: false; failure: OpenFailure };

export interface OpenedCase {
  reportKey: Uint8Array | null;
  notesKey: Uint8Array | null;
  identityKey: Uint8Array | null;
  /** null when the case holds no content (purged). */
  content: Opened<ReportContent> | null;
  /** null when the case holds no identity (anonymous, purged, or withheld from the reader). */
  identity: Opened<IdentityContent> | null;
  messages: ReadonlyMap<string, Opened<MessageContent>>;
}

function openKey(sodium: SodiumLib, sealed: string | null | undefined, pair: KeyPair): Uint8Array | null {
  if (!sealed) return null;
  try {
    return openSealedKey(sodium, sealed, pair);
  } catch {
    return null;
  }
}

function decryptItem<T>(
  sodium: SodiumLib,
  key: Uint8Array | null,
  ciphertext: string,
  context: (typeof CONTEXTS)[keyof typeof CONTEXTS],
  check: (value: unknown) => T | null,
): Opened<T> {
  if (!key) return { ok: false, failure: 'no-key' };
  let value: unknown;
  try {
    value = decryptJson<unknown>(sodium, key, ciphertext, context);
  } catch {
    return { ok: false, failure: 'cannot-decrypt' };
  }
  const checked = check(value);
  return checked === null ? { ok: false, failure: 'malformed' } : { ok: true, value: checked };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The report content with every field of the expected type, whatever the whistle-blower's browser
 * sent (the page renders it without further checks).
 */
export function asReportContent(value: unknown): ReportContent | null {
  if (!isRecord(value)) return null;
  const answers: Record<string, string> = {};
  if (isRecord(value.answers)) {
    for (const [id, answer] of Object.entries(value.answers)) answers[id] = textOf(answer);
  }
  const files = Array.isArray(value.files)
    ? value.files.filter(isRecord).map((file) => ({
        name: textOf(file.name) || 'file',
        type: textOf(file.type),
        size: typeof file.size === 'number' && Number.isFinite(file.size) ? file.size : 0,
        metadataRemoved: file.metadataRemoved === true,
      }))
    : [];
  return {
    type: textOf(value.type),
    institutionId: typeof value.institutionId === 'string' ? value.institutionId : null,
    institutionOther: textOf(value.institutionOther),
    when: textOf(value.when),
    where: textOf(value.where),
    description: textOf(value.description),
    answers,
    files,
    language: textOf(value.language),
  };
}

export function asIdentityContent(value: unknown): IdentityContent | null {
  if (!isRecord(value)) return null;
  return { name: textOf(value.name), contact: textOf(value.contact) };
}

export function asMessageContent(value: unknown): MessageContent | null {
  if (!isRecord(value) || typeof value.text !== 'string') return null;
  return { text: value.text };
}

export function openCase(sodium: SodiumLib, sealedCase: SealedCase, pair: KeyPair): OpenedCase {
  const reportKey = openKey(sodium, sealedCase.keys.report, pair);
  const notesKey = openKey(sodium, sealedCase.keys.notes, pair);
  const identityKey = openKey(sodium, sealedCase.keys.identity, pair);
  const messages = new Map<string, Opened<MessageContent>>();
  for (const message of sealedCase.messages) {
    const internal = message.visibility === 'internal';
    messages.set(
      message.id,
      decryptItem(
        sodium,
        internal ? notesKey : reportKey,
        message.ciphertext,
        internal ? CONTEXTS.note : CONTEXTS.message,
        asMessageContent,
      ),
    );
  }
  return {
    reportKey,
    notesKey,
    identityKey,
    content:
      sealedCase.content === null
        ? null
        : decryptItem(sodium, reportKey, sealedCase.content, CONTEXTS.content, asReportContent),
    identity:
      sealedCase.identity === null
        ? null
        : decryptItem(sodium, identityKey, sealedCase.identity, CONTEXTS.identity, asIdentityContent),
    messages,
  };
}

/** A message to the whistle-blower (report key) or an internal note (notes key), encrypted for posting. */
export function encryptCaseMessage(
  sodium: SodiumLib,
  key: Uint8Array,
  visibility: 'conversation' | 'internal',
  text: string,
): string {
  const content: MessageContent = { text };
  return encryptJson(sodium, key, content, visibility === 'internal' ? CONTEXTS.note : CONTEXTS.message);
}

/** An evidence file's bytes from its ciphertext; throws IntegrityCryptoError when the key does not fit. */
export function decryptCaseFile(
  sodium: SodiumLib,
  reportKey: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array {
  return decryptBytes(sodium, reportKey, ciphertext, CONTEXTS.file);
}

/**
 * A custodian's approval of an identity request: opens the identity key sealed to the custodian and
 * seals it to the requesting handler's public key. Throws IntegrityCryptoError when the custodian's
 * key does not open it.
 */
export function resealIdentityKey(
  sodium: SodiumLib,
  sealedForCustodian: string,
  custodian: KeyPair,
  requesterPublicKey: string,
): string {
  const identityKey = openSealedKey(sodium, sealedForCustodian, custodian);
  try {
    return sealKey(sodium, identityKey, requesterPublicKey);
  } finally {
    identityKey.fill(0);
  }
}
