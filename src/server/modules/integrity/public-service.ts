import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, isNull, max } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { deadlinesFor } from '../../../core/integrity/cases.ts';
import { loadSodium, receiptLookupHash } from '../../../core/integrity/crypto.ts';
import { checkReportKeys } from '../../../core/integrity/intake-keys.ts';
import { INTAKE_MAX_FILE_BYTES, INTAKE_MAX_FILES } from '../../../core/integrity/intake-limits.ts';
import type { EncryptedReport } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import {
  integrityChannels,
  integrityMessages,
  integrityRecipients,
  integrityReportFiles,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import { actors } from '../../db/schema/sector-map.ts';
import { workspaces } from '../../db/schema/workspaces.ts';
import { appendAudit } from '../audit/repo.ts';
import type { ReceiptThrottle } from './receipt-throttle.ts';

/**
 * The public side of the integrity channel: what a whistle-blower's browser reads to encrypt a
 * report, storing the encrypted report, and the receipt-authenticated conversation. Nothing here
 * sees a plaintext, a receipt beyond its hashing, or anything about the caller.
 */

const NO_CHANNEL = 'no open integrity channel here';

type ChannelRow = typeof integrityChannels.$inferSelect;

async function channelOf(db: Db, slug: string): Promise<ChannelRow | null> {
  const [row] = await db
    .select({ channel: integrityChannels })
    .from(integrityChannels)
    .innerJoin(workspaces, eq(workspaces.id, integrityChannels.workspaceId))
    .where(eq(workspaces.slug, slug));
  return row?.channel ?? null;
}

/** Active recipients who have made their key: the ones a new report is sealed to. */
async function keyedRecipients(db: Db, channelId: string) {
  const rows = await db
    .select({
      id: integrityRecipients.id,
      role: integrityRecipients.role,
      publicKey: integrityRecipients.publicKey,
    })
    .from(integrityRecipients)
    .where(
      and(
        eq(integrityRecipients.channelId, channelId),
        isNull(integrityRecipients.removedAt),
        isNotNull(integrityRecipients.publicKey),
      ),
    )
    .orderBy(asc(integrityRecipients.id));
  return rows.map((row) => ({ id: row.id, role: row.role, publicKey: row.publicKey as string }));
}

/** The channel taking reports, with its recipients; 404 alike for every reason it is not. */
async function openChannel(db: Db, slug: string) {
  const channel = await channelOf(db, slug);
  if (!channel?.settings.enabled) throw new AppError('not_found', NO_CHANNEL);
  const recipients = await keyedRecipients(db, channel.id);
  if (!recipients.some((recipient) => recipient.role === 'handler'))
    throw new AppError('not_found', NO_CHANNEL);
  return { channel, recipients };
}

export async function publicChannel({ db, slug }: { db: Db; slug: string }) {
  const { channel, recipients } = await openChannel(db, slug);
  const { settings } = channel;
  const institutions = await db
    .select({ id: actors.id, name: actors.name })
    .from(actors)
    .where(eq(actors.workspaceId, channel.workspaceId))
    .orderBy(asc(actors.name), asc(actors.id));
  return {
    channel: {
      name: settings.name,
      intro: settings.intro,
      reportTypes: settings.reportTypes,
      questions: settings.questions,
      acknowledgeDays: settings.acknowledgeDays,
      feedbackDays: settings.feedbackDays,
      maxFileBytes: INTAKE_MAX_FILE_BYTES,
      maxFiles: INTAKE_MAX_FILES,
    },
    institutions,
    whistleblowerSalt: channel.whistleblowerSalt,
    recipients,
  };
}

async function hashReceipt(receipt: string, channel: ChannelRow) {
  return receiptLookupHash(await loadSodium(), receipt, channel.receiptSalt);
}

/**
 * Stores an encrypted report and its encrypted files in one transaction, numbered after the
 * workspace's last report (the channel row is locked meanwhile). The payload's shape is checked by
 * the route's schema; here, that its keys match the channel's recipients. `receivedAt` is for the
 * demo's history; the intake leaves it to now.
 */
export async function receiveReport(input: {
  db: Db;
  slug: string;
  report: EncryptedReport;
  files: Uint8Array[];
  receivedAt?: Date;
}): Promise<{ receipt: string; reportId: string; number: number }> {
  const { db, slug, report, files } = input;
  const { channel, recipients } = await openChannel(db, slug);
  checkReportKeys(report, recipients);
  const receiptHash = await hashReceipt(report.receipt, channel);
  const receivedAt = input.receivedAt ?? new Date();
  const workspaceId = channel.workspaceId;
  const reportId = randomUUID();
  const number = await db.transaction(async (tx) => {
    await tx
      .select({ id: integrityChannels.id })
      .from(integrityChannels)
      .where(eq(integrityChannels.id, channel.id))
      .for('update');
    // recipient changes lock the channel too: checked again here, no key goes to someone just removed
    checkReportKeys(report, await keyedRecipients(tx, channel.id));
    const [taken] = await tx
      .select({ id: integrityReports.id })
      .from(integrityReports)
      .where(and(eq(integrityReports.channelId, channel.id), eq(integrityReports.receiptHash, receiptHash)));
    if (taken) throw new AppError('conflict', 'receipt: already in use, make a new one');
    const [last] = await tx
      .select({ number: max(integrityReports.number) })
      .from(integrityReports)
      .where(eq(integrityReports.workspaceId, workspaceId));
    const next = (last?.number ?? 0) + 1;
    await tx.insert(integrityReports).values({
      id: reportId,
      workspaceId,
      channelId: channel.id,
      number: next,
      receiptHash,
      whistleblowerPublicKey: report.whistleblowerPublicKey,
      whistleblowerKey: report.whistleblowerKey,
      identityMode: report.identityMode,
      content: report.content,
      identity: report.identity,
      receivedAt,
      ...deadlinesFor(receivedAt, channel.settings),
    });
    if (report.keys.length > 0) {
      await tx
        .insert(integrityReportKeys)
        .values(report.keys.map((key) => ({ workspaceId, reportId, ...key })));
    }
    for (const [position, bytes] of files.entries()) {
      await tx.insert(integrityReportFiles).values({
        id: randomUUID(),
        workspaceId,
        reportId,
        position,
        ciphertext: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        size: bytes.byteLength,
      });
    }
    await appendAudit(tx, {
      workspaceId,
      actorId: null,
      action: 'integrity.report.received',
      entityType: 'integrity_case',
      entityId: reportId,
      after: { number: next },
    });
    return next;
  });
  return { receipt: report.receipt, reportId, number };
}

/** Who is trying a receipt (an anonymous key) and the throttle that counts their failures. */
export interface ReceiptGuard {
  throttle: ReceiptThrottle;
  clientKey: string;
}

/** Too many wrong receipts: the route answers 429 with this Retry-After. */
export class ReceiptThrottled extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'too many wrong receipts: wait and try again', { retryAfterSeconds });
  }
}

/**
 * The report behind a receipt on this workspace's channel. A wrong receipt (or an unknown workspace)
 * answers 404 only after the caller's growing delay; too many recent failures answer 429 first.
 */
async function reportByReceipt(db: Db, slug: string, receipt: string, guard: ReceiptGuard) {
  const attempt = guard.throttle.begin(guard.clientKey, slug);
  if ('retryAfter' in attempt) throw new ReceiptThrottled(attempt.retryAfter);
  const channel = await channelOf(db, slug);
  const receiptHash = channel ? await hashReceipt(receipt, channel) : null;
  const [report] =
    channel && receiptHash
      ? await db
          .select()
          .from(integrityReports)
          .where(
            and(eq(integrityReports.channelId, channel.id), eq(integrityReports.receiptHash, receiptHash)),
          )
      : [];
  if (!report) {
    await attempt.failed();
    throw new AppError('not_found', 'no report with this receipt');
  }
  attempt.succeeded();
  return report;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function presentMessage(row: typeof integrityMessages.$inferSelect) {
  return {
    id: row.id,
    author: row.author,
    ciphertext: row.ciphertext,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function accessReport(input: { db: Db; slug: string; receipt: string; guard: ReceiptGuard }) {
  const { db } = input;
  const report = await reportByReceipt(db, input.slug, input.receipt, input.guard);
  const purged = report.purgedAt !== null;
  const messages = purged
    ? []
    : await db
        .select()
        .from(integrityMessages)
        .where(
          and(eq(integrityMessages.reportId, report.id), eq(integrityMessages.visibility, 'conversation')),
        )
        .orderBy(asc(integrityMessages.createdAt), asc(integrityMessages.id));
  return {
    report: {
      status: report.status,
      receivedAt: report.receivedAt.toISOString(),
      acknowledgedAt: iso(report.acknowledgedAt),
      feedbackAt: iso(report.feedbackAt),
      closedAt: iso(report.closedAt),
      purged,
      identityMode: report.identityMode,
      whistleblowerKey: purged ? null : report.whistleblowerKey,
      content: purged ? null : report.content,
    },
    messages: messages.map(presentMessage),
  };
}

/** Adds the whistle-blower's encrypted message to the conversation, while the case is open. */
export async function addWhistleblowerMessage(input: {
  db: Db;
  slug: string;
  receipt: string;
  ciphertext: string;
  guard: ReceiptGuard;
}) {
  const { db } = input;
  const report = await reportByReceipt(db, input.slug, input.receipt, input.guard);
  const row = await db.transaction(async (tx) => {
    // read again under a lock: a case closed or purged meanwhile takes no message
    const [current] = await tx
      .select({ status: integrityReports.status, purgedAt: integrityReports.purgedAt })
      .from(integrityReports)
      .where(eq(integrityReports.id, report.id))
      .for('update');
    if (!current || current.purgedAt)
      throw new AppError('conflict', 'receipt: this case was closed and its content removed');
    if (current.status === 'closed') throw new AppError('conflict', 'receipt: this case is closed');
    const [message] = await tx
      .insert(integrityMessages)
      .values({
        id: randomUUID(),
        workspaceId: report.workspaceId,
        reportId: report.id,
        author: 'whistleblower',
        visibility: 'conversation',
        ciphertext: input.ciphertext,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: report.workspaceId,
      actorId: null,
      action: 'integrity.message.received',
      entityType: 'integrity_case',
      entityId: report.id,
      after: { number: report.number },
    });
    return message;
  });
  return { message: presentMessage(row) };
}
