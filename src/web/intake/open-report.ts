import {
  CONTEXTS,
  decryptJson,
  encryptJson,
  openSealedKey,
  whistleblowerKeyPair,
} from '../../core/integrity/crypto';
import type { MessageContent, ReportContent } from '../../core/integrity/types';
import { type AccessedReport, accessReport, type PublicChannel, sendReply } from './api';
import { sodiumOrFail } from './send-report';

export interface ConversationItem {
  id: string;
  author: 'whistleblower' | 'recipient';
  text: string;
  createdAt: string;
}

/** A report opened with its receipt: what the server says, and what only the receipt's key can read. */
export interface OpenedReport {
  receipt: string;
  state: AccessedReport['report'];
  content: ReportContent | null;
  messages: ConversationItem[];
  /** The report key, kept in memory while the report is open, to encrypt replies. */
  reportKey: Uint8Array | null;
}

/** Thrown when the receipt finds a report whose key does not open (another channel's salt, damage). */
export class CannotDecryptError extends Error {}

export async function openReport(
  slug: string,
  channel: PublicChannel,
  receipt: string,
): Promise<OpenedReport> {
  const accessed = await accessReport(slug, receipt);
  const { report } = accessed;
  if (report.purged || !report.whistleblowerKey || !report.content)
    return { receipt, state: report, content: null, messages: [], reportKey: null };
  const sodium = await sodiumOrFail();
  // Argon2id, about a second: let the "opening" notice paint first
  await new Promise((resolve) => setTimeout(resolve, 30));
  try {
    const pair = whistleblowerKeyPair(sodium, receipt, channel.whistleblowerSalt);
    const reportKey = openSealedKey(sodium, report.whistleblowerKey, pair);
    return {
      receipt,
      state: report,
      content: decryptJson<ReportContent>(sodium, reportKey, report.content, CONTEXTS.content),
      messages: accessed.messages.map((message) => ({
        id: message.id,
        author: message.author,
        createdAt: message.createdAt,
        text: decryptJson<MessageContent>(sodium, reportKey, message.ciphertext, CONTEXTS.message).text,
      })),
      reportKey,
    };
  } catch {
    throw new CannotDecryptError('the report did not decrypt');
  }
}

export async function replyTo(slug: string, opened: OpenedReport, text: string): Promise<ConversationItem> {
  if (!opened.reportKey) throw new CannotDecryptError('no key');
  const s = await sodiumOrFail();
  const content: MessageContent = { text };
  const ciphertext = encryptJson(s, opened.reportKey, content, CONTEXTS.message);
  const { message } = await sendReply(slug, opened.receipt, ciphertext);
  return { id: message.id, author: message.author, createdAt: message.createdAt, text };
}
