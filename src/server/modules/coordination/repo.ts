import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import {
  compactCommitments,
  coordinationActions,
  coordinationMechanisms,
  coordinationMeetings,
  planItems,
} from '../../db/schema/index.ts';
import { funderInBody, fundersInBody } from '../finance/funders-repo.ts';
import { requireActorsInWorkspace } from '../workspaces/references.ts';

export type MechanismRow = typeof coordinationMechanisms.$inferSelect;
export type MeetingRow = typeof coordinationMeetings.$inferSelect;
export type ActionRow = typeof coordinationActions.$inferSelect;
export type CommitmentRow = typeof compactCommitments.$inferSelect;

/** Today as YYYY-MM-DD: the default status date overdue is measured on. */
export const today = () => new Date().toISOString().slice(0, 10);

async function requireIn(
  field: string,
  wanted: readonly string[] | string | null | undefined,
  lookup: (ids: string[]) => Promise<Array<{ id: string }>>,
  problem: string,
) {
  const list = typeof wanted === 'string' ? [wanted] : (wanted ?? []);
  if (list.length === 0) return;
  const known = new Set((await lookup([...new Set(list)])).map((row) => row.id));
  const index = list.findIndex((value) => !known.has(value));
  if (index < 0) return;
  const path = typeof wanted === 'string' ? field : `${field}.${index}`;
  throw new AppError('bad_request', `${path}: ${problem}`, { field: path, id: list[index] });
}

/** Funders named in a body must be this workspace's; share-locked until the write commits. */
export async function requireFunders(
  tx: Db,
  workspaceId: string,
  field: string,
  ids: readonly string[] | string | null | undefined,
) {
  if (typeof ids === 'string') await funderInBody(tx, workspaceId, ids, field);
  else await fundersInBody(tx, workspaceId, ids ?? [], (index) => `${field}.${index}`);
}

/** Plan items of any plan of this workspace (a mechanism may cover items of several plans). */
export function requirePlanItems(
  tx: Db,
  workspaceId: string,
  field: string,
  ids: readonly string[] | null | undefined,
) {
  return requireIn(
    field,
    ids,
    (wanted) =>
      tx
        .select({ id: planItems.id })
        .from(planItems)
        .where(and(eq(planItems.workspaceId, workspaceId), inArray(planItems.id, wanted)))
        .for('share'),
    'no plan item with this id in this workspace',
  );
}

export function requireActors(
  tx: Db,
  workspaceId: string,
  field: string,
  ids: readonly string[] | string | null | undefined,
) {
  return requireActorsInWorkspace(tx, workspaceId, ids, field);
}

export async function findMechanism(db: Db, workspaceId: string, mechanismId: string, lock = false) {
  const query = db
    .select()
    .from(coordinationMechanisms)
    .where(
      and(eq(coordinationMechanisms.id, mechanismId), eq(coordinationMechanisms.workspaceId, workspaceId)),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no coordination mechanism "${mechanismId}" in this workspace`);
  return row;
}

export async function findMeeting(db: Db, workspaceId: string, meetingId: string, lock = false) {
  const query = db
    .select()
    .from(coordinationMeetings)
    .where(and(eq(coordinationMeetings.id, meetingId), eq(coordinationMeetings.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no meeting "${meetingId}" in this workspace`);
  return row;
}

export async function findAction(db: Db, workspaceId: string, actionId: string, lock = false) {
  const query = db
    .select()
    .from(coordinationActions)
    .where(and(eq(coordinationActions.id, actionId), eq(coordinationActions.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no follow-up action "${actionId}" in this workspace`);
  return row;
}

export async function findCommitment(db: Db, workspaceId: string, commitmentId: string, lock = false) {
  const query = db
    .select()
    .from(compactCommitments)
    .where(and(eq(compactCommitments.id, commitmentId), eq(compactCommitments.workspaceId, workspaceId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', `no compact commitment "${commitmentId}" in this workspace`);
  return row;
}

/** A meeting named by an action must be one of the action's mechanism. */
export async function requireMeetingOf(tx: Db, mechanismId: string, meetingId: string | null | undefined) {
  if (!meetingId) return;
  const [row] = await tx
    .select({ id: coordinationMeetings.id })
    .from(coordinationMeetings)
    .where(and(eq(coordinationMeetings.id, meetingId), eq(coordinationMeetings.mechanismId, mechanismId)))
    .for('share');
  if (!row)
    throw new AppError('bad_request', 'meetingId: no meeting with this id in this mechanism', {
      field: 'meetingId',
      id: meetingId,
    });
}
