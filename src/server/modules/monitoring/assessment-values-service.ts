import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  type AssessmentAggregation,
  flattenGroups,
  flattenItems,
} from '../../../core/assessment/aggregate.ts';
import { parsePeriod } from '../../../core/indicators/periods.ts';
import { DEFAULT_COMBO } from '../../../core/indicators/types.ts';
import type { Db } from '../../db/client.ts';
import { assessments, monitoringDataElements, monitoringOrgUnits } from '../../db/schema/index.ts';
import { aggregateStored } from '../assessments/results.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { scheduleAnalyticsRefresh } from './analytics-refresh.ts';
import { deleteValuesIn, insertValues, lockDataValues, type StoredValue } from './data-values-store.ts';

/**
 * Expert-assessment indicators: data elements with an assessment source get one value a year from the
 * workspace's validated (or published) rounds of that framework — the item's (or group's) score, or
 * the overall score — as the assessment results page computes it, at the first root org unit.
 */

const FINAL = ['validated', 'published'];

/** The score an element reads from a round: an item's or a group's (by id or code), else the overall. */
export function scoreFor(aggregation: AssessmentAggregation, itemId: string | null): number | null {
  if (!itemId) return aggregation.overall.score;
  const nodes = [...flattenItems(aggregation.groups), ...flattenGroups(aggregation.groups)];
  const node = nodes.find((n) => n.id === itemId) ?? nodes.find((n) => n.code === itemId);
  return node?.score ?? null;
}

export interface AssessmentSyncResult {
  dataElements: number;
  values: number;
  orgUnitId: string | null;
}

/**
 * Replaces the values of every assessment-sourced element with the scores of the validated rounds (the
 * latest validated in a year wins), then schedules an analytics refresh of those elements.
 */
export async function syncAssessmentValues({
  db,
  workspaceId,
  actorId = null,
}: {
  db: Db;
  workspaceId: string;
  actorId?: string | null;
}): Promise<AssessmentSyncResult> {
  const elements = await db
    .select()
    .from(monitoringDataElements)
    .where(
      and(
        eq(monitoringDataElements.workspaceId, workspaceId),
        isNotNull(monitoringDataElements.assessmentFrameworkId),
      ),
    );
  const [root] = await db
    .select({ id: monitoringOrgUnits.id })
    .from(monitoringOrgUnits)
    .where(and(eq(monitoringOrgUnits.workspaceId, workspaceId), eq(monitoringOrgUnits.level, 1)))
    .orderBy(asc(monitoringOrgUnits.createdAt), asc(monitoringOrgUnits.code))
    .limit(1);
  if (elements.length === 0 || !root) return { dataElements: elements.length, values: 0, orgUnitId: null };
  const frameworkIds = [...new Set(elements.map((e) => e.assessmentFrameworkId as string))];
  const rounds = await db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.workspaceId, workspaceId),
        inArray(assessments.frameworkId, frameworkIds),
        // the value is the national one: rounds on chosen institutions only say nothing of the sector
        eq(assessments.scope, 'sector'),
        inArray(assessments.status, FINAL),
        isNotNull(assessments.validatedAt),
      ),
    )
    .orderBy(asc(assessments.validatedAt));
  // later rounds of a year overwrite earlier ones
  const latestByYear = new Map<string, (typeof rounds)[number]>();
  for (const round of rounds)
    latestByYear.set(`${round.frameworkId}|${round.validatedAt?.getUTCFullYear()}`, round);
  const aggregations = new Map<string, AssessmentAggregation>();
  for (const round of latestByYear.values()) aggregations.set(round.id, await aggregateStored(db, round));

  const values: StoredValue[] = elements.flatMap((element) =>
    [...latestByYear.values()]
      .filter((round) => round.frameworkId === element.assessmentFrameworkId)
      .flatMap((round) => {
        const score = scoreFor(aggregations.get(round.id) as AssessmentAggregation, element.assessmentItemId);
        const period = parsePeriod(String(round.validatedAt?.getUTCFullYear()));
        if (score === null || !period) return [];
        return [
          {
            dataElementId: element.id,
            orgUnitId: root.id,
            period,
            combo: DEFAULT_COMBO,
            value: score,
            comment: round.title,
          },
        ];
      }),
  );
  const elementIds = elements.map((e) => e.id);
  await db.transaction(async (tx) => {
    await lockDataValues(tx, workspaceId);
    await deleteValuesIn(tx, workspaceId, { dataElementIds: elementIds });
    await insertValues(tx, workspaceId, actorId, values);
    await appendAudit(tx, {
      workspaceId,
      actorId,
      action: 'monitoring_data_values.assessment_sync',
      entityType: 'monitoring_data_values',
      entityId: null,
      after: { dataElements: elementIds.length, count: values.length },
    });
  });
  scheduleAnalyticsRefresh(db, workspaceId, elementIds);
  return { dataElements: elementIds.length, values: values.length, orgUnitId: root.id };
}

/** POST /assessment-values/sync: the same, run by hand (monitoring:configure). */
export async function syncAssessmentValuesByHand({ db, actor }: { db: Db; actor: WorkspaceActor }) {
  authorize(actor, 'monitoring:configure');
  return syncAssessmentValues({ db, workspaceId: actor.workspace.id, actorId: actor.user.id });
}
