import { type AssessmentAggregation, aggregateAssessment } from '../../../core/assessment/aggregate.ts';
import { compareWithBaseline } from '../../../core/assessment/baseline.ts';
import { consensusAnswers } from '../../../core/assessment/consensus.ts';
import { consolidate } from '../../../core/assessment/consolidate.ts';
import { type GapTargets, gapAnalysis } from '../../../core/assessment/gaps.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import * as repo from './repo.ts';
import { loadAssessment } from './service.ts';

/** The official result of one assessment: the consensus of its assessors, aggregated. */
export async function aggregateStored(db: Db, row: repo.AssessmentRow): Promise<AssessmentAggregation> {
  const framework = row.framework as Framework;
  const [team, answers] = await Promise.all([repo.listTeam(db, row.id), repo.listAnswers(db, row.id)]);
  const leads = team.filter((member) => member.teamRole === 'lead').map((member) => member.userId);
  return aggregateAssessment(framework, consensusAnswers(framework, repo.answersByAssessor(answers), leads));
}

/**
 * Scores by item, group and overall; where assessors disagree; the gap to the target for every
 * item with the prioritised needs; and the change against the baseline when there is one.
 */
export async function assessmentResults(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  targets?: GapTargets;
}) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const row = await loadAssessment(db, actor, options.assessmentId);
  const framework = row.framework as Framework;
  const answers = await repo.listAnswers(db, row.id);
  const aggregation = await aggregateStored(db, row);
  const baselineRow = row.baselineId
    ? await repo.findAssessment(db, actor.workspace.id, row.baselineId)
    : null;
  return {
    aggregation,
    consolidation: consolidate(framework, repo.answersByAssessor(answers)),
    gaps: gapAnalysis(framework, aggregation, options.targets ?? {}),
    baseline: baselineRow
      ? {
          id: baselineRow.id,
          title: baselineRow.title,
          comparison: compareWithBaseline(await aggregateStored(db, baselineRow), aggregation),
        }
      : null,
  };
}
