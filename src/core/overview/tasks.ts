import { can, type Role } from '../access/roles.ts';
import {
  type AssessmentStatus,
  reviewRefusal,
  type Side,
  scoringRefusal,
  type TeamRole,
  workflowDecision,
} from '../assessment/workflow.ts';

export const TASK_KINDS = ['score', 'submit', 'review', 'validate', 'approve_plan', 'review_flag'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface Task {
  kind: TaskKind;
  /** The assessment, plan or review flag (of an off-track indicator) where the task is done. */
  subject: 'assessment' | 'plan' | 'flag';
  subjectId: string;
  title: string;
  /** Items still to score (score tasks only). */
  remaining: number | null;
}

export interface AssessmentForTasks {
  id: string;
  title: string;
  status: AssessmentStatus;
  leadSide: Side;
  itemCount: number;
  /** Answers anyone recorded, and the reader's own. */
  answerCount: number;
  myAnswerCount: number;
  openReviewComments: number;
  /** The reader's place on the team, if any. */
  myTeamRole: TeamRole | null;
}

export interface PlanForTasks {
  id: string;
  name: string;
  status: string;
  isScenario: boolean;
  activityCount: number;
}

/** An open review flag: an indicator off track whose linked plan items wait for a decision. */
export interface FlagForTasks {
  id: string;
  indicatorCode: string;
  indicatorName: string;
}

/** Open flags are tasks for whoever may re-plan (plan:write) or decide on them (monitoring:decide). */
export function flagTasksFor(role: Role, flags: readonly FlagForTasks[]): Task[] {
  if (!can(role, 'plan:write') && !can(role, 'monitoring:decide')) return [];
  return flags.map((flag) => ({
    kind: 'review_flag',
    subject: 'flag',
    subjectId: flag.id,
    title: `${flag.indicatorCode} ${flag.indicatorName}`,
    remaining: null,
  }));
}

/**
 * What the reader can act on in one assessment, by the same rules the workflow enforces, so the home
 * page never lists a task its reader would be refused.
 */
function assessmentTasksOf(role: Role, assessment: AssessmentForTasks): Task[] {
  const task = (kind: TaskKind, remaining: number | null = null): Task => ({
    kind,
    subject: 'assessment',
    subjectId: assessment.id,
    title: assessment.title,
    remaining,
  });
  const context = {
    status: assessment.status,
    workspaceRole: role,
    teamRole: assessment.myTeamRole,
    scoredItems: assessment.myAnswerCount > 0,
    answerCount: assessment.answerCount,
    openReviewComments: assessment.openReviewComments,
  };
  const scoring = scoringRefusal({
    status: assessment.status,
    workspaceRole: role,
    teamRole: assessment.myTeamRole,
    leadSide: assessment.leadSide,
  });
  if (scoring === null) {
    const remaining = Math.max(0, assessment.itemCount - assessment.myAnswerCount);
    if (remaining > 0) return [task('score', remaining)];
    return workflowDecision('submit', context) === null ? [task('submit')] : [];
  }
  if (reviewRefusal(context) === null) return [task('review')];
  if (workflowDecision('validate', context) === null) return [task('validate')];
  return [];
}

/**
 * The reader's tasks: assessments to score, submit, review or validate, plans to approve, then the plan
 * items to review because an indicator went off track.
 */
export function tasksFor(
  role: Role,
  assessments: readonly AssessmentForTasks[],
  plans: readonly PlanForTasks[],
  flags: readonly FlagForTasks[] = [],
): Task[] {
  const approvals: Task[] = can(role, 'plan:approve')
    ? plans
        .filter((plan) => plan.status === 'draft' && !plan.isScenario && plan.activityCount > 0)
        .map((plan) => ({
          kind: 'approve_plan',
          subject: 'plan',
          subjectId: plan.id,
          title: plan.name,
          remaining: null,
        }))
    : [];
  return [
    ...assessments.flatMap((assessment) => assessmentTasksOf(role, assessment)),
    ...approvals,
    ...flagTasksFor(role, flags),
  ];
}
