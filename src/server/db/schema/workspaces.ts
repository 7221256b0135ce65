// Workspaces are better-auth organizations: the plugin's tables, plus the programme's own columns.
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

export const workspaces = pgTable('workspaces', {
  /** Optimistic concurrency: bumped on every update, compared with If-Match. */
  rowVersion: integer('row_version').notNull().default(1),
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  logo: text('logo'),
  metadata: text('metadata'),
  country: text('country'),
  defaultLanguage: text('default_language').notNull().default('en'),
  /** Oversight kinds whose absence over an armed actor counts as a gap. */
  requiredOversightKinds: jsonb('required_oversight_kinds')
    .$type<string[]>()
    .notNull()
    .default(['parliamentary', 'judicial', 'independent']),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  'memberships',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    organizationId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('memberships_workspace_user_idx').on(table.organizationId, table.userId),
    index('memberships_user_idx').on(table.userId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    status: text('status').notNull().default('pending'),
    inviterId: text('inviter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('invitations_workspace_idx').on(table.organizationId),
    index('invitations_email_idx').on(table.email),
  ],
);
