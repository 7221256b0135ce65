import type { AssessmentStatus, TeamRole } from '../assessment/workflow.ts';
import { AppError } from '../errors/app-error.ts';
import { can, type Role } from './roles.ts';

/**
 * Object-level rules: what the role matrix in roles.ts cannot say because the answer depends on the
 * object (who wrote it, whose team it is). Services load the object, ask here, and throw the refusal.
 * `forbidden` means this user may not act on this object; `conflict` means they may, but not now.
 */
export interface PolicyRefusal {
  code: 'forbidden' | 'conflict';
  reason: string;
}

export interface Acting {
  userId: string;
  role: Role;
}

/** Throws the refusal as the AppError the HTTP layer maps to 403 or 409. */
export function enforce(refusal: PolicyRefusal | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.reason);
}

const forbidden = (reason: string): PolicyRefusal => ({ code: 'forbidden', reason });

/**
 * Oversight notes are an oversight body's own words: only their author edits them. The author may
 * also delete one, and so may the secretariat (whoever manages members), to take down an abusive note.
 */
export function oversightNoteRefusal(
  action: 'edit' | 'delete',
  acting: Acting,
  note: { authorId: string },
): PolicyRefusal | null {
  if (!can(acting.role, 'oversight-note:write'))
    return forbidden(`the ${acting.role} role cannot do this (needs oversight-note:write)`);
  if (note.authorId === acting.userId) return null;
  if (action === 'delete' && can(acting.role, 'member:manage')) return null;
  return forbidden('only the author can change this note');
}

const EVIDENCE_OPEN: readonly AssessmentStatus[] = ['draft', 'in_review'];

/** Evidence is attached and removed by the team's lead and assessors, while the assessment is open. */
export function evidenceChangeRefusal(assessment: {
  teamRole: TeamRole | null;
  status: AssessmentStatus;
}): PolicyRefusal | null {
  if (assessment.teamRole !== 'lead' && assessment.teamRole !== 'assessor')
    return forbidden('only the assessment team can attach evidence');
  if (!EVIDENCE_OPEN.includes(assessment.status))
    return { code: 'conflict', reason: `evidence cannot change once the assessment is ${assessment.status}` };
  return null;
}

/** Anyone on the assessment's team (lead, assessor or reviewer) closes or reopens a review comment. */
export function reviewCommentResolveRefusal(assessment: { teamRole: TeamRole | null }): PolicyRefusal | null {
  return assessment.teamRole === null
    ? forbidden('only the assessment team can resolve review comments')
    : null;
}
