import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { designWeights, estimate } from '../../../core/survey/estimate/index.ts';
import type { Db } from '../../db/client.ts';
import { surveyPublishedEstimates } from '../../db/schema/surveys.ts';
import { appendAudit } from '../audit/repo.ts';
import { scheduleAnalyticsRefresh } from '../monitoring/analytics-refresh.ts';
import { deleteValuesIn, insertValues, lockDataValues } from '../monitoring/data-values-store.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { problemOf, weightsOf } from './analysis-compute.ts';
import { listIntervals } from './analysis-intervals.ts';
import { type PublishCells, type PublishChoice, publishCells } from './analysis-publish-cells.ts';
import { loadPublishTarget, type PublishTarget } from './analysis-publish-target.ts';
import { surveyTable } from './analysis-service.ts';
import { findSurvey, type SurveyRow } from './surveys-repo.ts';

export interface PublishInput extends PublishChoice {
  indicatorId: string;
  period: string;
  orgUnitId: string;
}

function refuseDesign(error: unknown): never {
  const problem = problemOf(error);
  throw new AppError('bad_request', `design: ${problem.message}`, {
    field: 'design',
    code: problem.code,
    params: problem.params,
  });
}

/** The weighted cells and the domain estimates (in the indicator's unit) of a publication. */
async function computePublication(db: Db, survey: SurveyRow, target: PublishTarget, input: PublishInput) {
  const design = survey.design;
  if (!design)
    throw new AppError('conflict', 'surveyId: the survey has no sample design yet; save one first');
  const { table } = await surveyTable(db, survey);
  if (table.rowCount === 0) throw new AppError('conflict', 'surveyId: the survey has no responses yet');
  let cells: PublishCells;
  let calibrated: ReturnType<typeof weightsOf>;
  try {
    calibrated = weightsOf(table, design);
  } catch (error) {
    refuseDesign(error);
  }
  const weights = calibrated?.weights ?? designWeightsOrRefuse(table, design);
  cells = publishCells(table, weights, target, input);
  const factor = target.indicator.factor;
  const rows = cells.plans.flatMap((plan) => {
    let details: ReturnType<typeof estimate>;
    try {
      details = estimate(cells.table, design, [plan.spec], { calibrated });
    } catch (error) {
      refuseDesign(error);
    }
    return details.flatMap((detail) => {
      const value = detail.domain === null ? null : detail.domain.slice((plan.spec.by ?? '').length + 1);
      const place = plan.place(value);
      // an interval that cannot be computed is not published as if the estimate were exact
      if (!place || !Number.isFinite(detail.estimate) || !Number.isFinite(detail.se)) return [];
      const se = detail.se * factor;
      return [
        {
          ...place,
          estimate: detail.estimate * factor,
          se,
          ciLow: detail.ci[0] * factor,
          ciHigh: detail.ci[1] * factor,
          n: detail.n,
          deff: detail.deff !== null && Number.isFinite(detail.deff) ? detail.deff : null,
        },
      ];
    });
  });
  return { cells, rows };
}

function designWeightsOrRefuse(...args: Parameters<typeof designWeights>) {
  try {
    return designWeights(...args);
  } catch (error) {
    refuseDesign(error);
  }
}

/**
 * Publishes a design-based proportion to a perception indicator `#{A}` ÷ `#{B}`: A gets the weighted
 * count of respondents whose answer is one of `categories`, B the weighted count of those who answered,
 * by org unit and option combo; the estimates with their intervals are kept for the error bars.
 */
export async function publishEstimate({
  db,
  actor,
  surveyId,
  input,
}: {
  db: Db;
  actor: WorkspaceActor;
  surveyId: string;
  input: PublishInput;
}) {
  authorize(actor, 'survey:design');
  authorize(actor, 'data-values:write');
  const workspaceId = actor.workspace.id;
  const survey = await findSurvey(db, workspaceId, surveyId);
  const target = await loadPublishTarget(db, workspaceId, input);
  const { cells, rows } = await computePublication(db, survey, target, input);
  const elementIds = [target.numerator.id, target.denominator.id];
  const unitIds = [...new Set([...target.unitsByCode.values()].map((u) => u.id))];
  const period = target.period;
  await db.transaction(async (tx) => {
    await lockDataValues(tx, workspaceId);
    await deleteValuesIn(tx, workspaceId, {
      dataElementIds: elementIds,
      orgUnitIds: unitIds,
      periodIds: [period.id],
    });
    await insertValues(
      tx,
      workspaceId,
      actor.user.id,
      cells.values.map((cell) => ({
        dataElementId: cell.dataElementId,
        orgUnitId: cell.orgUnitId,
        period,
        combo: cell.combo,
        value: cell.value,
        comment: survey.title,
      })),
    );
    await tx
      .delete(surveyPublishedEstimates)
      .where(
        and(
          eq(surveyPublishedEstimates.workspaceId, workspaceId),
          eq(surveyPublishedEstimates.indicatorId, target.indicator.id),
          eq(surveyPublishedEstimates.period, period.id),
          inArray(surveyPublishedEstimates.orgUnitId, unitIds),
        ),
      );
    if (rows.length > 0)
      await tx.insert(surveyPublishedEstimates).values(
        rows.map((row) => ({
          id: randomUUID(),
          workspaceId,
          surveyId: survey.id,
          indicatorId: target.indicator.id,
          period: period.id,
          publishedBy: actor.user.id,
          ...row,
        })),
      );
    const total = rows.find((row) => row.orgUnitId === target.orgUnit.id && row.disaggregation === '');
    await appendAudit(tx, {
      workspaceId,
      actorId: actor.user.id,
      action: 'survey.publish',
      entityType: 'survey',
      entityId: survey.id,
      after: {
        indicator: target.indicator.code,
        period: period.id,
        orgUnit: target.orgUnit.code,
        variable: input.variable,
        categories: input.categories,
        dataValues: cells.values.length,
        estimate: total?.estimate ?? null,
      },
    });
  });
  scheduleAnalyticsRefresh(db, workspaceId, elementIds);
  const { intervals } = await listIntervals({ db, actor, indicatorId: target.indicator.id });
  return {
    dataValues: cells.values.length,
    intervals: intervals.filter((i) => i.period === period.id && i.surveyId === survey.id),
  };
}
