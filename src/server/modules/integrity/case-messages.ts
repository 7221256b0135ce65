import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { ciphertextProblem } from '../../../core/integrity/ciphertext-check.ts';
import type { Db } from '../../db/client.ts';
import { integrityMessages, integrityReports, type MessageVisibility } from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import { nextVersion } from '../shared/row-version.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { refuseIfPurged, requireCase, requireHandlerOfCase } from './case-access.ts';
import { CASE_ENTITY, presentMessage } from './case-service.ts';

/**
 * A handler writes to the whistle-blower (sealed with the report key) or adds an internal note (the
 * notes key). The server cannot read either; it only checks that what it stores looks encrypted.
 */

export async function postCaseMessage({
  db,
  actor,
  caseId,
  message,
  now = new Date(),
}: {
  db: Db;
  actor: WorkspaceActor;
  caseId: string;
  message: { visibility: MessageVisibility; ciphertext: string; isFeedback?: boolean };
  now?: Date;
}) {
  await requireHandlerOfCase(db, actor, caseId);
  const problem = ciphertextProblem(message.ciphertext);
  if (problem) throw new AppError('bad_request', `ciphertext: ${problem}`);
  const conversation = message.visibility === 'conversation';
  if (message.isFeedback && !conversation)
    throw new AppError('bad_request', 'isFeedback: only a message to the whistle-blower gives feedback');
  return db.transaction(async (tx) => {
    const report = await requireCase(tx, actor.workspace.id, caseId, { lock: true });
    refuseIfPurged(report);
    if (conversation && report.status === 'closed')
      throw new AppError('conflict', 'this case is closed; reopen it to write to the whistle-blower');
    const [row] = await tx
      .insert(integrityMessages)
      .values({
        id: randomUUID(),
        workspaceId: report.workspaceId,
        reportId: report.id,
        author: 'recipient',
        authorUserId: actor.user.id,
        visibility: message.visibility,
        ciphertext: message.ciphertext,
        createdAt: now,
      })
      .returning();
    const acknowledges = conversation && report.status === 'new';
    const givesFeedback = conversation && message.isFeedback === true && report.feedbackAt === null;
    if (acknowledges || givesFeedback) {
      await tx
        .update(integrityReports)
        .set({
          ...(acknowledges && {
            status: 'acknowledged' as const,
            acknowledgedAt: report.acknowledgedAt ?? now,
          }),
          ...(givesFeedback && { feedbackAt: now }),
          rowVersion: nextVersion(integrityReports.rowVersion),
          updatedAt: now,
        })
        .where(eq(integrityReports.id, report.id));
    }
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: conversation ? 'integrity.case.message_sent' : 'integrity.case.note_added',
      entityType: CASE_ENTITY,
      entityId: report.id,
      after: {
        number: report.number,
        ...(conversation && { feedback: message.isFeedback === true, acknowledged: acknowledges }),
      },
    });
    return { message: presentMessage(row, actor.user.name) };
  });
}
