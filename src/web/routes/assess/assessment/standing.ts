import { reviewRefusal, scoringRefusal, type WorkflowAction } from '../../../../core/assessment/workflow';
import type { AssessmentDetail } from '../../../api/assessmentTypes';
import type { Role } from '../../../api/types';

/** What the signed-in user may do on one assessment, mirroring the server's workflow rules. */
export interface Standing {
  canScore: boolean;
  /** Why scoring is closed to someone on the team as an assessor, else null. */
  scoringNote: 'not_draft' | 'donor_side' | 'role' | null;
  canEditEvidence: boolean;
  canComment: boolean;
  canResolve: boolean;
  /** Workflow steps worth offering; the server still has the last word (open comments, etc.). */
  actions: WorkflowAction[];
  canSetBaseline: boolean;
}

export function standingOf(detail: AssessmentDetail, userId: string, role: Role): Standing {
  const { assessment, myTeamRole } = detail;
  const status = assessment.status;
  const secretariat = role === 'owner' || role === 'admin';
  const onTeamAsAssessor = myTeamRole === 'lead' || myTeamRole === 'assessor';
  const scoring = scoringRefusal({
    status,
    workspaceRole: role,
    teamRole: myTeamRole,
    leadSide: assessment.leadSide,
  });
  const scoredItems = detail.answers.some((answer) => answer.assessorId === userId);
  const actions: WorkflowAction[] = [];
  if (status === 'draft' && onTeamAsAssessor) actions.push('submit');
  if (status === 'in_review' && (myTeamRole === 'reviewer' || secretariat)) actions.push('return');
  if (status === 'in_review' && secretariat && !onTeamAsAssessor) actions.push('validate');
  if (status === 'validated' && secretariat) actions.push('publish');
  if (status === 'published' && secretariat) actions.push('unpublish');
  return {
    canScore: scoring === null,
    scoringNote:
      scoring === null || !onTeamAsAssessor
        ? null
        : status !== 'draft'
          ? 'not_draft'
          : role === 'donor'
            ? 'donor_side'
            : 'role',
    canEditEvidence: onTeamAsAssessor && (status === 'draft' || status === 'in_review'),
    canComment: reviewRefusal({ status, teamRole: myTeamRole, scoredItems }) === null,
    canResolve: myTeamRole !== null,
    actions,
    canSetBaseline: secretariat && (status === 'validated' || status === 'published'),
  };
}
