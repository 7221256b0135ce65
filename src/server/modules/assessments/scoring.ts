import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { enforce, reviewCommentResolveRefusal } from '../../../core/access/policy.ts';
import type { Role } from '../../../core/access/roles.ts';
import { type Answer, checkAnswers } from '../../../core/assessment/answers.ts';
import {
  type AssessmentStatus,
  nextStatus,
  reviewRefusal,
  type Side,
  scoringRefusal,
  type TeamRole,
  type WorkflowAction,
  workflowDecision,
} from '../../../core/assessment/workflow.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { assessmentAnswers, assessmentReviewComments, assessments } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { nextVersion } from '../shared/row-version.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';
import { requireFrameworkItem } from '../workspaces/references.ts';
import * as repo from './repo.ts';
import { loadAssessment, presentAssessment } from './service.ts';

const refuse = (reason: string | null) => {
  if (reason) throw new AppError('forbidden', reason);
};

/** The acting user's standing on one assessment, for the workflow rules in core. */
async function standing(db: Db, actor: WorkspaceActor, assessmentId: string) {
  const row = await loadAssessment(db, actor, assessmentId);
  const [team, answers] = await Promise.all([repo.listTeam(db, row.id), repo.listAnswers(db, row.id)]);
  return {
    row,
    status: row.status as AssessmentStatus,
    workspaceRole: actor.role as Role,
    teamRole: (team.find((member) => member.userId === actor.user.id)?.teamRole ?? null) as TeamRole | null,
    scoredItems: answers.some((answer) => answer.assessorId === actor.user.id),
    answerCount: answers.length,
  };
}

export interface AnswerInput {
  answer: Answer;
  confidence?: 'low' | 'medium' | 'high' | null;
  comment?: string | null;
}

export async function recordAnswer(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  itemId: string;
  input: AnswerInput;
}) {
  const { db, actor, itemId, input } = options;
  const s = await standing(db, actor, options.assessmentId);
  refuse(
    scoringRefusal({
      status: s.status,
      workspaceRole: s.workspaceRole,
      teamRole: s.teamRole,
      leadSide: s.row.leadSide as Side,
    }),
  );
  checkAnswers(s.row.framework as Framework, { [itemId]: input.answer }, 'item');
  const kind = typeof input.answer === 'number' ? 'score' : input.answer;
  const value = typeof input.answer === 'number' ? input.answer : null;
  const key = and(
    eq(assessmentAnswers.assessmentId, s.row.id),
    eq(assessmentAnswers.itemId, itemId),
    eq(assessmentAnswers.assessorId, actor.user.id),
  );
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(assessmentAnswers).where(key);
    const fields = {
      kind,
      value,
      confidence: input.confidence ?? null,
      comment: input.comment ?? null,
      updatedAt: new Date(),
    };
    if (before) await tx.update(assessmentAnswers).set(fields).where(key);
    else
      await tx
        .insert(assessmentAnswers)
        .values({ id: randomUUID(), assessmentId: s.row.id, itemId, assessorId: actor.user.id, ...fields });
    const shown = (
      row:
        | { kind: string; value: number | null; confidence: string | null; comment: string | null }
        | undefined,
    ) => (row ? { answer: repo.answerOf(row), confidence: row.confidence, comment: row.comment } : null);
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.score',
      entityType: 'assessment',
      entityId: s.row.id,
      before: before ? { itemId, ...shown(before) } : null,
      after: { itemId, ...shown(fields) },
    });
  });
  return {
    itemId,
    assessorId: actor.user.id,
    answer: input.answer,
    confidence: input.confidence ?? null,
    comment: input.comment ?? null,
  };
}

export async function transitionAssessment(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  action: WorkflowAction;
}) {
  const { db, actor, action } = options;
  const s = await standing(db, actor, options.assessmentId);
  const openReviewComments = await repo.countOpenComments(db, s.row.id);
  const refusal = workflowDecision(action, { ...s, openReviewComments });
  if (refusal) throw new AppError(refusal.code, refusal.reason);
  const status = nextStatus(action);
  const now = new Date();
  const stamps = {
    validate: { validatedBy: actor.user.id, validatedAt: now },
    publish: { publishedAt: now },
    unpublish: { publishedAt: null },
    submit: {},
    return: {},
  }[action];
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(assessments)
      .set({ status, updatedAt: now, ...stamps, rowVersion: nextVersion(assessments.rowVersion) })
      .where(eq(assessments.id, s.row.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: `assessment.${action}`,
      entityType: 'assessment',
      entityId: row.id,
      // Unpublishing keeps the date the results had been out since.
      before:
        action === 'unpublish'
          ? { status: s.status, publishedAt: s.row.publishedAt?.toISOString() ?? null }
          : { status: s.status },
      after: { status },
    });
    return row;
  });
  if (action === 'validate') {
    // expert-assessment indicators read validated rounds (loaded here: monitoring reads assessments back)
    const { syncAssessmentValues } = await import('../monitoring/assessment-values-service.ts');
    await syncAssessmentValues({ db, workspaceId: actor.workspace.id, actorId: actor.user.id });
  }
  return presentAssessment(updated);
}

/** Marks a validated or published assessment as the baseline later rounds are compared with. */
export async function setBaseline(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  isBaseline: boolean;
}) {
  const { db, actor, isBaseline } = options;
  if (actor.role !== 'owner' && actor.role !== 'admin') {
    throw new AppError('forbidden', 'only the secretariat (owner or admin) chooses baselines');
  }
  const row = await loadAssessment(db, actor, options.assessmentId);
  if (isBaseline && row.status !== 'validated' && row.status !== 'published') {
    throw new AppError('conflict', 'only a validated or published assessment can be a baseline');
  }
  const updated = await db.transaction(async (tx) => {
    const [result] = await tx
      .update(assessments)
      .set({ isBaseline, updatedAt: new Date(), rowVersion: nextVersion(assessments.rowVersion) })
      .where(eq(assessments.id, row.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.baseline',
      entityType: 'assessment',
      entityId: row.id,
      before: { isBaseline: row.isBaseline },
      after: { isBaseline },
    });
    return result;
  });
  return presentAssessment(updated);
}

export async function addReviewComment(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  itemId: string;
  body: string;
}) {
  const { db, actor, itemId, body } = options;
  const s = await standing(db, actor, options.assessmentId);
  refuse(reviewRefusal(s));
  requireFrameworkItem(s.row.framework as Framework, itemId, 'itemId');
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .insert(assessmentReviewComments)
      .values({ id: randomUUID(), assessmentId: s.row.id, itemId, reviewerId: actor.user.id, body })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.review_comment',
      entityType: 'assessment',
      entityId: s.row.id,
      after: { itemId, body },
    });
    return { id: comment.id, itemId, body, resolved: false, createdAt: comment.createdAt.toISOString() };
  });
}

/** The assessment team (its assessors or reviewers) closes a comment once it has been dealt with. */
export async function resolveReviewComment(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  commentId: string;
  resolved: boolean;
}) {
  const { db, actor, resolved } = options;
  const s = await standing(db, actor, options.assessmentId);
  enforce(reviewCommentResolveRefusal(s));
  const [comment] = await db
    .select()
    .from(assessmentReviewComments)
    .where(
      and(
        eq(assessmentReviewComments.id, options.commentId),
        eq(assessmentReviewComments.assessmentId, s.row.id),
      ),
    );
  if (!comment)
    throw new AppError('not_found', `no review comment "${options.commentId}" on this assessment`);
  await db.transaction(async (tx) => {
    await tx
      .update(assessmentReviewComments)
      .set({ resolved })
      .where(eq(assessmentReviewComments.id, comment.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.review_resolve',
      entityType: 'assessment',
      entityId: s.row.id,
      before: { commentId: comment.id, resolved: comment.resolved },
      after: { commentId: comment.id, resolved },
    });
  });
  return { id: comment.id, resolved };
}
