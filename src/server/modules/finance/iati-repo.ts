import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { MatchCandidate } from '../../../core/iati/match.ts';
import type { Db } from '../../db/client.ts';
import { funders, iatiActivities, planItems, plans } from '../../db/schema/index.ts';

/**
 * The plan imported activities are matched against: the one asked for (400 naming `planId` when it is not
 * this workspace's), else the most recently approved plan that is not a scenario, else the most recent
 * plan that is not a scenario; null when the workspace has no plan.
 */
export async function matchingPlan(db: Db, workspaceId: string, planId: string | null | undefined) {
  if (planId) {
    const [plan] = await db
      .select({ id: plans.id, name: plans.name })
      .from(plans)
      .where(and(eq(plans.workspaceId, workspaceId), eq(plans.id, planId)));
    if (!plan)
      throw new AppError('bad_request', 'planId: no plan with this id in this workspace', {
        field: 'planId',
      });
    return plan;
  }
  const [plan] = await db
    .select({ id: plans.id, name: plans.name })
    .from(plans)
    .where(and(eq(plans.workspaceId, workspaceId), isNull(plans.scenarioOf)))
    .orderBy(
      sql`case when ${plans.status} = 'approved' then 0 else 1 end`,
      desc(sql`coalesce(${plans.approvedAt}, ${plans.createdAt})`),
    )
    .limit(1);
  return plan ?? null;
}

/** The reform activities of a plan, in plan order, as matching candidates. */
export async function matchCandidates(db: Db, planId: string): Promise<MatchCandidate[]> {
  return db
    .select({
      id: planItems.id,
      code: planItems.code,
      name: planItems.name,
      description: planItems.description,
      purposeCode: planItems.purposeCode,
    })
    .from(planItems)
    .where(and(eq(planItems.planId, planId), eq(planItems.kind, 'activity')))
    .orderBy(asc(planItems.code));
}

/** What a re-import keeps of activities already in the workspace: their id and a match set by hand. */
export async function existingActivities(db: Db, workspaceId: string, identifiers: string[]) {
  if (identifiers.length === 0) return new Map<string, KeptActivity>();
  const rows = await db
    .select({
      id: iatiActivities.id,
      identifier: iatiActivities.iatiIdentifier,
      matchedPlanItemId: iatiActivities.matchedPlanItemId,
      matchKind: iatiActivities.matchKind,
      matchReviewed: iatiActivities.matchReviewed,
      funderId: iatiActivities.funderId,
      funderName: funders.name,
    })
    .from(iatiActivities)
    .leftJoin(funders, eq(funders.id, iatiActivities.funderId))
    .where(
      and(eq(iatiActivities.workspaceId, workspaceId), inArray(iatiActivities.iatiIdentifier, identifiers)),
    );
  return new Map(rows.map((row) => [row.identifier, row]));
}
export type KeptActivity = {
  id: string;
  identifier: string;
  matchedPlanItemId: string | null;
  matchKind: string | null;
  funderId: string | null;
  funderName: string | null;
  matchReviewed: boolean;
};

/** Deletes activities (their flows go with them) so a re-import can write them afresh. */
export async function deleteActivities(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .delete(iatiActivities)
    .where(and(eq(iatiActivities.workspaceId, workspaceId), inArray(iatiActivities.id, ids)));
}

export async function workspaceFunders(db: Db, workspaceId: string) {
  return db
    .select({ id: funders.id, name: funders.name, iatiRef: funders.iatiRef })
    .from(funders)
    .where(eq(funders.workspaceId, workspaceId));
}

/** A plan activity of the workspace named in a request body: 400 naming `planItemId` otherwise. */
export async function planActivityInBody(db: Db, workspaceId: string, planItemId: string) {
  const [row] = await db
    .select({ id: planItems.id, code: planItems.code, name: planItems.name })
    .from(planItems)
    .where(
      and(
        eq(planItems.workspaceId, workspaceId),
        eq(planItems.id, planItemId),
        eq(planItems.kind, 'activity'),
      ),
    )
    .for('share');
  if (!row)
    throw new AppError(
      'bad_request',
      'planItemId: no reform activity (plan item of kind activity) with this id in this workspace',
      {
        field: 'planItemId',
      },
    );
  return row;
}
