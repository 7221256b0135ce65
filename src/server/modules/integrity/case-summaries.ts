import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { overdueOf } from '../../../core/integrity/cases.ts';
import type { CaseStatus } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { actors, users } from '../../db/schema/index.ts';
import {
  integrityIdentityRequests,
  integrityMessages,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import type { ReportRow } from './case-access.ts';

/** The metadata of cases as a handler's list shows them: names resolved, counts and deadlines computed. */

const iso = (date: Date | null) => date?.toISOString() ?? null;

export async function loadCaseSummaries(
  db: Db,
  options: { workspaceId: string; recipientId: string; caseId?: string; status?: CaseStatus; now?: Date },
) {
  const now = options.now ?? new Date();
  const where: SQL[] = [eq(integrityReports.workspaceId, options.workspaceId)];
  if (options.caseId) where.push(eq(integrityReports.id, options.caseId));
  if (options.status) where.push(eq(integrityReports.status, options.status));
  const rows = await db
    .select({ report: integrityReports, institutionName: actors.name, assigneeName: users.name })
    .from(integrityReports)
    .leftJoin(actors, eq(actors.id, integrityReports.institutionId))
    .leftJoin(users, eq(users.id, integrityReports.assignedTo))
    .where(and(...where))
    .orderBy(desc(integrityReports.receivedAt), desc(integrityReports.number));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.report.id);

  const messageCounts = await db
    .select({
      reportId: integrityMessages.reportId,
      author: integrityMessages.author,
      visibility: integrityMessages.visibility,
      n: count(),
    })
    .from(integrityMessages)
    .where(inArray(integrityMessages.reportId, ids))
    .groupBy(integrityMessages.reportId, integrityMessages.author, integrityMessages.visibility);
  const pending = await db
    .select({ reportId: integrityIdentityRequests.reportId, n: count() })
    .from(integrityIdentityRequests)
    .where(
      and(inArray(integrityIdentityRequests.reportId, ids), eq(integrityIdentityRequests.status, 'pending')),
    )
    .groupBy(integrityIdentityRequests.reportId);
  const identityKeys = await db
    .select({ reportId: integrityReportKeys.reportId })
    .from(integrityReportKeys)
    .where(
      and(
        inArray(integrityReportKeys.reportId, ids),
        eq(integrityReportKeys.recipientId, options.recipientId),
        eq(integrityReportKeys.kind, 'identity'),
      ),
    );
  const withIdentityKey = new Set(identityKeys.map((row) => row.reportId));
  const pendingOf = new Map(pending.map((row) => [row.reportId, row.n]));

  return rows.map(({ report, institutionName, assigneeName }) => {
    const counts = { conversation: 0, internal: 0, fromWhistleblower: 0 };
    for (const row of messageCounts) {
      if (row.reportId !== report.id) continue;
      counts[row.visibility] += row.n;
      if (row.author === 'whistleblower') counts.fromWhistleblower += row.n;
    }
    return {
      ...presentCaseMetadata(report, now),
      institution:
        report.institutionId && institutionName ? { id: report.institutionId, name: institutionName } : null,
      assignedTo: report.assignedTo && assigneeName ? { id: report.assignedTo, name: assigneeName } : null,
      hasIdentityKey: withIdentityKey.has(report.id),
      pendingIdentityRequests: pendingOf.get(report.id) ?? 0,
      messageCounts: counts,
    };
  });
}

export type CaseSummary = Awaited<ReturnType<typeof loadCaseSummaries>>[number];

/** The report row's own fields as the API shows them: no ciphertext, no receipt hash, no keys. */
function presentCaseMetadata(report: ReportRow, now: Date) {
  return {
    id: report.id,
    number: report.number,
    status: report.status,
    typeCode: report.typeCode,
    priority: report.priority,
    outcome: report.outcome,
    linkedReference: report.linkedReference,
    identityMode: report.identityMode,
    receivedAt: report.receivedAt.toISOString(),
    acknowledgeBy: report.acknowledgeBy.toISOString(),
    feedbackBy: report.feedbackBy.toISOString(),
    acknowledgedAt: iso(report.acknowledgedAt),
    feedbackAt: iso(report.feedbackAt),
    closedAt: iso(report.closedAt),
    purgedAt: iso(report.purgedAt),
    overdue: overdueOf(report, now),
  };
}

/** One case's summary (it exists: the caller checked). */
export async function loadCaseSummary(db: Db, workspaceId: string, recipientId: string, caseId: string) {
  const [summary] = await loadCaseSummaries(db, { workspaceId, recipientId, caseId });
  return summary;
}
