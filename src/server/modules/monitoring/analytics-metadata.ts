import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { monitoringAnalytics, monitoringDataValues } from '../../db/schema/monitoring.ts';
import { scheduleAnalyticsRefresh } from './analytics-refresh.ts';

/**
 * After a committed metadata change that alters how values roll up (a unit moved or deleted, an
 * element's aggregation, a new fiscal period type, the fiscal-year start), rebuilds the analytics rows
 * in the background — only when the workspace has data values or analytics rows, so setting up an empty one costs nothing.
 */
export async function refreshAfterMetadataChange(
  db: Db,
  workspaceId: string,
  dataElementIds?: string[],
): Promise<void> {
  const [value] = await db
    .select({ id: monitoringDataValues.dataElementId })
    .from(monitoringDataValues)
    .where(eq(monitoringDataValues.workspaceId, workspaceId))
    .limit(1);
  // the last unit with values may just have been deleted: its ancestors' rows must still go
  const [row] = value
    ? [value]
    : await db
        .select({ id: monitoringAnalytics.dataElementId })
        .from(monitoringAnalytics)
        .where(eq(monitoringAnalytics.workspaceId, workspaceId))
        .limit(1);
  if (row) scheduleAnalyticsRefresh(db, workspaceId, dataElementIds);
}

/** True when `after` is a fiscal (financial_*) period type that `before` was not. */
export function introducesFiscalType(before: string | null | undefined, after: string | null | undefined) {
  return after !== before && typeof after === 'string' && after.startsWith('financial_');
}
