import { and, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import { keyKindsFor } from '../../../core/integrity/seal-report.ts';
import type { IdentityMode, ReportKeyKind } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { integrityRecipients, integrityReportKeys, integrityReports } from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { type RecipientRow, requireRecipient } from './channel-service.ts';

/**
 * Re-wrapping: the server cannot open a report key, so a recipient who holds one seals it, in their
 * browser, for colleagues who should hold it but do not (a new recipient, or one with a new key pair).
 * Only open cases are re-wrapped: closed and purged ones stay with the keys they had.
 */

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

type Target = Pick<RecipientRow, 'id' | 'role' | 'publicKey'>;

const slot = (reportId: string, recipientId: string, kind: ReportKeyKind) =>
  `${reportId}/${recipientId}/${kind}`;

/** The caller's active recipient row with a key, or 404 / 409. */
async function requireKeyHolder(db: Db, actor: WorkspaceActor) {
  authorize(actor, 'workspace:read');
  const me = await requireRecipient(db, actor);
  if (!me.publicKey) throw new AppError('conflict', 'set up your key first');
  return me;
}

/** Active recipients of the channel who have a key pair, other than the caller. */
async function colleaguesWithKeys(db: Db, me: RecipientRow): Promise<Target[]> {
  return db
    .select({
      id: integrityRecipients.id,
      role: integrityRecipients.role,
      publicKey: integrityRecipients.publicKey,
    })
    .from(integrityRecipients)
    .where(
      and(
        eq(integrityRecipients.channelId, me.channelId),
        isNull(integrityRecipients.removedAt),
        isNotNull(integrityRecipients.publicKey),
        ne(integrityRecipients.id, me.id),
      ),
    );
}

/** The caller's sealed keys on open (not closed, not purged) reports. */
async function myKeysOnOpenReports(db: Db, me: RecipientRow) {
  return db
    .select({
      reportId: integrityReportKeys.reportId,
      kind: integrityReportKeys.kind,
      sealed: integrityReportKeys.sealed,
      identityMode: integrityReports.identityMode,
    })
    .from(integrityReportKeys)
    .innerJoin(integrityReports, eq(integrityReports.id, integrityReportKeys.reportId))
    .where(
      and(
        eq(integrityReportKeys.recipientId, me.id),
        eq(integrityReports.workspaceId, me.workspaceId),
        isNull(integrityReports.purgedAt),
        ne(integrityReports.status, 'closed'),
      ),
    );
}

async function existingSlots(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return new Set<string>();
  const rows = await db
    .select({
      reportId: integrityReportKeys.reportId,
      recipientId: integrityReportKeys.recipientId,
      kind: integrityReportKeys.kind,
    })
    .from(integrityReportKeys)
    .where(inArray(integrityReportKeys.reportId, reportIds));
  return new Set(rows.map((row) => slot(row.reportId, row.recipientId, row.kind)));
}

const entitled = (target: Target, mode: IdentityMode, kind: ReportKeyKind) =>
  keyKindsFor(target.role, mode).includes(kind);

/** Every key the caller holds that an entitled colleague with a key pair lacks, with those colleagues. */
export async function listRewrapNeeds({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const me = await requireRecipient(db, actor);
  // without a key pair the caller holds no keys to hand on
  if (!me.publicKey) return { items: [] };
  const colleagues = await colleaguesWithKeys(db, me);
  if (colleagues.length === 0) return { items: [] };
  const mine = await myKeysOnOpenReports(db, me);
  const held = await existingSlots(db, [...new Set(mine.map((key) => key.reportId))]);
  const items = mine.flatMap((key) => {
    const targets = colleagues
      .filter((target) => entitled(target, key.identityMode, key.kind))
      .filter((target) => !held.has(slot(key.reportId, target.id, key.kind)))
      .map((target) => ({ recipientId: target.id, publicKey: target.publicKey ?? '' }));
    return targets.length
      ? [{ reportId: key.reportId, kind: key.kind, sealedForMe: key.sealed, targets }]
      : [];
  });
  return { items };
}

interface RewrappedKey {
  reportId: string;
  recipientId: string;
  kind: ReportKeyKind;
  sealed: string;
}

/**
 * Stores keys the caller sealed for colleagues: the caller must hold that key of an open report, and
 * the colleague must be an active recipient with a key pair entitled to it. Keys already held are skipped.
 */
export async function addRewrappedKeys({ db, actor, keys }: Options & { keys: RewrappedKey[] }) {
  const me = await requireKeyHolder(db, actor);
  const colleagues = new Map((await colleaguesWithKeys(db, me)).map((target) => [target.id, target]));
  const mine = new Map(
    (await myKeysOnOpenReports(db, me)).map((key) => [`${key.reportId}/${key.kind}`, key.identityMode]),
  );
  keys.forEach((key, index) => {
    const mode = mine.get(`${key.reportId}/${key.kind}`);
    if (!mode)
      throw new AppError(
        'bad_request',
        `keys[${index}].reportId: you hold no ${key.kind} key of an open report "${key.reportId}"`,
      );
    const target = colleagues.get(key.recipientId);
    if (!target)
      throw new AppError(
        'bad_request',
        `keys[${index}].recipientId: "${key.recipientId}" is not another active recipient with a key`,
      );
    if (!entitled(target, mode, key.kind))
      throw new AppError(
        'bad_request',
        `keys[${index}].kind: that recipient may not hold the ${key.kind} key`,
      );
  });
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(integrityReportKeys)
      .values(keys.map((key) => ({ ...key, workspaceId: me.workspaceId })))
      .onConflictDoNothing()
      .returning({ reportId: integrityReportKeys.reportId });
    if (inserted.length > 0)
      await appendAudit(tx, {
        workspaceId: me.workspaceId,
        actorId: actor.user.id,
        action: 'integrity.keys.rewrapped',
        entityType: 'integrity_channel',
        entityId: me.channelId,
        before: null,
        after: { count: inserted.length, reports: new Set(inserted.map((row) => row.reportId)).size },
      });
    return { added: inserted.length };
  });
}
