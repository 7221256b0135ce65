import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { RecipientRole } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { integrityChannels, integrityReports } from '../../db/schema/integrity.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { activeRecipientOf, type RecipientRow } from './channel-service.ts';

/**
 * Who may touch cases: an active recipient of the workspace's channel in the right role, with a key
 * pair (without one they could read nothing). Workspace roles do not count: an owner who is not a
 * recipient is refused like anyone else.
 */

export type ReportRow = typeof integrityReports.$inferSelect;
export type ChannelRow = typeof integrityChannels.$inferSelect;

const REFUSALS: Record<RecipientRole, string> = {
  handler: 'only the channel’s case handlers may do this',
  custodian: 'only the channel’s identity custodians may do this',
};

export async function requireChannelRole(
  db: Db,
  actor: WorkspaceActor,
  role: RecipientRole,
): Promise<RecipientRow> {
  authorize(actor, 'workspace:read');
  const me = await activeRecipientOf(db, actor.workspace.id, actor.user.id);
  if (!me || me.role !== role) throw new AppError('forbidden', REFUSALS[role]);
  if (!me.publicKey) throw new AppError('forbidden', `${REFUSALS[role]}; set up your key first`);
  return me;
}

export const requireHandler = (db: Db, actor: WorkspaceActor) => requireChannelRole(db, actor, 'handler');

/**
 * A case of the workspace (404 first: ids of other workspaces are simply unknown here), then the
 * caller as one of its handlers (403).
 */
export async function requireHandlerOfCase(db: Db, actor: WorkspaceActor, caseId: string) {
  authorize(actor, 'workspace:read');
  const report = await requireCase(db, actor.workspace.id, caseId);
  const me = await requireHandler(db, actor);
  return { me, report };
}
export const requireCustodian = (db: Db, actor: WorkspaceActor) => requireChannelRole(db, actor, 'custodian');

/** A report of the workspace (404 otherwise); `lock` takes a row lock inside a transaction. */
export async function requireCase(
  db: Db,
  workspaceId: string,
  caseId: string,
  options: { lock?: boolean } = {},
): Promise<ReportRow> {
  const query = db
    .select()
    .from(integrityReports)
    .where(and(eq(integrityReports.workspaceId, workspaceId), eq(integrityReports.id, caseId)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'no such case in this workspace');
  return row;
}

export async function channelOf(db: Db, report: ReportRow): Promise<ChannelRow> {
  const [channel] = await db
    .select()
    .from(integrityChannels)
    .where(eq(integrityChannels.id, report.channelId));
  return channel;
}

/** Purged cases keep only their record: nothing about them can change any more. */
export function refuseIfPurged(report: ReportRow) {
  if (report.purgedAt) throw new AppError('conflict', 'this case was purged; it can no longer change');
}
