import { and, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { countReports } from '../../../core/integrity/statistics.ts';
import { BUILT_IN_REPORT_TYPES } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { actors } from '../../db/schema/index.ts';
import { integrityReports } from '../../db/schema/integrity.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { findChannel } from './channel-service.ts';

/**
 * Report counts for every member (workspace:read): aggregated by type, institution and status from the
 * classification handlers gave at triage, small cells suppressed. Purged cases still count: their row
 * keeps the classification.
 */
export async function getStatistics({ db, actor, year }: { db: Db; actor: WorkspaceActor; year?: number }) {
  authorize(actor, 'workspace:read');
  const channel = await findChannel(db, actor.workspace.id);
  const where: SQL[] = [eq(integrityReports.workspaceId, actor.workspace.id)];
  if (year !== undefined) {
    where.push(gte(integrityReports.receivedAt, new Date(Date.UTC(year, 0, 1))));
    where.push(lt(integrityReports.receivedAt, new Date(Date.UTC(year + 1, 0, 1))));
  }
  const reports = await db
    .select({
      typeCode: integrityReports.typeCode,
      institutionId: integrityReports.institutionId,
      status: integrityReports.status,
    })
    .from(integrityReports)
    .where(and(...where));
  const types = channel ? channel.settings.reportTypes.map((type) => type.code) : [...BUILT_IN_REPORT_TYPES];
  const stats = countReports(reports, types);
  const ids = stats.byInstitution.flatMap((entry) => (entry.institutionId ? [entry.institutionId] : []));
  const names = ids.length
    ? await db
        .select({ id: actors.id, name: actors.name })
        .from(actors)
        .where(and(eq(actors.workspaceId, actor.workspace.id), inArray(actors.id, ids)))
    : [];
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  return {
    ...stats,
    year: year ?? null,
    byInstitution: stats.byInstitution.map((entry) => ({
      institutionId: entry.institutionId,
      name: entry.institutionId ? (nameOf.get(entry.institutionId) ?? null) : null,
      cell: entry.cell,
    })),
  };
}
