import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { isPurgeDue } from '../../../core/integrity/cases.ts';
import type { Db } from '../../db/client.ts';
import {
  integrityChannels,
  integrityIdentityRequests,
  integrityMessages,
  integrityReportFiles,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import { CASE_ENTITY } from './case-service.ts';

/**
 * Retention: once a closed case has been closed for its channel's retention period, everything
 * encrypted about it goes (content, identity, the whistle-blower's key, files, messages, sealed keys,
 * identity requests). The row stays, with its number, dates, status and classification, as the record
 * that the case existed; the statistics keep counting it.
 */

export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export async function purgeExpiredCases({ db, now = new Date() }: { db: Db; now?: Date }) {
  const candidates = await db
    .select({
      id: integrityReports.id,
      status: integrityReports.status,
      closedAt: integrityReports.closedAt,
      purgedAt: integrityReports.purgedAt,
      settings: integrityChannels.settings,
    })
    .from(integrityReports)
    .innerJoin(integrityChannels, eq(integrityChannels.id, integrityReports.channelId))
    .where(
      and(
        eq(integrityReports.status, 'closed'),
        isNotNull(integrityReports.closedAt),
        isNull(integrityReports.purgedAt),
      ),
    );
  const due = candidates.filter((row) => isPurgeDue(row, row.settings.retentionDays, now));
  let purged = 0;
  for (const { id } of due) if (await purgeCase(db, id, now)) purged += 1;
  return { purged };
}

/** Purges one case in its own transaction; false when it changed meanwhile (reopened, already purged). */
async function purgeCase(db: Db, reportId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select({
        workspaceId: integrityReports.workspaceId,
        number: integrityReports.number,
        status: integrityReports.status,
        closedAt: integrityReports.closedAt,
        purgedAt: integrityReports.purgedAt,
        settings: integrityChannels.settings,
      })
      .from(integrityReports)
      .innerJoin(integrityChannels, eq(integrityChannels.id, integrityReports.channelId))
      .where(eq(integrityReports.id, reportId))
      .for('update', { of: integrityReports });
    if (!report || !isPurgeDue(report, report.settings.retentionDays, now)) return false;
    await tx.delete(integrityReportFiles).where(eq(integrityReportFiles.reportId, reportId));
    await tx.delete(integrityMessages).where(eq(integrityMessages.reportId, reportId));
    await tx.delete(integrityReportKeys).where(eq(integrityReportKeys.reportId, reportId));
    await tx.delete(integrityIdentityRequests).where(eq(integrityIdentityRequests.reportId, reportId));
    await tx
      .update(integrityReports)
      // the receipt's hash and the key derived from it go too: a receipt found later links to nothing
      .set({
        content: null,
        identity: null,
        whistleblowerKey: null,
        receiptHash: `purged:${reportId}`,
        whistleblowerPublicKey: '',
        purgedAt: now,
        updatedAt: now,
      })
      .where(eq(integrityReports.id, reportId));
    await appendAudit(tx, {
      workspaceId: report.workspaceId,
      actorId: null,
      action: 'integrity.case.purged',
      entityType: CASE_ENTITY,
      entityId: reportId,
      after: { number: report.number },
    });
    return true;
  });
}

/**
 * Runs the purge now and then every hour until stopped. Failures are reported, never thrown: the
 * next run tries again.
 */
export function schedulePurge(db: Db, report: (error: unknown) => void = console.error) {
  const run = () => purgeExpiredCases({ db }).catch(report);
  void run();
  const timer = setInterval(run, PURGE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
