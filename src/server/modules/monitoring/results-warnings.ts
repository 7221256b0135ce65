import { eq } from 'drizzle-orm';
import { measuresOnlyInputs } from '../../../core/indicators/results.ts';
import type { IndicatorLevel } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import { monitoringIndicators } from '../../db/schema/monitoring.ts';

/** What the results page warns about: a programme whose indicators measure only inputs and outputs. */
export async function resultsWarnings(db: Db, workspaceId: string): Promise<Array<{ key: 'inputsOnly' }>> {
  const rows = await db
    .select({ level: monitoringIndicators.level })
    .from(monitoringIndicators)
    .where(eq(monitoringIndicators.workspaceId, workspaceId));
  return measuresOnlyInputs(rows.map((row) => row.level as IndicatorLevel)) ? [{ key: 'inputsOnly' }] : [];
}
