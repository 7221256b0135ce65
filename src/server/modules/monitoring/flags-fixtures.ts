import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { monitoringFlags, monitoringIndicators, monitoringOrgUnits } from '../../db/schema/monitoring.ts';

/**
 * An open review flag, for the isolation walk and the fuzz world: its own org unit and indicator, with
 * codes no other fixture uses, written directly (flags are raised by the system, never posted).
 */
export async function seedReviewFlag(db: Db, workspaceId: string): Promise<string> {
  const orgUnitId = randomUUID();
  const indicatorId = randomUUID();
  const flagId = randomUUID();
  await db.insert(monitoringOrgUnits).values({
    id: orgUnitId,
    workspaceId,
    code: 'FLAG-FIXTURE-OU',
    name: 'Flag fixture unit',
    path: `/${orgUnitId}/`,
    level: 1,
  });
  await db.insert(monitoringIndicators).values({
    id: indicatorId,
    workspaceId,
    code: 'FLAG-FIXTURE',
    name: 'Flag fixture indicator',
    level: 'outcome',
    kind: 'administrative',
    numerator: '1',
  });
  await db.insert(monitoringFlags).values({
    id: flagId,
    workspaceId,
    indicatorId,
    orgUnitId,
    period: '2026',
    status: 'off_track',
    actual: 1,
    expected: 2,
  });
  return flagId;
}
