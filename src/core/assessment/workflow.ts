import type { Role } from '../access/roles.ts';

/**
 * The life of an assessment: assessors score in draft, submit it for peer review, a reviewer
 * who scored nothing comments per item and either returns it or lets the secretariat validate it;
 * a validated assessment can be published (and unpublished again) and serve as a baseline.
 */
export const ASSESSMENT_STATUSES = ['draft', 'in_review', 'validated', 'published'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const SIDES = ['government', 'donor', 'civil_society', 'joint'] as const;
export type Side = (typeof SIDES)[number];
export const TEAM_ROLES = ['lead', 'assessor', 'reviewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'return', 'validate', 'publish', 'unpublish'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface WorkflowContext {
  status: AssessmentStatus;
  /** The acting user's workspace role. */
  workspaceRole: Role;
  /** The acting user's place on this assessment's team, if any. */
  teamRole: TeamRole | null;
  /** Whether the acting user recorded any score in this assessment. */
  scoredItems: boolean;
  answerCount: number;
  openReviewComments: number;
}

const NEXT: Record<WorkflowAction, { from: AssessmentStatus; to: AssessmentStatus }> = {
  submit: { from: 'draft', to: 'in_review' },
  return: { from: 'in_review', to: 'draft' },
  validate: { from: 'in_review', to: 'validated' },
  publish: { from: 'validated', to: 'published' },
  unpublish: { from: 'published', to: 'validated' },
};

const isSecretariat = (role: Role) => role === 'owner' || role === 'admin';

export function nextStatus(action: WorkflowAction): AssessmentStatus {
  return NEXT[action].to;
}

/**
 * A refused step: `forbidden` when the acting user may not take it, `conflict` when they may
 * but the assessment is not at the status the step starts from.
 */
export interface WorkflowRefusal {
  code: 'forbidden' | 'conflict';
  reason: string;
}

/** Who may take the step at all, whatever the assessment's status. */
function actorRefusal(action: WorkflowAction, ctx: WorkflowContext): string | null {
  switch (action) {
    case 'submit':
      return ctx.teamRole === 'lead' || ctx.teamRole === 'assessor'
        ? null
        : 'only the assessment team can submit it';
    case 'return':
      return ctx.teamRole === 'reviewer' || isSecretariat(ctx.workspaceRole)
        ? null
        : 'only a reviewer or the secretariat can return an assessment';
    case 'validate':
      if (!isSecretariat(ctx.workspaceRole))
        return 'only the secretariat (owner or admin) validates assessments';
      if (ctx.scoredItems || ctx.teamRole === 'lead' || ctx.teamRole === 'assessor') {
        return 'an assessor cannot validate their own assessment';
      }
      return null;
    case 'publish':
      return isSecretariat(ctx.workspaceRole)
        ? null
        : 'only the secretariat (owner or admin) publishes assessments';
    case 'unpublish':
      return isSecretariat(ctx.workspaceRole)
        ? null
        : 'only the secretariat (owner or admin) unpublishes assessments';
  }
}

/** What the assessment itself still lacks before the step, once actor and status are right. */
function prerequisiteRefusal(action: WorkflowAction, ctx: WorkflowContext): string | null {
  if (action === 'submit' && ctx.answerCount === 0) return 'score at least one item before submitting';
  if (action === 'validate' && ctx.openReviewComments > 0)
    return `${ctx.openReviewComments} review comments are still open`;
  return null;
}

/** Why the step is refused and how (see WorkflowRefusal), or null when it may go ahead. */
export function workflowDecision(action: WorkflowAction, ctx: WorkflowContext): WorkflowRefusal | null {
  const notAllowed = actorRefusal(action, ctx);
  if (notAllowed) return { code: 'forbidden', reason: notAllowed };
  if (ctx.status !== NEXT[action].from) {
    return {
      code: 'conflict',
      reason: `cannot ${action} an assessment that is ${ctx.status.replace('_', ' ')}`,
    };
  }
  const missing = prerequisiteRefusal(action, ctx);
  return missing ? { code: 'forbidden', reason: missing } : null;
}

/** Why the action is refused, or null when it may go ahead. */
export function workflowRefusal(action: WorkflowAction, ctx: WorkflowContext): string | null {
  return workflowDecision(action, ctx)?.reason ?? null;
}

/**
 * Scoring is for the team's assessors while in draft; a donor may not score an assessment led
 * by the government or civil society (local ownership), only donor-led or joint ones.
 */
export function scoringRefusal(input: {
  status: AssessmentStatus;
  workspaceRole: Role;
  teamRole: TeamRole | null;
  leadSide: Side;
}): string | null {
  if (input.status !== 'draft') return 'scores can change only while the assessment is a draft';
  if (input.teamRole !== 'lead' && input.teamRole !== 'assessor')
    return 'only the assessment team can score it';
  if (input.workspaceRole === 'donor' && input.leadSide !== 'donor' && input.leadSide !== 'joint') {
    return `a donor cannot edit an assessment led by ${input.leadSide.replace('_', ' ')}`;
  }
  if (input.workspaceRole === 'viewer' || input.workspaceRole === 'oversight')
    return 'your role cannot score assessments';
  return null;
}

/** Peer review: a reviewer on the team who scored nothing in this assessment, while it is in review. */
export function reviewRefusal(input: {
  status: AssessmentStatus;
  teamRole: TeamRole | null;
  scoredItems: boolean;
}): string | null {
  if (input.status !== 'in_review') return 'review comments are taken only while the assessment is in review';
  if (input.teamRole !== 'reviewer') return 'only a reviewer on the team can comment';
  if (input.scoredItems) return 'a reviewer is never one of the assessors';
  return null;
}
