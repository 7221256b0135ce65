import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { monitoringIndicators } from '../../db/schema/monitoring.ts';
import { surveyPublishedEstimates, surveys } from '../../db/schema/surveys.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

/** The confidence intervals published to an indicator, for its error bars. 404 for another workspace's. */
export async function listIntervals({
  db,
  actor,
  indicatorId,
}: {
  db: Db;
  actor: WorkspaceActor;
  indicatorId: string;
}) {
  authorize(actor, 'workspace:read');
  const workspaceId = actor.workspace.id;
  const [indicator] = await db
    .select({ id: monitoringIndicators.id })
    .from(monitoringIndicators)
    .where(and(eq(monitoringIndicators.workspaceId, workspaceId), eq(monitoringIndicators.id, indicatorId)));
  if (!indicator)
    throw new AppError('not_found', `indicatorId: no indicator "${indicatorId}" in this workspace`);
  const rows = await db
    .select({ row: surveyPublishedEstimates, surveyTitle: surveys.title })
    .from(surveyPublishedEstimates)
    .innerJoin(surveys, eq(surveys.id, surveyPublishedEstimates.surveyId))
    .where(
      and(
        eq(surveyPublishedEstimates.workspaceId, workspaceId),
        eq(surveyPublishedEstimates.indicatorId, indicatorId),
      ),
    )
    .orderBy(
      asc(surveyPublishedEstimates.period),
      asc(surveyPublishedEstimates.orgUnitId),
      asc(surveyPublishedEstimates.disaggregation),
    );
  return {
    intervals: rows.map(({ row, surveyTitle }) => ({
      period: row.period,
      orgUnitId: row.orgUnitId,
      disaggregation: row.disaggregation,
      estimate: row.estimate,
      se: row.se,
      ciLow: row.ciLow,
      ciHigh: row.ciHigh,
      n: row.n,
      deff: row.deff,
      surveyId: row.surveyId,
      surveyTitle,
      publishedAt: row.publishedAt.toISOString(),
    })),
  };
}
