import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { loadSodium, receiptLookupHash } from '../../core/integrity/crypto.ts';
import type { EncryptedReport } from '../../core/integrity/types.ts';
import type { Db } from '../db/client.ts';
import { integrityReportKeys, integrityReports } from '../db/schema/integrity.ts';
import { appendAudit } from '../modules/audit/repo.ts';
import type { ChannelRow } from '../modules/integrity/channel-service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a sealed demo report as the public intake stores one (receipt kept as its slow hash, the
 * deadlines from the channel's settings, the sealed keys, an audit entry without actor), but with a
 * receipt date in the past so the demo's cases have a history.
 */
export async function receiveDemoReport(
  db: Db,
  input: { workspaceId: string; channel: ChannelRow; report: EncryptedReport; receivedAt: Date },
): Promise<string> {
  const { workspaceId, channel, report, receivedAt } = input;
  const sodium = await loadSodium();
  const receiptHash = receiptLookupHash(sodium, report.receipt, channel.receiptSalt);
  const after = (days: number) => new Date(receivedAt.getTime() + days * DAY_MS);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ number: integrityReports.number })
      .from(integrityReports)
      .where(eq(integrityReports.workspaceId, workspaceId));
    const number = existing.reduce((max, row) => Math.max(max, row.number), 0) + 1;
    await tx.insert(integrityReports).values({
      id,
      workspaceId,
      channelId: channel.id,
      number,
      receiptHash,
      whistleblowerPublicKey: report.whistleblowerPublicKey,
      whistleblowerKey: report.whistleblowerKey,
      identityMode: report.identityMode,
      content: report.content,
      identity: report.identity,
      receivedAt,
      acknowledgeBy: after(channel.settings.acknowledgeDays),
      feedbackBy: after(channel.settings.feedbackDays),
      createdAt: receivedAt,
    });
    await tx
      .insert(integrityReportKeys)
      .values(report.keys.map((key) => ({ workspaceId, reportId: id, ...key, createdAt: receivedAt })));
    await appendAudit(tx, {
      workspaceId,
      actorId: null,
      action: 'integrity.report.received',
      entityType: 'integrity_report',
      entityId: id,
      before: null,
      after: { number },
    });
  });
  return id;
}
