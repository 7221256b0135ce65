import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  type ActionStatus,
  type CommitmentParty,
  type CommitmentStatus,
  partyRefusal,
} from '../../../core/coordination/compacts.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import { compactCommitments, coordinationActions, coordinationMeetings } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { isEmptyPatch } from '../shared/empty-patch.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { audited, presentAction, presentCommitment, presentMeeting } from './present.ts';
import {
  findAction,
  findCommitment,
  findMechanism,
  findMeeting,
  requireActors,
  requireFunders,
  requireMeetingOf,
  today,
} from './repo.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

type AuditedRow = { id: string; workspaceId: string; createdAt: Date; updatedAt: Date; rowVersion: number };

/** The three record kinds share their write path: authorise, check, write, audit, in one transaction. */
interface Kind<Row extends AuditedRow> {
  table: PgTable & { id: AnyPgColumn; rowVersion: AnyPgColumn };
  entityType: string;
  find: (db: Db, workspaceId: string, id: string, lock?: boolean) => Promise<Row>;
}

const MEETING: Kind<typeof coordinationMeetings.$inferSelect> = {
  table: coordinationMeetings,
  entityType: 'coordination_meeting',
  find: findMeeting,
};
const ACTION: Kind<typeof coordinationActions.$inferSelect> = {
  table: coordinationActions,
  entityType: 'coordination_action',
  find: findAction,
};
const COMMITMENT: Kind<typeof compactCommitments.$inferSelect> = {
  table: compactCommitments,
  entityType: 'compact_commitment',
  find: findCommitment,
};

async function create<Row extends AuditedRow>(
  { db, actor }: Options,
  kind: Kind<Row>,
  mechanismId: string,
  values: object,
  check: (tx: Db, mechanism: { id: string; kind: string }) => Promise<void>,
): Promise<Row> {
  authorize(actor, 'coordination:write');
  return db.transaction(async (tx) => {
    const mechanism = await findMechanism(tx, actor.workspace.id, mechanismId);
    await check(tx, mechanism);
    const [created] = (await tx
      .insert(kind.table)
      .values({
        ...values,
        id: randomUUID(),
        workspaceId: actor.workspace.id,
        mechanismId: mechanism.id,
      } as never)
      .returning()) as Row[];
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: `${kind.entityType}.create`,
      entityType: kind.entityType,
      entityId: created.id,
      after: audited(created),
    });
    return created;
  });
}

async function update<Row extends AuditedRow>(
  { db, actor }: Options,
  kind: Kind<Row>,
  id: string,
  patch: object,
  expectedVersion: number | undefined,
  check: (tx: Db, before: Row) => Promise<void>,
): Promise<Row> {
  authorize(actor, 'coordination:write');
  return db.transaction(async (tx) => {
    const before = await kind.find(tx, actor.workspace.id, id, true);
    checkVersion(before.rowVersion, expectedVersion);
    if (isEmptyPatch(patch)) return before;
    await check(tx, before);
    const [updated] = (await tx
      .update(kind.table)
      .set({ ...patch, updatedAt: new Date(), rowVersion: nextVersion(kind.table.rowVersion) } as never)
      .where(eq(kind.table.id, before.id))
      .returning()) as Row[];
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: `${kind.entityType}.update`,
      entityType: kind.entityType,
      entityId: before.id,
      before: audited(before),
      after: audited(updated),
    });
    return updated;
  });
}

async function remove<Row extends AuditedRow>({ db, actor }: Options, kind: Kind<Row>, id: string) {
  authorize(actor, 'coordination:write');
  await db.transaction(async (tx) => {
    const before = await kind.find(tx, actor.workspace.id, id, true);
    await tx.delete(kind.table).where(eq(kind.table.id, before.id));
    await appendAudit(tx, {
      workspaceId: actor.workspace.id,
      actorId: actor.user.id,
      action: `${kind.entityType}.delete`,
      entityType: kind.entityType,
      entityId: before.id,
      before: audited(before),
    });
  });
}

const nothingToCheck = async () => {};

// ── Meetings ───────────────────────────────────────────────────────────────
export interface MeetingInput {
  heldOn: string;
  summary?: string | null;
  decisions?: string[];
}

export async function createMeeting(options: Options & { mechanismId: string; input: MeetingInput }) {
  return presentMeeting(await create(options, MEETING, options.mechanismId, options.input, nothingToCheck));
}
export async function updateMeeting(
  options: Options & { meetingId: string; patch: Partial<MeetingInput>; expectedVersion?: number },
) {
  const row = await update(
    options,
    MEETING,
    options.meetingId,
    options.patch,
    options.expectedVersion,
    nothingToCheck,
  );
  return presentMeeting(row);
}
export const deleteMeeting = (options: Options & { meetingId: string }) =>
  remove(options, MEETING, options.meetingId);

// ── Follow-up actions ──────────────────────────────────────────────────────
export interface ActionInput {
  description: string;
  meetingId?: string | null;
  ownerActorId?: string | null;
  ownerFunderId?: string | null;
  dueDate?: string | null;
  status?: ActionStatus;
}

async function checkAction(tx: Db, workspaceId: string, mechanismId: string, input: Partial<ActionInput>) {
  if (input.ownerActorId && input.ownerFunderId)
    throw new AppError('bad_request', 'ownerFunderId: an action has one owner, an institution or a funder', {
      field: 'ownerFunderId',
    });
  await requireMeetingOf(tx, mechanismId, input.meetingId);
  await requireActors(tx, workspaceId, 'ownerActorId', input.ownerActorId);
  await requireFunders(tx, workspaceId, 'ownerFunderId', input.ownerFunderId);
}

export async function createAction(options: Options & { mechanismId: string; input: ActionInput }) {
  const ws = options.actor.workspace.id;
  const row = await create(options, ACTION, options.mechanismId, options.input, (tx, mechanism) =>
    checkAction(tx, ws, mechanism.id, options.input),
  );
  return presentAction(row, today());
}
export async function updateAction(
  options: Options & { actionId: string; patch: Partial<ActionInput>; expectedVersion?: number },
) {
  const ws = options.actor.workspace.id;
  const { patch } = options;
  const row = await update(
    options,
    ACTION,
    options.actionId,
    patch,
    options.expectedVersion,
    (tx, before) => {
      // Naming one owner replaces the other.
      if (patch.ownerActorId) patch.ownerFunderId ??= null;
      if (patch.ownerFunderId) patch.ownerActorId ??= null;
      return checkAction(tx, ws, before.mechanismId, patch);
    },
  );
  return presentAction(row, today());
}
export const deleteAction = (options: Options & { actionId: string }) =>
  remove(options, ACTION, options.actionId);

// ── Compact commitments ────────────────────────────────────────────────────
export interface CommitmentInput {
  party: CommitmentParty;
  actorId?: string | null;
  funderId?: string | null;
  commitment: string;
  benchmark?: string | null;
  dueDate: string;
  status?: CommitmentStatus;
  evidence?: string | null;
}

async function checkCommitment(tx: Db, workspaceId: string, merged: Partial<CommitmentInput>) {
  const refusal = partyRefusal(merged.party ?? 'government', merged.actorId ?? null, merged.funderId ?? null);
  if (refusal) throw new AppError('bad_request', refusal, { field: refusal.split(':')[0] });
  await requireActors(tx, workspaceId, 'actorId', merged.actorId);
  await requireFunders(tx, workspaceId, 'funderId', merged.funderId);
}

export async function createCommitment(options: Options & { mechanismId: string; input: CommitmentInput }) {
  const ws = options.actor.workspace.id;
  const row = await create(options, COMMITMENT, options.mechanismId, options.input, async (tx, mechanism) => {
    if (mechanism.kind !== 'compact')
      throw new AppError(
        'conflict',
        `only a compact holds commitments; this mechanism is a ${mechanism.kind}`,
        {
          kind: mechanism.kind,
        },
      );
    await checkCommitment(tx, ws, options.input);
  });
  return presentCommitment(row, today());
}
export async function updateCommitment(
  options: Options & { commitmentId: string; patch: Partial<CommitmentInput>; expectedVersion?: number },
) {
  const ws = options.actor.workspace.id;
  const { patch } = options;
  const row = await update(
    options,
    COMMITMENT,
    options.commitmentId,
    patch,
    options.expectedVersion,
    (tx, before) =>
      checkCommitment(tx, ws, {
        party: patch.party ?? (before.party as CommitmentParty),
        // A change of party drops the side it no longer names.
        actorId:
          patch.actorId !== undefined ? patch.actorId : patch.party === 'donor' ? null : before.actorId,
        funderId:
          patch.funderId !== undefined
            ? patch.funderId
            : patch.party === 'government'
              ? null
              : before.funderId,
      }).then(() => {
        if (patch.party === 'donor' && patch.actorId === undefined) patch.actorId = null;
        if (patch.party === 'government' && patch.funderId === undefined) patch.funderId = null;
      }),
  );
  return presentCommitment(row, today());
}
export const deleteCommitment = (options: Options & { commitmentId: string }) =>
  remove(options, COMMITMENT, options.commitmentId);
