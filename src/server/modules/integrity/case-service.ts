import { aliasedTable, and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { CaseStatus, ReportKeyKind } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import {
  integrityIdentityRequests,
  integrityMessages,
  integrityRecipients,
  integrityReportFiles,
  integrityReportKeys,
} from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { type ReportRow, requireHandler, requireHandlerOfCase } from './case-access.ts';
import { loadCaseSummaries, loadCaseSummary } from './case-summaries.ts';

/** Reading cases: the list, one case with its ciphertexts (every read audited), and evidence files. */

interface Options {
  db: Db;
  actor: WorkspaceActor;
  now?: Date;
}

export const CASE_ENTITY = 'integrity_case';

export async function listCases({ db, actor, status, now }: Options & { status?: CaseStatus }) {
  const me = await requireHandler(db, actor);
  return {
    cases: await loadCaseSummaries(db, { workspaceId: actor.workspace.id, recipientId: me.id, status, now }),
  };
}

export async function getCase({ db, actor, caseId, now }: Options & { caseId: string }) {
  const { me, report } = await requireHandlerOfCase(db, actor, caseId);
  const keys = await sealedKeysOf(db, report.id, me.id);
  const identityIncluded = keys.identity !== undefined && report.identity !== null;
  const [summary] = await loadCaseSummaries(db, {
    workspaceId: actor.workspace.id,
    recipientId: me.id,
    caseId: report.id,
    now,
  });
  const detail = {
    case: {
      ...summary,
      rowVersion: report.rowVersion,
      content: report.content,
      identity: identityIncluded ? report.identity : null,
      identityWithheld: !report.purgedAt && report.identityMode !== 'anonymous' && !identityIncluded,
      keys,
      files: await filesOf(db, report.id),
      messages: await messagesOf(db, report.id),
      identityRequests: await identityRequestsOf(db, report.id),
    },
    handlers: await activeHandlers(db, report.channelId),
  };
  await db.transaction((tx) =>
    appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'integrity.case.viewed',
      entityType: CASE_ENTITY,
      entityId: report.id,
      after: { number: report.number, identityIncluded },
    }),
  );
  return detail;
}

export async function getCaseFile({
  db,
  actor,
  caseId,
  fileId,
}: Options & { caseId: string; fileId: string }) {
  const { report } = await requireHandlerOfCase(db, actor, caseId);
  const [file] = await db
    .select({ position: integrityReportFiles.position, ciphertext: integrityReportFiles.ciphertext })
    .from(integrityReportFiles)
    .where(and(eq(integrityReportFiles.reportId, report.id), eq(integrityReportFiles.id, fileId)));
  if (!file) throw new AppError('not_found', 'no such file in this case');
  await db.transaction((tx) =>
    appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'integrity.case.file_downloaded',
      entityType: CASE_ENTITY,
      entityId: report.id,
      after: { number: report.number, file: file.position + 1 },
    }),
  );
  return new Uint8Array(file.ciphertext);
}

async function sealedKeysOf(db: Db, reportId: string, recipientId: string) {
  const rows = await db
    .select({ kind: integrityReportKeys.kind, sealed: integrityReportKeys.sealed })
    .from(integrityReportKeys)
    .where(and(eq(integrityReportKeys.reportId, reportId), eq(integrityReportKeys.recipientId, recipientId)));
  const keys: Partial<Record<ReportKeyKind, string>> = {};
  for (const row of rows) keys[row.kind] = row.sealed;
  return keys;
}

const filesOf = (db: Db, reportId: string) =>
  db
    .select({
      id: integrityReportFiles.id,
      position: integrityReportFiles.position,
      size: integrityReportFiles.size,
    })
    .from(integrityReportFiles)
    .where(eq(integrityReportFiles.reportId, reportId))
    .orderBy(asc(integrityReportFiles.position));

async function messagesOf(db: Db, reportId: string) {
  const rows = await db
    .select({ message: integrityMessages, authorName: users.name })
    .from(integrityMessages)
    .leftJoin(users, eq(users.id, integrityMessages.authorUserId))
    .where(eq(integrityMessages.reportId, reportId))
    .orderBy(asc(integrityMessages.createdAt), asc(integrityMessages.id));
  return rows.map(({ message, authorName }) => presentMessage(message, authorName));
}

export function presentMessage(message: typeof integrityMessages.$inferSelect, authorName: string | null) {
  return {
    id: message.id,
    author: message.author,
    authorName: message.author === 'recipient' ? authorName : null,
    visibility: message.visibility,
    ciphertext: message.ciphertext,
    createdAt: message.createdAt.toISOString(),
  };
}

const requester = aliasedTable(users, 'requester');
const decider = aliasedTable(users, 'decider');

/** Identity requests with their requester's and decider's names. */
export function identityRequestRows(db: Db) {
  return db
    .select({
      request: integrityIdentityRequests,
      requesterName: requester.name,
      deciderName: decider.name,
    })
    .from(integrityIdentityRequests)
    .innerJoin(requester, eq(requester.id, integrityIdentityRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, integrityIdentityRequests.decidedBy))
    .$dynamic();
}

export interface IdentityRequestRow {
  request: typeof integrityIdentityRequests.$inferSelect;
  requesterName: string;
  deciderName: string | null;
}

export function presentIdentityRequest(row: IdentityRequestRow) {
  const { request } = row;
  return {
    id: request.id,
    requestedBy: { id: request.requestedBy, name: row.requesterName },
    reason: request.reason,
    status: request.status,
    decidedBy: request.decidedBy ? { id: request.decidedBy, name: row.deciderName ?? '' } : null,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
  };
}

async function identityRequestsOf(db: Db, reportId: string) {
  const rows = await identityRequestRows(db)
    .where(eq(integrityIdentityRequests.reportId, reportId))
    .orderBy(asc(integrityIdentityRequests.createdAt));
  return rows.map(presentIdentityRequest);
}

/** Handlers who could be assigned a case: active, with a key pair. */
export async function activeHandlers(db: Db, channelId: string) {
  return db
    .select({ userId: integrityRecipients.userId, name: users.name })
    .from(integrityRecipients)
    .innerJoin(users, eq(users.id, integrityRecipients.userId))
    .where(
      and(
        eq(integrityRecipients.channelId, channelId),
        eq(integrityRecipients.role, 'handler'),
        isNull(integrityRecipients.removedAt),
        isNotNull(integrityRecipients.publicKey),
      ),
    )
    .orderBy(asc(users.name));
}

/** The case as an update answers it: its summary and new version. */
export async function updatedCase(db: Db, report: ReportRow, recipientId: string) {
  const summary = await loadCaseSummary(db, report.workspaceId, recipientId, report.id);
  return { case: { ...summary, rowVersion: report.rowVersion } };
}
