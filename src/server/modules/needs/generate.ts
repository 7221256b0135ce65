import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { gapAnalysis } from '../../../core/assessment/gaps.ts';
import { needsFromGaps } from '../../../core/assessment/needs.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework, TextLanguage } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { assessments, needs } from '../../db/schema/index.ts';
import { findAssessment } from '../assessments/repo.ts';
import { aggregateStored } from '../assessments/results.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { gapNeedText } from './render.ts';
import { presentNeeds, selectNeeds } from './service.ts';

/** Only results the secretariat has signed off become needs; drafts still change. */
const SETTLED_STATUSES = ['validated', 'published'];

/**
 * Turns an assessment's gaps (every item below the top of its scale) into needs. Items that
 * already have a need from this assessment are skipped, whatever that need's status, so running
 * it twice changes nothing. Returns how many were created, how many needs from this assessment
 * were already there, and every need of the assessment.
 */
export async function generateNeeds(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  /** The language of the needs returned (English by default); stored as key and parameters. */
  language?: TextLanguage;
}) {
  const { db, actor } = options;
  authorize(actor, 'assessment:manage');
  const assessment = await findAssessment(db, actor.workspace.id, options.assessmentId);
  if (!assessment)
    throw new AppError('not_found', `no assessment "${options.assessmentId}" in this workspace`);
  if (!SETTLED_STATUSES.includes(assessment.status)) {
    throw new AppError(
      'conflict',
      `assessment: needs come only from a validated or published assessment; this one is ${assessment.status}`,
    );
  }
  const framework = assessment.framework as Framework;
  const drafts = needsFromGaps(framework, gapAnalysis(framework, await aggregateStored(db, assessment)));
  const itemTexts = new Map(listItems(framework).map(({ item }) => [item.id, item.text]));

  const { created, alreadyExisted } = await db.transaction(async (tx) => {
    // Two generations of the same assessment at once would both see no needs: take turns.
    await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(eq(assessments.id, assessment.id))
      .for('update');
    const existing = await tx
      .select({ itemId: needs.itemId })
      .from(needs)
      .where(and(eq(needs.workspaceId, actor.workspace.id), eq(needs.assessmentId, assessment.id)));
    const covered = new Set(existing.map((row) => row.itemId));
    const fresh = drafts.filter((draft) => !covered.has(draft.itemId));
    if (fresh.length === 0) return { created: 0, alreadyExisted: existing.length };
    await tx.insert(needs).values(
      fresh.map((draft) => ({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        assessmentId: assessment.id,
        itemId: draft.itemId,
        // English text kept for clients that do not render the key
        ...gapNeedText(draft.generated, itemTexts.get(draft.itemId), 'en'),
        generated: draft.generated,
        severity: draft.severity,
        importance: draft.importance,
        createdBy: actor.user.id,
      })),
    );
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'need.generate',
      entityType: 'assessment',
      entityId: assessment.id,
      after: { created: fresh.length, itemIds: fresh.map((draft) => draft.itemId) },
    });
    return { created: fresh.length, alreadyExisted: existing.length };
  });

  const rows = await selectNeeds(db, actor.workspace.id, { assessmentId: assessment.id });
  return { created, alreadyExisted, needs: await presentNeeds(db, actor, options.language ?? 'en', rows) };
}
