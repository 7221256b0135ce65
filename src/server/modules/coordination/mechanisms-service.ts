import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { actionOverdue, commitmentOverdue, type MechanismKind } from '../../../core/coordination/compacts.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import {
  compactCommitments,
  coordinationActions,
  coordinationMechanisms,
  coordinationMeetings,
} from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { audited, presentAction, presentCommitment, presentMechanism, presentMeeting } from './present.ts';
import {
  type ActionRow,
  type CommitmentRow,
  findMechanism,
  type MechanismRow,
  requireActors,
  requireFunders,
  requirePlanItems,
  today,
} from './repo.ts';

export interface MechanismInput {
  name: string;
  kind: MechanismKind;
  termsOfReference?: string | null;
  memberFunderIds?: string[];
  memberActorIds?: string[];
  planItemIds?: string[];
  purposeCodes?: string[];
  poolFunderId?: string | null;
}

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

const unique = (list: string[] | undefined) => (list ? [...new Set(list)] : undefined);

function countsOf(
  mechanismId: string,
  rows: { actions: ActionRow[]; commitments: CommitmentRow[]; meetings: number },
  on: string,
) {
  const actions = rows.actions.filter((a) => a.mechanismId === mechanismId);
  const commitments = rows.commitments.filter((c) => c.mechanismId === mechanismId);
  return {
    meetingCount: rows.meetings,
    openActionCount: actions.filter((a) => a.status !== 'done').length,
    overdueCount:
      actions.filter((a) => actionOverdue(a, on)).length +
      commitments.filter((c) => commitmentOverdue(c, on)).length,
  };
}

/** Every mechanism of the workspace, by kind then name, with its meeting, open-action and overdue counts. */
export async function listMechanisms({ db, actor, asOf }: Options & { asOf?: string }) {
  authorize(actor, 'workspace:read');
  const on = asOf ?? today();
  const ws = actor.workspace.id;
  const [mechanisms, meetings, actions, commitments] = await Promise.all([
    db
      .select()
      .from(coordinationMechanisms)
      .where(eq(coordinationMechanisms.workspaceId, ws))
      .orderBy(asc(coordinationMechanisms.kind), asc(coordinationMechanisms.name)),
    db
      .select({ mechanismId: coordinationMeetings.mechanismId })
      .from(coordinationMeetings)
      .where(eq(coordinationMeetings.workspaceId, ws)),
    db.select().from(coordinationActions).where(eq(coordinationActions.workspaceId, ws)),
    db.select().from(compactCommitments).where(eq(compactCommitments.workspaceId, ws)),
  ]);
  return mechanisms.map((row) =>
    presentMechanism(
      row,
      countsOf(
        row.id,
        { actions, commitments, meetings: meetings.filter((m) => m.mechanismId === row.id).length },
        on,
      ),
    ),
  );
}

/** One mechanism with its meetings (newest first), actions and commitments (by due date). */
export async function mechanismDetail({
  db,
  actor,
  mechanismId,
  asOf,
}: Options & { mechanismId: string; asOf?: string }) {
  authorize(actor, 'workspace:read');
  const on = asOf ?? today();
  const row = await findMechanism(db, actor.workspace.id, mechanismId);
  return detailOf(db, row, on);
}

async function detailOf(db: Db, row: MechanismRow, on: string) {
  const [meetings, actions, commitments] = await Promise.all([
    db
      .select()
      .from(coordinationMeetings)
      .where(eq(coordinationMeetings.mechanismId, row.id))
      .orderBy(asc(coordinationMeetings.heldOn)),
    db
      .select()
      .from(coordinationActions)
      .where(eq(coordinationActions.mechanismId, row.id))
      .orderBy(asc(coordinationActions.dueDate), asc(coordinationActions.createdAt)),
    db
      .select()
      .from(compactCommitments)
      .where(eq(compactCommitments.mechanismId, row.id))
      .orderBy(asc(compactCommitments.dueDate), asc(compactCommitments.createdAt)),
  ]);
  return {
    mechanism: presentMechanism(
      row,
      countsOf(row.id, { actions, commitments, meetings: meetings.length }, on),
    ),
    meetings: meetings.reverse().map(presentMeeting),
    actions: actions.map((a) => presentAction(a, on)),
    commitments: commitments.map((c) => presentCommitment(c, on)),
  };
}

async function checkReferences(tx: Db, workspaceId: string, input: Partial<MechanismInput>) {
  await requireFunders(tx, workspaceId, 'memberFunderIds', input.memberFunderIds);
  await requireActors(tx, workspaceId, 'memberActorIds', input.memberActorIds);
  await requirePlanItems(tx, workspaceId, 'planItemIds', input.planItemIds);
  await requireFunders(tx, workspaceId, 'poolFunderId', input.poolFunderId);
}

/** A pool funder belongs to a pooled fund; any other kind has none. */
function checkPool(kind: string, poolFunderId: string | null) {
  if (poolFunderId && kind !== 'pooled_fund')
    throw new AppError('bad_request', 'poolFunderId: only a pooled fund names a pool funder', {
      field: 'poolFunderId',
    });
}

export async function createMechanism({ db, actor, input }: Options & { input: MechanismInput }) {
  authorize(actor, 'coordination:write');
  checkPool(input.kind, input.poolFunderId ?? null);
  const row = await db.transaction(async (tx) => {
    await checkReferences(tx, actor.workspace.id, input);
    const [created] = await tx
      .insert(coordinationMechanisms)
      .values({
        ...input,
        memberFunderIds: unique(input.memberFunderIds) ?? [],
        memberActorIds: unique(input.memberActorIds) ?? [],
        planItemIds: unique(input.planItemIds) ?? [],
        purposeCodes: unique(input.purposeCodes) ?? [],
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        createdBy: actor.user.id,
      })
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'coordination_mechanism.create',
      entityType: 'coordination_mechanism',
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
  return (await detailOf(db, row, today())).mechanism;
}

export async function updateMechanism({
  db,
  actor,
  mechanismId,
  patch,
  expectedVersion,
}: Options & { mechanismId: string; patch: Partial<MechanismInput>; expectedVersion?: number }) {
  authorize(actor, 'coordination:write');
  const row = await db.transaction(async (tx) => {
    const before = await findMechanism(tx, actor.workspace.id, mechanismId, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    const kind = patch.kind ?? before.kind;
    checkPool(kind, patch.poolFunderId === undefined ? before.poolFunderId : patch.poolFunderId);
    if (kind !== 'compact' && before.kind === 'compact') {
      const [kept] = await tx
        .select({ id: compactCommitments.id })
        .from(compactCommitments)
        .where(eq(compactCommitments.mechanismId, before.id))
        .limit(1);
      if (kept)
        throw new AppError(
          'conflict',
          'kind: this compact has commitments; delete them before changing its kind',
          {
            field: 'kind',
          },
        );
    }
    await checkReferences(tx, actor.workspace.id, patch);
    const [updated] = await tx
      .update(coordinationMechanisms)
      .set({
        ...patch,
        memberFunderIds: unique(patch.memberFunderIds),
        memberActorIds: unique(patch.memberActorIds),
        planItemIds: unique(patch.planItemIds),
        purposeCodes: unique(patch.purposeCodes),
        updatedAt: new Date(),
        rowVersion: nextVersion(coordinationMechanisms.rowVersion),
      })
      .where(eq(coordinationMechanisms.id, before.id))
      .returning();
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'coordination_mechanism.update',
      entityType: 'coordination_mechanism',
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
  return (await detailOf(db, row, today())).mechanism;
}

/** Deletes a mechanism with its meetings, actions and commitments. */
export async function deleteMechanism({ db, actor, mechanismId }: Options & { mechanismId: string }) {
  authorize(actor, 'coordination:write');
  await db.transaction(async (tx) => {
    const before = await findMechanism(tx, actor.workspace.id, mechanismId, true);
    await tx.delete(coordinationMechanisms).where(eq(coordinationMechanisms.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: 'coordination_mechanism.delete',
      entityType: 'coordination_mechanism',
      entityId: before.id,
      before: audited(before),
    });
  });
}
