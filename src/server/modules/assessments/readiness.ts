import type { TeamRole } from '../../../core/assessment/workflow.ts';
import { submitReadiness } from '../../../core/assessment/workflow-readiness.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import * as repo from './repo.ts';
import { loadAssessment } from './service.ts';

/** The warnings shown before submitting for review: unanswered items and a missing reviewer. */
export async function describeSubmitReadiness(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
}) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const row = await loadAssessment(db, actor, options.assessmentId);
  const [team, answers] = await Promise.all([repo.listTeam(db, row.id), repo.listAnswers(db, row.id)]);
  return submitReadiness({
    framework: row.framework as Framework,
    team: team.map((member) => ({ userId: member.userId, teamRole: member.teamRole as TeamRole })),
    answers,
  });
}
