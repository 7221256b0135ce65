import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  assessmentAnswers,
  assessmentReviewComments,
  assessments,
  assessmentTeam,
  planItems,
  planRisks,
} from '../../db/schema/index.ts';

/** Per assessment: answers by anyone, answers by the reader, open review comments, the reader's team role. */
export async function assessmentWorkCounts(db: Db, workspaceId: string, userId: string) {
  const inWorkspace = db
    .select({ id: assessments.id })
    .from(assessments)
    .where(eq(assessments.workspaceId, workspaceId));
  const [answers, comments, team] = await Promise.all([
    db
      .select({
        assessmentId: assessmentAnswers.assessmentId,
        all: count(),
        mine: sql<number>`count(*) filter (where ${assessmentAnswers.assessorId} = ${userId})`.mapWith(
          Number,
        ),
      })
      .from(assessmentAnswers)
      .where(inArray(assessmentAnswers.assessmentId, inWorkspace))
      .groupBy(assessmentAnswers.assessmentId),
    db
      .select({ assessmentId: assessmentReviewComments.assessmentId, open: count() })
      .from(assessmentReviewComments)
      .where(
        and(
          inArray(assessmentReviewComments.assessmentId, inWorkspace),
          eq(assessmentReviewComments.resolved, false),
        ),
      )
      .groupBy(assessmentReviewComments.assessmentId),
    db
      .select({ assessmentId: assessmentTeam.assessmentId, teamRole: assessmentTeam.teamRole })
      .from(assessmentTeam)
      .where(and(inArray(assessmentTeam.assessmentId, inWorkspace), eq(assessmentTeam.userId, userId))),
  ]);
  return {
    answers: new Map(answers.map((row) => [row.assessmentId, { all: row.all, mine: row.mine }])),
    openComments: new Map(comments.map((row) => [row.assessmentId, row.open])),
    teamRoles: new Map(team.map((row) => [row.assessmentId, row.teamRole])),
  };
}

/** Activities per plan of the workspace. */
export async function activityCounts(db: Db, workspaceId: string) {
  const rows = await db
    .select({ planId: planItems.planId, activities: count() })
    .from(planItems)
    .where(and(eq(planItems.workspaceId, workspaceId), eq(planItems.kind, 'activity')))
    .groupBy(planItems.planId);
  return new Map(rows.map((row) => [row.planId, row.activities]));
}

export async function risksOfPlans(db: Db, workspaceId: string, planIds: string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({
      id: planRisks.id,
      planId: planRisks.planId,
      title: planRisks.title,
      likelihood: planRisks.likelihood,
      impact: planRisks.impact,
      status: planRisks.status,
    })
    .from(planRisks)
    .where(and(eq(planRisks.workspaceId, workspaceId), inArray(planRisks.planId, planIds)));
}
