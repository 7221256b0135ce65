import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { can } from '../../../core/access/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { type LockedPrivateKey, loadSodium, newSalt } from '../../../core/integrity/crypto.ts';
import type { ChannelSettings, RecipientRole } from '../../../core/integrity/types.ts';
import type { Db } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/index.ts';
import { integrityChannels, integrityRecipients, integrityReportKeys } from '../../db/schema/integrity.ts';
import { appendAudit } from '../audit/repo.ts';
import { checkVersion, nextVersion } from '../shared/row-version.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';

interface Options {
  db: Db;
  actor: WorkspaceActor;
}

export type ChannelRow = typeof integrityChannels.$inferSelect;
export type RecipientRow = typeof integrityRecipients.$inferSelect;

export async function findChannel(db: Db, workspaceId: string): Promise<ChannelRow | null> {
  const [row] = await db
    .select()
    .from(integrityChannels)
    .where(eq(integrityChannels.workspaceId, workspaceId));
  return row ?? null;
}

/** The user's recipient row in the workspace's channel, when it is not removed. */
export async function activeRecipientOf(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(integrityRecipients)
    .where(
      and(
        eq(integrityRecipients.workspaceId, workspaceId),
        eq(integrityRecipients.userId, userId),
        isNull(integrityRecipients.removedAt),
      ),
    );
  return row ?? null;
}

/** The caller's active recipient row, or 404. */
const NOT_A_RECIPIENT = 'you are not a recipient of this workspace’s integrity channel';

export async function requireRecipient(db: Db, actor: WorkspaceActor): Promise<RecipientRow> {
  const row = await activeRecipientOf(db, actor.workspace.id, actor.user.id);
  if (!row) throw new AppError('forbidden', NOT_A_RECIPIENT);
  return row;
}

const hasKey = (row: RecipientRow) => row.publicKey !== null && row.lockedPrivateKey !== null;

function presentRecipient(row: RecipientRow, user: { name: string; email: string }) {
  return {
    id: row.id,
    userId: row.userId,
    name: user.name,
    email: user.email,
    role: row.role,
    hasKey: hasKey(row),
    removedAt: row.removedAt?.toISOString() ?? null,
  };
}

async function loadRecipients(db: Db, workspaceId: string) {
  const rows = await db
    .select({ recipient: integrityRecipients, name: users.name, email: users.email })
    .from(integrityRecipients)
    .innerJoin(users, eq(users.id, integrityRecipients.userId))
    .where(eq(integrityRecipients.workspaceId, workspaceId))
    .orderBy(sql`${integrityRecipients.removedAt} is not null`, asc(users.name), asc(integrityRecipients.id));
  return rows.map((row) => presentRecipient(row.recipient, row));
}

async function userOf(db: Db, userId: string) {
  const [user] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return user ?? { name: '', email: '' };
}

/** The channel as its managers and recipients see it; other members are refused. */
export async function getChannelView({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  const canManage = can(actor.role, 'integrity:manage');
  const me = await activeRecipientOf(db, actor.workspace.id, actor.user.id);
  if (!canManage && !me)
    throw new AppError('forbidden', 'only the channel’s recipients and managers may see its settings');
  const channel = await findChannel(db, actor.workspace.id);
  return {
    channel: channel && {
      id: channel.id,
      settings: channel.settings,
      rowVersion: channel.rowVersion,
      publicUrlPath: `/p/${actor.workspace.slug}/report`,
    },
    recipients: await loadRecipients(db, actor.workspace.id),
    me: me && { recipientId: me.id, role: me.role, hasKey: hasKey(me) },
    canManage,
  };
}

/** Creates the channel (with its two salts) on the first save; later saves need the version loaded. */
export async function saveChannelSettings({
  db,
  actor,
  settings,
  expectedVersion,
}: Options & { settings: ChannelSettings; expectedVersion: number | undefined }) {
  authorize(actor, 'integrity:manage');
  const sodium = await loadSodium();
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(integrityChannels)
      .where(eq(integrityChannels.workspaceId, actor.workspace.id))
      .for('update');
    if (!existing) {
      const [created] = await tx
        .insert(integrityChannels)
        .values({
          id: randomUUID(),
          workspaceId: actor.workspace.id,
          settings,
          whistleblowerSalt: newSalt(sodium),
          receiptSalt: newSalt(sodium),
        })
        .onConflictDoNothing({ target: integrityChannels.workspaceId })
        .returning();
      if (!created)
        throw new AppError('precondition_failed', 'the channel was just created by someone else; reload it', {
          currentVersion: 1,
        });
      await auditChannel(tx, actor, {
        action: 'integrity.channel.created',
        entityId: created.id,
        before: null,
        after: { ...settings },
      });
      return;
    }
    checkVersion(existing.rowVersion, expectedVersion);
    await tx
      .update(integrityChannels)
      .set({ settings, rowVersion: nextVersion(integrityChannels.rowVersion), updatedAt: new Date() })
      .where(eq(integrityChannels.id, existing.id));
    await auditChannel(tx, actor, {
      action: 'integrity.channel.updated',
      entityId: existing.id,
      before: { ...existing.settings },
      after: { ...settings },
    });
  });
  return getChannelView({ db, actor });
}

type ChannelAction = 'integrity.channel.created' | 'integrity.channel.updated';
type RecipientAction =
  | 'integrity.recipient.added'
  | 'integrity.recipient.removed'
  | 'integrity.key.created'
  | 'integrity.key.changed';

interface AuditedChange<Action> {
  action: Action;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function auditChannel(tx: Db, actor: WorkspaceActor, change: AuditedChange<ChannelAction>) {
  return appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    entityType: 'integrity_channel',
    ...change,
  });
}

function auditRecipient(tx: Db, actor: WorkspaceActor, change: AuditedChange<RecipientAction>) {
  return appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    entityType: 'integrity_recipient',
    ...change,
  });
}

const NO_KEY = {
  publicKey: null,
  lockedPrivateKey: null,
  recoveryLockedPrivateKey: null,
  keyCreatedAt: null,
};

/** Makes a member a recipient; a removed recipient comes back without their old key. */
export async function addRecipient({
  db,
  actor,
  input,
}: Options & { input: { userId: string; role: RecipientRole } }) {
  authorize(actor, 'integrity:manage');
  const channel = await findChannel(db, actor.workspace.id);
  if (!channel)
    throw new AppError('conflict', 'channel: save the channel’s settings before adding recipients');
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, actor.workspace.id), eq(memberships.userId, input.userId)));
  if (!member)
    throw new AppError('bad_request', `userId: "${input.userId}" is not a member of this workspace`);
  const row = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(integrityRecipients)
      .where(and(eq(integrityRecipients.channelId, channel.id), eq(integrityRecipients.userId, input.userId)))
      .for('update');
    if (existing && !existing.removedAt)
      throw new AppError('conflict', 'userId: already a recipient; remove them first to change the role');
    const [saved] = existing
      ? await tx
          .update(integrityRecipients)
          .set({
            ...NO_KEY,
            role: input.role,
            removedAt: null,
            addedBy: actor.user.id,
            updatedAt: new Date(),
          })
          .where(eq(integrityRecipients.id, existing.id))
          .returning()
      : await tx
          .insert(integrityRecipients)
          .values({
            id: randomUUID(),
            workspaceId: actor.workspace.id,
            channelId: channel.id,
            userId: input.userId,
            role: input.role,
            addedBy: actor.user.id,
          })
          .returning();
    await tx.delete(integrityReportKeys).where(eq(integrityReportKeys.recipientId, saved.id));
    await auditRecipient(tx, actor, {
      action: 'integrity.recipient.added',
      entityId: saved.id,
      before: null,
      after: { userId: saved.userId, role: saved.role },
    });
    return saved;
  });
  return presentRecipient(row, await userOf(db, row.userId));
}

/** Removes a recipient: every report key sealed to them goes, and new reports are not sealed to them. */
export async function removeRecipient({ db, actor, recipientId }: Options & { recipientId: string }) {
  authorize(actor, 'integrity:manage');
  const row = await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(integrityRecipients)
      .where(
        and(
          eq(integrityRecipients.id, recipientId),
          eq(integrityRecipients.workspaceId, actor.workspace.id),
          isNull(integrityRecipients.removedAt),
        ),
      )
      .for('update');
    if (!existing) throw new AppError('not_found', `recipientId: no active recipient "${recipientId}"`);
    return retire(tx, actor, existing);
  });
  return presentRecipient(row, await userOf(db, row.userId));
}

/** Ends a recipient's access: no key, no sealed report keys, not sealed to again. */
async function retire(tx: Db, actor: WorkspaceActor, existing: RecipientRow) {
  // the intake checks a report's keys under the same lock
  await tx
    .select({ id: integrityChannels.id })
    .from(integrityChannels)
    .where(eq(integrityChannels.id, existing.channelId))
    .for('update');
  const [removed] = await tx
    .update(integrityRecipients)
    .set({ ...NO_KEY, removedAt: new Date(), updatedAt: new Date() })
    .where(eq(integrityRecipients.id, existing.id))
    .returning();
  await tx.delete(integrityReportKeys).where(eq(integrityReportKeys.recipientId, existing.id));
  await auditRecipient(tx, actor, {
    action: 'integrity.recipient.removed',
    entityId: existing.id,
    before: { userId: existing.userId, role: existing.role },
    after: null,
  });
  return removed;
}

/** A member who leaves the workspace stops being a recipient of its channel, in the same transaction. */
export async function retireRecipientOnLeave(tx: Db, actor: WorkspaceActor, userId: string): Promise<void> {
  const [existing] = await tx
    .select()
    .from(integrityRecipients)
    .where(
      and(
        eq(integrityRecipients.workspaceId, actor.workspace.id),
        eq(integrityRecipients.userId, userId),
        isNull(integrityRecipients.removedAt),
      ),
    )
    .for('update');
  if (existing) await retire(tx, actor, existing);
}

function presentMyKey(row: RecipientRow) {
  return {
    recipientId: row.id,
    role: row.role,
    publicKey: row.publicKey,
    lockedPrivateKey: row.lockedPrivateKey ?? null,
    recoveryLockedPrivateKey: row.recoveryLockedPrivateKey,
  };
}

export async function getMyKey({ db, actor }: Options) {
  authorize(actor, 'workspace:read');
  return presentMyKey(await requireRecipient(db, actor));
}

/**
 * Stores the caller's key pair, locked in their browser. A new public key makes their sealed report
 * keys useless, so they are dropped; colleagues re-wrap them for the new key.
 */
export async function saveMyKey({
  db,
  actor,
  key,
}: Options & {
  key: { publicKey: string; lockedPrivateKey: LockedPrivateKey; recoveryLockedPrivateKey: string };
}) {
  authorize(actor, 'workspace:read');
  const row = await db.transaction(async (tx) => {
    const [me] = await tx
      .select()
      .from(integrityRecipients)
      .where(
        and(
          eq(integrityRecipients.workspaceId, actor.workspace.id),
          eq(integrityRecipients.userId, actor.user.id),
          isNull(integrityRecipients.removedAt),
        ),
      )
      .for('update');
    if (!me) throw new AppError('forbidden', NOT_A_RECIPIENT);
    const newPair = me.publicKey !== key.publicKey;
    if (newPair) await tx.delete(integrityReportKeys).where(eq(integrityReportKeys.recipientId, me.id));
    const [saved] = await tx
      .update(integrityRecipients)
      .set({
        publicKey: key.publicKey,
        lockedPrivateKey: key.lockedPrivateKey,
        recoveryLockedPrivateKey: key.recoveryLockedPrivateKey,
        keyCreatedAt: newPair ? new Date() : me.keyCreatedAt,
        updatedAt: new Date(),
      })
      .where(eq(integrityRecipients.id, me.id))
      .returning();
    // no key material in the audit trail: only whether a key pair was made or re-locked
    const audited = {
      entityId: me.id,
      before: { hasKey: me.publicKey !== null },
      after: { hasKey: true, newKeyPair: newPair },
    };
    await auditRecipient(
      tx,
      actor,
      me.publicKey
        ? { action: 'integrity.key.changed', ...audited }
        : { action: 'integrity.key.created', ...audited },
    );
    return saved;
  });
  return presentMyKey(row);
}
