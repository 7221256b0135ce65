import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { applyStatusChange } from '../../../core/integrity/cases.ts';
import type { CaseOutcome, CasePriority, CaseStatus } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { actors } from '../../db/schema/index.ts';
import { integrityReports } from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import {
  channelOf,
  type ReportRow,
  refuseIfPurged,
  requireCase,
  requireHandlerOfCase,
} from './case-access.ts';
import { activeHandlers, CASE_ENTITY, updatedCase } from './case-service.ts';

/**
 * A handler's changes to a case's metadata: triage (type, institution, priority), status and outcome,
 * assignment, and the linked reference. Each group that changes gets its own audit entry, with the
 * metadata only.
 */

export interface CasePatch {
  status?: CaseStatus;
  typeCode?: string | null;
  institutionId?: string | null;
  priority?: CasePriority | null;
  assignedTo?: string | null;
  outcome?: CaseOutcome | null;
  linkedReference?: string | null;
}

type Fields = Partial<
  Pick<
    ReportRow,
    | 'status'
    | 'outcome'
    | 'acknowledgedAt'
    | 'closedAt'
    | 'typeCode'
    | 'institutionId'
    | 'priority'
    | 'assignedTo'
    | 'linkedReference'
  >
>;

const CLASSIFICATION_ACTIONS = new Set(['integrity.case.triaged', 'integrity.case.updated']);

const AUDIT_GROUPS: Array<{ action: string; fields: Array<keyof Fields> }> = [
  { action: 'integrity.case.triaged', fields: ['typeCode', 'institutionId', 'priority'] },
  { action: 'integrity.case.status_changed', fields: ['status', 'outcome'] },
  { action: 'integrity.case.assigned', fields: ['assignedTo'] },
  { action: 'integrity.case.updated', fields: ['linkedReference'] },
];

export async function updateCase({
  db,
  actor,
  caseId,
  patch,
  expectedVersion,
  now = new Date(),
}: {
  db: Db;
  actor: WorkspaceActor;
  caseId: string;
  patch: CasePatch;
  expectedVersion?: number;
  now?: Date;
}) {
  const { me } = await requireHandlerOfCase(db, actor, caseId);
  const saved = await db.transaction(async (tx) => {
    const report = await requireCase(tx, actor.workspace.id, caseId, { lock: true });
    checkVersion(report.rowVersion, expectedVersion);
    refuseIfPurged(report);
    const changes = await validatedChanges(tx, report, patch, now);
    const changed = (Object.keys(changes) as Array<keyof Fields>).filter(
      (field) => !sameValue(changes[field], report[field]),
    );
    if (changed.length === 0) return report;
    const [row] = await tx
      .update(integrityReports)
      .set({ ...changes, rowVersion: nextVersion(integrityReports.rowVersion), updatedAt: now })
      .where(eq(integrityReports.id, report.id))
      .returning();
    for (const group of AUDIT_GROUPS) {
      const fields = group.fields.filter((field) => changed.includes(field));
      if (fields.length === 0) continue;
      await appendAudit(tx, {
        workspaceId: actor.workspace.id,
        actorId: actor.user.id,
        action: group.action,
        entityType: CASE_ENTITY,
        entityId: report.id,
        // the number only after: equal on both sides, it would drop out of the changes. A case's
        // classification is not written out: audit readers need not be recipients, and a type or an
        // institution per case would undo the statistics' small-cell suppression.
        ...(CLASSIFICATION_ACTIONS.has(group.action)
          ? { before: null, after: { number: report.number, changed: fields.join(', ') } }
          : { before: pick(report, fields), after: { number: report.number, ...pick(row, fields) } }),
      });
    }
    return row;
  });
  return updatedCase(db, saved, me.id);
}

async function validatedChanges(tx: Db, report: ReportRow, patch: CasePatch, now: Date): Promise<Fields> {
  const changes: Fields = {};
  if (patch.typeCode !== undefined) {
    if (patch.typeCode !== null) {
      const channel = await channelOf(tx, report);
      const codes = channel.settings.reportTypes.map((type) => type.code);
      if (!codes.includes(patch.typeCode))
        throw new AppError('bad_request', 'typeCode: not one of the channel’s report types', {
          typeCode: patch.typeCode,
        });
    }
    changes.typeCode = patch.typeCode;
  }
  if (patch.institutionId !== undefined) {
    if (patch.institutionId !== null) {
      const [institution] = await tx
        .select({ id: actors.id })
        .from(actors)
        .where(and(eq(actors.workspaceId, report.workspaceId), eq(actors.id, patch.institutionId)));
      if (!institution)
        throw new AppError(
          'bad_request',
          'institutionId: no such institution in this workspace’s sector map',
          {
            institutionId: patch.institutionId,
          },
        );
    }
    changes.institutionId = patch.institutionId;
  }
  if (patch.priority !== undefined) changes.priority = patch.priority;
  if (patch.assignedTo !== undefined) {
    if (patch.assignedTo !== null) {
      const handlers = await activeHandlers(tx, report.channelId);
      if (!handlers.some((handler) => handler.userId === patch.assignedTo))
        throw new AppError('bad_request', 'assignedTo: not one of the channel’s case handlers', {
          assignedTo: patch.assignedTo,
        });
    }
    changes.assignedTo = patch.assignedTo;
  }
  if (patch.linkedReference !== undefined) changes.linkedReference = patch.linkedReference?.trim() || null;
  if (patch.status !== undefined || patch.outcome !== undefined) {
    const result = applyStatusChange(report, { status: patch.status, outcome: patch.outcome }, now);
    if (!result.ok) {
      const { kind, field, message } = result.error;
      throw new AppError(kind, `${field}: ${message}`, { status: report.status });
    }
    Object.assign(changes, result.next);
  }
  return changes;
}

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** The audited values; the assignee as `assigneeId`, so the log names the person. */
function pick(row: ReportRow, fields: Array<keyof Fields>) {
  return Object.fromEntries(
    fields.map((field) => [field === 'assignedTo' ? 'assigneeId' : field, row[field]]),
  );
}
