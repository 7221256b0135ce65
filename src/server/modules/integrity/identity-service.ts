import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { decodedLength } from '../../../core/integrity/ciphertext-check.ts';
import { SEALED_KEY_BYTES } from '../../../core/integrity/crypto.ts';
import type { Db } from '../../db/client.ts';
import {
  integrityIdentityRequests,
  integrityRecipients,
  integrityReportKeys,
  integrityReports,
} from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { refuseIfPurged, requireCase, requireCustodian, requireHandlerOfCase } from './case-access.ts';
import {
  CASE_ENTITY,
  type IdentityRequestRow,
  identityRequestRows,
  presentIdentityRequest,
} from './case-service.ts';

/**
 * The identity custodian: a confidential report's identity key is sealed to custodians only. A
 * handler who needs it asks, giving a reason; a custodian approves by sealing the key, in their
 * browser, to the handler's public key (the server stores that copy), or refuses.
 */

interface Options {
  db: Db;
  actor: WorkspaceActor;
  now?: Date;
}

const RECENT_DECISIONS = 50;

export async function requestIdentity({
  db,
  actor,
  caseId,
  reason,
  now = new Date(),
}: Options & { caseId: string; reason: string }) {
  const { me } = await requireHandlerOfCase(db, actor, caseId);
  return db.transaction(async (tx) => {
    const report = await requireCase(tx, actor.workspace.id, caseId, { lock: true });
    refuseIfPurged(report);
    if (report.identityMode !== 'confidential')
      throw new AppError(
        'conflict',
        `identity: the whistle-blower chose "${report.identityMode}", there is nothing to ask for`,
      );
    const [held] = await tx
      .select({ kind: integrityReportKeys.kind })
      .from(integrityReportKeys)
      .where(
        and(
          eq(integrityReportKeys.reportId, report.id),
          eq(integrityReportKeys.recipientId, me.id),
          eq(integrityReportKeys.kind, 'identity'),
        ),
      );
    if (held) throw new AppError('conflict', 'identity: you already hold this case’s identity key');
    const [pending] = await tx
      .select({ id: integrityIdentityRequests.id })
      .from(integrityIdentityRequests)
      .where(
        and(
          eq(integrityIdentityRequests.reportId, report.id),
          eq(integrityIdentityRequests.requestedBy, actor.user.id),
          eq(integrityIdentityRequests.status, 'pending'),
        ),
      );
    if (pending) throw new AppError('conflict', 'identity: your request on this case awaits a decision');
    const id = randomUUID();
    await tx.insert(integrityIdentityRequests).values({
      id,
      workspaceId: report.workspaceId,
      reportId: report.id,
      requestedBy: actor.user.id,
      reason: reason.trim(),
      createdAt: now,
    });
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'integrity.identity.requested',
      entityType: CASE_ENTITY,
      entityId: report.id,
      after: { number: report.number },
    });
    const [row] = await identityRequestRows(tx).where(eq(integrityIdentityRequests.id, id));
    return { request: presentIdentityRequest(row) };
  });
}

/** Pending requests (oldest first) and the latest decisions, each with what the custodian needs to seal. */
export async function listIdentityRequests({ db, actor }: Options) {
  const me = await requireCustodian(db, actor);
  const inWorkspace = eq(integrityIdentityRequests.workspaceId, actor.workspace.id);
  const pendingRows: IdentityRequestRow[] = await identityRequestRows(db)
    .where(and(inWorkspace, eq(integrityIdentityRequests.status, 'pending')))
    .orderBy(asc(integrityIdentityRequests.createdAt));
  const decidedRows: IdentityRequestRow[] = await identityRequestRows(db)
    .where(and(inWorkspace, ne(integrityIdentityRequests.status, 'pending')))
    .orderBy(desc(integrityIdentityRequests.decidedAt))
    .limit(RECENT_DECISIONS);
  const rows = [...pendingRows, ...decidedRows];
  const reportIds = [...new Set(rows.map((row) => row.request.reportId))];
  const requesterIds = [...new Set(rows.map((row) => row.request.requestedBy))];
  const numbers = reportIds.length
    ? await db
        .select({ id: integrityReports.id, number: integrityReports.number })
        .from(integrityReports)
        .where(inArray(integrityReports.id, reportIds))
    : [];
  const myKeys = reportIds.length
    ? await db
        .select({ reportId: integrityReportKeys.reportId, sealed: integrityReportKeys.sealed })
        .from(integrityReportKeys)
        .where(
          and(
            inArray(integrityReportKeys.reportId, reportIds),
            eq(integrityReportKeys.recipientId, me.id),
            eq(integrityReportKeys.kind, 'identity'),
          ),
        )
    : [];
  const requesters = requesterIds.length
    ? await activeRecipientsByUser(db, me.channelId, requesterIds)
    : new Map();
  const numberOf = new Map(numbers.map((row) => [row.id, row.number]));
  const keyOf = new Map(myKeys.map((row) => [row.reportId, row.sealed]));
  const present = (row: IdentityRequestRow) => ({
    ...presentIdentityRequest(row),
    caseId: row.request.reportId,
    caseNumber: numberOf.get(row.request.reportId) ?? 0,
    requester: requesters.get(row.request.requestedBy) ?? null,
    sealedIdentityKey: keyOf.get(row.request.reportId) ?? null,
  });
  return { pending: pendingRows.map(present), decided: decidedRows.map(present) };
}

async function activeRecipientsByUser(db: Db, channelId: string, userIds: string[]) {
  const rows = await db
    .select({
      userId: integrityRecipients.userId,
      recipientId: integrityRecipients.id,
      role: integrityRecipients.role,
      publicKey: integrityRecipients.publicKey,
      removedAt: integrityRecipients.removedAt,
    })
    .from(integrityRecipients)
    .where(and(eq(integrityRecipients.channelId, channelId), inArray(integrityRecipients.userId, userIds)));
  return new Map(
    rows
      .filter((row) => row.removedAt === null && row.role === 'handler')
      .map((row) => [row.userId, { recipientId: row.recipientId, publicKey: row.publicKey }]),
  );
}

export function sealedKeyProblem(sealedKey: string): string | null {
  const length = decodedLength(sealedKey);
  if (length < 0) return 'must be base64';
  if (length !== SEALED_KEY_BYTES) return `must be a key sealed to the requester (${SEALED_KEY_BYTES} bytes)`;
  return null;
}

export async function decideIdentityRequest({
  db,
  actor,
  requestId,
  decision,
  sealedKey,
  now = new Date(),
}: Options & { requestId: string; decision: 'approve' | 'refuse'; sealedKey?: string }) {
  const [known] = await db
    .select({ id: integrityIdentityRequests.id })
    .from(integrityIdentityRequests)
    .where(
      and(
        eq(integrityIdentityRequests.workspaceId, actor.workspace.id),
        eq(integrityIdentityRequests.id, requestId),
      ),
    );
  if (!known) throw new AppError('not_found', 'no such identity request in this workspace');
  const me = await requireCustodian(db, actor);
  if (decision === 'approve') {
    if (!sealedKey) throw new AppError('bad_request', 'sealedKey: required to approve');
    const problem = sealedKeyProblem(sealedKey);
    if (problem) throw new AppError('bad_request', `sealedKey: ${problem}`);
  } else if (sealedKey !== undefined) {
    throw new AppError('bad_request', 'sealedKey: only an approval carries a key');
  }
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(integrityIdentityRequests)
      .where(
        and(
          eq(integrityIdentityRequests.workspaceId, actor.workspace.id),
          eq(integrityIdentityRequests.id, requestId),
        ),
      )
      .for('update');
    if (!request) throw new AppError('not_found', 'no such identity request in this workspace');
    if (request.status !== 'pending')
      throw new AppError('conflict', `decision: this request was already ${request.status}`);
    const report = await requireCase(tx, actor.workspace.id, request.reportId);
    refuseIfPurged(report);
    if (decision === 'approve' && sealedKey) {
      const requester = (await activeRecipientsByUser(tx, me.channelId, [request.requestedBy])).get(
        request.requestedBy,
      );
      if (!requester?.publicKey)
        throw new AppError(
          'conflict',
          'decision: the requester is no longer one of the channel’s case handlers',
        );
      await tx
        .insert(integrityReportKeys)
        .values({
          workspaceId: report.workspaceId,
          reportId: report.id,
          recipientId: requester.recipientId,
          kind: 'identity',
          sealed: sealedKey,
        })
        .onConflictDoUpdate({
          target: [integrityReportKeys.reportId, integrityReportKeys.recipientId, integrityReportKeys.kind],
          set: { sealed: sealedKey },
        });
    }
    await tx
      .update(integrityIdentityRequests)
      .set({
        status: decision === 'approve' ? 'approved' : 'refused',
        decidedBy: actor.user.id,
        decidedAt: now,
      })
      .where(eq(integrityIdentityRequests.id, request.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: decision === 'approve' ? 'integrity.identity.approved' : 'integrity.identity.refused',
      entityType: CASE_ENTITY,
      entityId: report.id,
      after: { number: report.number, requesterId: request.requestedBy },
    });
    const [row] = await identityRequestRows(tx).where(eq(integrityIdentityRequests.id, request.id));
    return { request: presentIdentityRequest(row) };
  });
}
