import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { timestamps, workspaceRef } from './columns.ts';
import { funders } from './finance.ts';
import { actors } from './sector-map.ts';

const mechanismRef = () =>
  text('mechanism_id')
    .notNull()
    .references(() => coordinationMechanisms.id, { onDelete: 'cascade' });

/**
 * A way government and donors work together: joint committee, joint programme, compact, pooled fund or
 * embedded officials. The areas it covers (plan items, purpose codes) decide which overlaps it coordinates.
 */
export const coordinationMechanisms = pgTable(
  'coordination_mechanisms',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    /** joint_committee | joint_programme | compact | pooled_fund | embedded_officials */
    kind: text('kind').notNull(),
    termsOfReference: text('terms_of_reference'),
    memberFunderIds: jsonb('member_funder_ids').$type<string[]>().notNull().default([]),
    memberActorIds: jsonb('member_actor_ids').$type<string[]>().notNull().default([]),
    planItemIds: jsonb('plan_item_ids').$type<string[]>().notNull().default([]),
    purposeCodes: jsonb('purpose_codes').$type<string[]>().notNull().default([]),
    /** For a pooled fund: the funder record that receives contributions and makes allocations. */
    poolFunderId: text('pool_funder_id').references(() => funders.id, { onDelete: 'set null' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('coordination_mechanisms_workspace_idx').on(t.workspaceId)],
);

export const coordinationMeetings = pgTable(
  'coordination_meetings',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    mechanismId: mechanismRef(),
    heldOn: date('held_on').notNull(),
    summary: text('summary'),
    /** The decisions taken, in order. */
    decisions: jsonb('decisions').$type<string[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [index('coordination_meetings_mechanism_idx').on(t.mechanismId, t.heldOn)],
);

/** A follow-up action from a mechanism's meeting, with an owner and a due date. */
export const coordinationActions = pgTable(
  'coordination_actions',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    mechanismId: mechanismRef(),
    meetingId: text('meeting_id').references(() => coordinationMeetings.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    ownerActorId: text('owner_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    ownerFunderId: text('owner_funder_id').references(() => funders.id, { onDelete: 'set null' }),
    dueDate: date('due_date'),
    /** open | done */
    status: text('status').notNull().default('open'),
    ...timestamps,
  },
  (t) => [index('coordination_actions_mechanism_idx').on(t.mechanismId)],
);

/**
 * One mutual commitment of a compact: who (a government institution or a funder), what, by when, and the
 * benchmark that shows it was kept. Overdue is computed from the due date and the status date.
 */
export const compactCommitments = pgTable(
  'compact_commitments',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    mechanismId: mechanismRef(),
    /** government | donor */
    party: text('party').notNull(),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    funderId: text('funder_id').references(() => funders.id, { onDelete: 'set null' }),
    commitment: text('commitment').notNull(),
    benchmark: text('benchmark'),
    dueDate: date('due_date').notNull(),
    /** pending | in_progress | met | missed */
    status: text('status').notNull().default('pending'),
    evidence: text('evidence'),
    ...timestamps,
  },
  (t) => [index('compact_commitments_mechanism_idx').on(t.mechanismId, t.dueDate)],
);
