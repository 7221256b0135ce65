import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { assessments } from './assessments.ts';
import { users } from './auth.ts';
import { workspaceRef } from './columns.ts';
import { actors } from './sector-map.ts';

/**
 * What the reform plan must address: drawn from an assessment's gaps (or entered by hand),
 * prioritised by severity × importance, both 1–5 and editable.
 */
export const needs = pgTable(
  'needs',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    assessmentId: text('assessment_id').references(() => assessments.id, { onDelete: 'set null' }),
    itemId: text('item_id'),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    /**
     * For a need drawn from an assessment gap: the message key and parameters its title and
     * description are rendered from, in the reader's language. Null for needs entered by hand.
     */
    generated: jsonb('generated'),
    severity: integer('severity').notNull(),
    importance: integer('importance').notNull(),
    status: text('status').notNull().default('open'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('needs_workspace_idx').on(t.workspaceId)],
);

/** Strengths, weaknesses, opportunities and threats of one actor, optionally from one assessment. */
export const swotEntries = pgTable(
  'swot_entries',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    assessmentId: text('assessment_id').references(() => assessments.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('swot_entries_actor_idx').on(t.workspaceId, t.actorId)],
);

/**
 * Consultations held with stakeholders: participants counted by stakeholder type and sex,
 * topics, findings, and the assessment items the findings inform.
 */
export const consultations = pgTable(
  'consultations',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull(),
    format: text('format').notNull(),
    participants: jsonb('participants').notNull().default([]),
    topics: jsonb('topics').notNull().default([]),
    findings: text('findings').notNull(),
    linkedItems: jsonb('linked_items').notNull().default([]),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultations_workspace_idx').on(t.workspaceId, t.heldOn)],
);
