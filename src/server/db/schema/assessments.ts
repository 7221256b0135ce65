import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { bytea, workspaceRef } from './columns.ts';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Frameworks a workspace built or imported; built-in ones live in code (core/frameworks). */
export const customFrameworks = pgTable(
  'custom_frameworks',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    frameworkId: text('framework_id').notNull(),
    version: text('version').notNull(),
    definition: jsonb('definition').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('custom_frameworks_key_idx').on(t.workspaceId, t.frameworkId, t.version)],
);

export const assessments = pgTable(
  'assessments',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    title: text('title').notNull(),
    frameworkId: text('framework_id').notNull(),
    frameworkVersion: text('framework_version').notNull(),
    /** The framework as it was when the assessment started, so later edits never change old scores. */
    framework: jsonb('framework').notNull(),
    scope: text('scope').notNull(),
    scopeActorIds: jsonb('scope_actor_ids').notNull().default([]),
    leadSide: text('lead_side').notNull(),
    status: text('status').notNull().default('draft'),
    baselineId: text('baseline_id'),
    isBaseline: boolean('is_baseline').notNull().default(false),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    validatedBy: text('validated_by').references(() => users.id),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('assessments_workspace_idx').on(t.workspaceId, t.createdAt)],
);

const assessmentRef = () =>
  text('assessment_id')
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' });

export const assessmentTeam = pgTable(
  'assessment_team',
  {
    id: text('id').primaryKey(),
    assessmentId: assessmentRef(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    side: text('side').notNull(),
    teamRole: text('team_role').notNull(),
  },
  (t) => [uniqueIndex('assessment_team_member_idx').on(t.assessmentId, t.userId)],
);

export const assessmentAnswers = pgTable(
  'assessment_answers',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    assessmentId: assessmentRef(),
    itemId: text('item_id').notNull(),
    assessorId: text('assessor_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    value: numeric('value', { mode: 'number' }),
    confidence: text('confidence'),
    comment: text('comment'),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('assessment_answers_key_idx').on(t.assessmentId, t.itemId, t.assessorId)],
);

export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    id: text('id').primaryKey(),
    assessmentId: assessmentRef(),
    itemId: text('item_id').notNull(),
    sourceType: text('source_type').notNull(),
    description: text('description').notNull(),
    fileName: text('file_name'),
    fileType: text('file_type'),
    fileSize: integer('file_size'),
    fileData: bytea('file_data'),
    addedBy: text('added_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('assessment_evidence_item_idx').on(t.assessmentId, t.itemId)],
);

export const assessmentReviewComments = pgTable(
  'assessment_review_comments',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    assessmentId: assessmentRef(),
    itemId: text('item_id').notNull(),
    reviewerId: text('reviewer_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    resolved: boolean('resolved').notNull().default(false),
    createdAt: created(),
  },
  (t) => [index('assessment_review_item_idx').on(t.assessmentId, t.itemId)],
);
