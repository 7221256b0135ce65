import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { LockedPrivateKey } from '../../../core/integrity/crypto.ts';
import type {
  CaseOutcome,
  CasePriority,
  CaseStatus,
  ChannelSettings,
  IdentityMode,
  RecipientRole,
  ReportKeyKind,
} from '../../../core/integrity/types.ts';
import { users } from './auth.ts';
import { bytea, timestamps, workspaceRef } from './columns.ts';
import { actors } from './sector-map.ts';

/**
 * The integrity channel: one per workspace, its recipients' public keys and locked private keys,
 * and the reports, which hold ciphertext plus the least metadata a case needs (dates, status, and
 * the classification a handler gives at triage). Nothing here identifies a whistle-blower.
 */

export const integrityChannels = pgTable(
  'integrity_channels',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    settings: jsonb('settings').$type<ChannelSettings>().notNull(),
    /** Public: the whistle-blower's key pair is derived from the receipt and this salt. */
    whistleblowerSalt: text('whistleblower_salt').notNull(),
    /** Secret: the Argon2id salt of receipt lookups. Never sent to a client. */
    receiptSalt: text('receipt_salt').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('integrity_channels_workspace_idx').on(t.workspaceId)],
);

export const integrityRecipients = pgTable(
  'integrity_recipients',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    channelId: text('channel_id')
      .notNull()
      .references(() => integrityChannels.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<RecipientRole>().notNull(),
    /** X25519, base64; null until the recipient has made their key pair in their browser. */
    publicKey: text('public_key'),
    lockedPrivateKey: jsonb('locked_private_key').$type<LockedPrivateKey | null>(),
    /** The private key under the recovery key shown once at set-up. */
    recoveryLockedPrivateKey: text('recovery_locked_private_key'),
    keyCreatedAt: timestamp('key_created_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    addedBy: text('added_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('integrity_recipients_channel_idx').on(t.channelId),
    uniqueIndex('integrity_recipients_channel_user_idx').on(t.channelId, t.userId),
  ],
);

export const integrityReports = pgTable(
  'integrity_reports',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    channelId: text('channel_id')
      .notNull()
      .references(() => integrityChannels.id, { onDelete: 'cascade' }),
    /** The case number handlers use, per workspace: 1, 2, 3… */
    number: integer('number').notNull(),
    /** Argon2id of the receipt under the channel's secret salt (see receiptLookupHash). */
    receiptHash: text('receipt_hash').notNull(),
    whistleblowerPublicKey: text('whistleblower_public_key').notNull(),
    whistleblowerKey: text('whistleblower_key'),
    identityMode: text('identity_mode').$type<IdentityMode>().notNull(),
    /** Ciphertext; null once purged. */
    content: text('content'),
    identity: text('identity'),
    status: text('status').$type<CaseStatus>().notNull().default('new'),
    /** Set by a handler at triage, never by the whistle-blower: it feeds the statistics. */
    typeCode: text('type_code'),
    institutionId: text('institution_id').references(() => actors.id, { onDelete: 'set null' }),
    priority: text('priority').$type<CasePriority>(),
    assignedTo: text('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    outcome: text('outcome').$type<CaseOutcome>(),
    /** A link to an institution's personnel-integrity work (payroll, ghost personnel), kept open. */
    linkedReference: text('linked_reference'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgeBy: timestamp('acknowledge_by', { withTimezone: true }).notNull(),
    feedbackBy: timestamp('feedback_by', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('integrity_reports_workspace_idx').on(t.workspaceId, t.status),
    uniqueIndex('integrity_reports_receipt_idx').on(t.channelId, t.receiptHash),
    uniqueIndex('integrity_reports_number_idx').on(t.workspaceId, t.number),
  ],
);

export const integrityReportKeys = pgTable(
  'integrity_report_keys',
  {
    workspaceId: workspaceRef(),
    reportId: text('report_id')
      .notNull()
      .references(() => integrityReports.id, { onDelete: 'cascade' }),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => integrityRecipients.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReportKeyKind>().notNull(),
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.recipientId, t.kind] }),
    index('integrity_report_keys_recipient_idx').on(t.recipientId),
  ],
);

export const integrityReportFiles = pgTable(
  'integrity_report_files',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    reportId: text('report_id')
      .notNull()
      .references(() => integrityReports.id, { onDelete: 'cascade' }),
    /** Position in the report content's file list. */
    position: integer('position').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('integrity_report_files_report_idx').on(t.reportId)],
);

export const MESSAGE_AUTHORS = ['whistleblower', 'recipient'] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];
/** `conversation`: with the whistle-blower (report key); `internal`: handlers' notes (notes key). */
export const MESSAGE_VISIBILITIES = ['conversation', 'internal'] as const;
export type MessageVisibility = (typeof MESSAGE_VISIBILITIES)[number];

export const integrityMessages = pgTable(
  'integrity_messages',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    reportId: text('report_id')
      .notNull()
      .references(() => integrityReports.id, { onDelete: 'cascade' }),
    author: text('author').$type<MessageAuthor>().notNull(),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    visibility: text('visibility').$type<MessageVisibility>().notNull(),
    ciphertext: text('ciphertext').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('integrity_messages_report_idx').on(t.reportId, t.createdAt)],
);

export const IDENTITY_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type IdentityRequestStatus = (typeof IDENTITY_REQUEST_STATUSES)[number];

/** A handler asks to see a confidential identity; a custodian decides (and, approving, seals the key). */
export const integrityIdentityRequests = pgTable(
  'integrity_identity_requests',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    reportId: text('report_id')
      .notNull()
      .references(() => integrityReports.id, { onDelete: 'cascade' }),
    requestedBy: text('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    status: text('status').$type<IdentityRequestStatus>().notNull().default('pending'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('integrity_identity_requests_report_idx').on(t.reportId)],
);
