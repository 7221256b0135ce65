import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AssessmentStatus, Side, TeamRole } from '../../../core/assessment/workflow.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { countItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { assessments, assessmentTeam } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { resolveFramework } from '../frameworks/catalogue.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { requireActorsInWorkspace, requireMembersOfWorkspace } from '../workspaces/references.ts';
import type { EvidenceSource } from './evidence.ts';
import * as repo from './repo.ts';

export interface TeamMemberInput {
  userId: string;
  side: Side;
  teamRole: TeamRole;
}

export interface AssessmentInput {
  title: string;
  frameworkId: string;
  frameworkVersion?: string;
  scope: 'sector' | 'actors';
  scopeActorIds?: string[];
  leadSide: Side;
  baselineId?: string | null;
  team: TeamMemberInput[];
}

export function presentAssessment(row: repo.AssessmentRow) {
  const framework = row.framework as Framework;
  return {
    id: row.id,
    title: row.title,
    framework: {
      id: row.frameworkId,
      version: row.frameworkVersion,
      name: framework.name,
      items: countItems(framework),
    },
    scope: row.scope as 'sector' | 'actors',
    scopeActorIds: row.scopeActorIds as string[],
    leadSide: row.leadSide as Side,
    status: row.status as AssessmentStatus,
    isBaseline: row.isBaseline,
    baselineId: row.baselineId,
    validatedAt: row.validatedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.rowVersion,
  };
}

const audited = (row: repo.AssessmentRow) => ({
  title: row.title,
  scope: row.scope,
  scopeActorIds: row.scopeActorIds,
  leadSide: row.leadSide,
  status: row.status,
  isBaseline: row.isBaseline,
});

export async function loadAssessment(db: Db, actor: WorkspaceActor, assessmentId: string, lock = false) {
  const row = await repo.findAssessment(db, actor.workspace.id, assessmentId, lock);
  if (!row) throw new AppError('not_found', `no assessment "${assessmentId}" in this workspace`);
  return row;
}

/** One entry per person and someone to score; membership is checked inside the write (checkReferences). */
function checkTeamShape(team: readonly TeamMemberInput[]) {
  const ids = team.map((member) => member.userId);
  if (new Set(ids).size !== ids.length)
    throw new AppError('bad_request', 'team: each person can appear only once');
  if (!team.some((member) => member.teamRole === 'lead' || member.teamRole === 'assessor')) {
    throw new AppError('bad_request', 'team: name at least one lead or assessor');
  }
}

/** Every id in the body names a row of this workspace: team members, actors in scope, the baseline. */
async function checkReferences(
  tx: Db,
  actor: WorkspaceActor,
  input: { team?: readonly TeamMemberInput[]; scopeActorIds?: readonly string[] },
) {
  const workspaceId = actor.workspace.id;
  if (input.team)
    await requireMembersOfWorkspace(
      tx,
      workspaceId,
      input.team.map((member) => member.userId),
      (index) => `team.${index}.userId`,
    );
  await requireActorsInWorkspace(tx, workspaceId, input.scopeActorIds, 'scopeActorIds');
}

async function checkBaseline(
  db: Db,
  actor: WorkspaceActor,
  baselineId: string | null | undefined,
  frameworkId: string,
) {
  if (!baselineId) return;
  const baseline = await repo.findAssessment(db, actor.workspace.id, baselineId);
  if (!baseline)
    throw new AppError('bad_request', 'baselineId: no assessment with this id in this workspace');
  if (!baseline.isBaseline)
    throw new AppError('bad_request', 'baselineId: that assessment is not marked as a baseline');
  if (baseline.frameworkId !== frameworkId) {
    throw new AppError('bad_request', 'baselineId: the baseline uses another framework');
  }
}

export async function createAssessment(options: { db: Db; actor: WorkspaceActor; input: AssessmentInput }) {
  const { db, actor, input } = options;
  authorize(actor, 'assessment:manage');
  const framework = await resolveFramework(
    db,
    actor.workspace.id,
    input.frameworkId,
    input.frameworkVersion,
  ).catch((error) => {
    throw error instanceof AppError && error.code === 'not_found'
      ? new AppError('bad_request', error.message)
      : error;
  });
  checkTeamShape(input.team);
  return db.transaction(async (tx) => {
    await checkReferences(tx, actor, input);
    await checkBaseline(tx, actor, input.baselineId, framework.id);
    const [row] = await tx
      .insert(assessments)
      .values({
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        title: input.title,
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        framework,
        scope: input.scope,
        scopeActorIds: input.scope === 'actors' ? (input.scopeActorIds ?? []) : [],
        leadSide: input.leadSide,
        baselineId: input.baselineId ?? null,
        createdBy: actor.user.id,
      })
      .returning();
    await tx
      .insert(assessmentTeam)
      .values(input.team.map((member) => ({ id: randomUUID(), assessmentId: row.id, ...member })));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.create',
      entityType: 'assessment',
      entityId: row.id,
      after: { ...audited(row), framework: `${framework.id}@${framework.version}`, team: input.team },
    });
    return row;
  });
}

export async function updateAssessment(options: {
  db: Db;
  actor: WorkspaceActor;
  assessmentId: string;
  patch: Partial<Pick<AssessmentInput, 'title' | 'scope' | 'scopeActorIds' | 'leadSide' | 'team'>>;
  expectedVersion?: number;
}) {
  const { db, actor, patch } = options;
  authorize(actor, 'assessment:manage');
  if (patch.team) checkTeamShape(patch.team);
  return db.transaction(async (tx) => {
    const before = await loadAssessment(tx, actor, options.assessmentId, true);
    checkVersion(before.rowVersion, options.expectedVersion);
    if (isEmptyPatch(patch)) return before;
    if (before.status !== 'draft') throw new AppError('conflict', 'only a draft assessment can be changed');
    await checkReferences(tx, actor, patch);
    const { team, ...fields } = patch;
    const [row] = await tx
      .update(assessments)
      .set({ ...fields, updatedAt: new Date(), rowVersion: nextVersion(assessments.rowVersion) })
      .where(eq(assessments.id, before.id))
      .returning();
    if (team) {
      await tx.delete(assessmentTeam).where(eq(assessmentTeam.assessmentId, before.id));
      await tx
        .insert(assessmentTeam)
        .values(team.map((member) => ({ id: randomUUID(), assessmentId: before.id, ...member })));
    }
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'assessment.update',
      entityType: 'assessment',
      entityId: row.id,
      before: audited(before),
      after: { ...audited(row), ...(team ? { team } : {}) },
    });
    return row;
  });
}

export async function describeAssessment(options: { db: Db; actor: WorkspaceActor; assessmentId: string }) {
  const { db, actor } = options;
  authorize(actor, 'workspace:read');
  const row = await loadAssessment(db, actor, options.assessmentId);
  const [teamRows, answers, comments, evidence] = await Promise.all([
    repo.listTeam(db, row.id),
    repo.listAnswers(db, row.id),
    repo.listReviewComments(db, row.id),
    repo.listEvidence(db, row.id),
  ]);
  const team = teamRows.map((member) => ({
    ...member,
    side: member.side as Side,
    teamRole: member.teamRole as TeamRole,
  }));
  return {
    assessment: presentAssessment(row),
    framework: row.framework as Framework,
    team,
    myTeamRole: team.find((member) => member.userId === actor.user.id)?.teamRole ?? null,
    answers: answers.map((answer) => ({
      itemId: answer.itemId,
      assessorId: answer.assessorId,
      answer: repo.answerOf(answer),
      confidence: answer.confidence as 'low' | 'medium' | 'high' | null,
      comment: answer.comment,
      updatedAt: answer.updatedAt.toISOString(),
    })),
    reviewComments: comments.map(({ comment, reviewerName }) => ({
      id: comment.id,
      itemId: comment.itemId,
      reviewer: { id: comment.reviewerId, name: reviewerName },
      body: comment.body,
      resolved: comment.resolved,
      createdAt: comment.createdAt.toISOString(),
    })),
    evidence: evidence.map((entry) => ({
      ...entry,
      sourceType: entry.sourceType as EvidenceSource,
      createdAt: entry.createdAt.toISOString(),
    })),
  };
}

export async function listAssessments(options: { db: Db; actor: WorkspaceActor }) {
  authorize(options.actor, 'workspace:read');
  return (await repo.listAssessmentRows(options.db, options.actor.workspace.id)).map(presentAssessment);
}
