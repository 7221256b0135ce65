import {
  type ActionStatus,
  actionOverdue,
  type CommitmentParty,
  type CommitmentStatus,
  commitmentOverdue,
  type MechanismKind,
} from '../../../core/coordination/compacts.ts';
import type { ActionRow, CommitmentRow, MechanismRow, MeetingRow } from './repo.ts';

export interface MechanismCounts {
  meetingCount: number;
  openActionCount: number;
  overdueCount: number;
}

export function presentMechanism(row: MechanismRow, counts: MechanismCounts) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as MechanismKind,
    termsOfReference: row.termsOfReference,
    memberFunderIds: row.memberFunderIds,
    memberActorIds: row.memberActorIds,
    planItemIds: row.planItemIds,
    purposeCodes: row.purposeCodes,
    poolFunderId: row.poolFunderId,
    ...counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

export function presentMeeting(row: MeetingRow) {
  return {
    id: row.id,
    mechanismId: row.mechanismId,
    heldOn: row.heldOn,
    summary: row.summary,
    decisions: row.decisions,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

export function presentAction(row: ActionRow, statusDate: string) {
  return {
    id: row.id,
    mechanismId: row.mechanismId,
    meetingId: row.meetingId,
    description: row.description,
    ownerActorId: row.ownerActorId,
    ownerFunderId: row.ownerFunderId,
    dueDate: row.dueDate,
    status: row.status as ActionStatus,
    overdue: actionOverdue(row, statusDate),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

export function presentCommitment(row: CommitmentRow, statusDate: string) {
  return {
    id: row.id,
    mechanismId: row.mechanismId,
    party: row.party as CommitmentParty,
    actorId: row.actorId,
    funderId: row.funderId,
    commitment: row.commitment,
    benchmark: row.benchmark,
    dueDate: row.dueDate,
    status: row.status as CommitmentStatus,
    evidence: row.evidence,
    overdue: commitmentOverdue(row, statusDate),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

/** What the audit log records of a row: its own fields, without ids of the row, timestamps or version. */
export function audited(row: {
  id: string;
  workspaceId: string;
  createdAt: Date;
  updatedAt: Date;
  rowVersion: number;
}) {
  const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, rowVersion: _v, ...fields } = row;
  const { createdBy: _by, ...rest } = fields as typeof fields & { createdBy?: unknown };
  return rest;
}
