import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import { workspaces } from './workspaces.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * Institutions and groups of the security sector. Category, level and the like are validated by
 * core/sector-map; names and acronyms are unique per workspace (case-insensitively) because files
 * refer to actors by them.
 */
export const actors = pgTable(
  'actors',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    nameTranslations: jsonb('name_translations').$type<NameTranslations>().notNull().default({}),
    acronym: text('acronym'),
    category: text('category').notNull(),
    statutory: boolean('statutory').notNull(),
    level: text('level').notNull().default('national'),
    region: text('region'),
    legalBasis: text('legal_basis'),
    mandate: text('mandate'),
    headcountTotal: integer('headcount_total'),
    headcountWomen: integer('headcount_women'),
    parentId: text('parent_id').references((): AnyPgColumn => actors.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (table) => [
    index('actors_workspace_idx').on(table.workspaceId, table.category),
    index('actors_parent_idx').on(table.parentId),
    uniqueIndex('actors_workspace_name_idx').on(table.workspaceId, sql`lower(${table.name})`),
    uniqueIndex('actors_workspace_acronym_idx')
      .on(table.workspaceId, sql`lower(${table.acronym})`)
      .where(sql`${table.acronym} is not null`),
    check('actors_headcount_check', sql`${table.headcountWomen} <= ${table.headcountTotal}`),
    check('actors_level_check', sql`${table.level} in ('national', 'subnational')`),
  ],
);

/** Directed links between two actors of the same workspace (the service checks the workspace). */
export const actorRelations = pgTable(
  'actor_relations',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    sourceActorId: text('source_actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    targetActorId: text('target_actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    oversightKind: text('oversight_kind'),
    status: text('status').notNull().default('active'),
    evidence: text('evidence'),
    ...timestamps,
  },
  (table) => [
    index('actor_relations_workspace_idx').on(table.workspaceId, table.type),
    index('actor_relations_source_idx').on(table.sourceActorId),
    index('actor_relations_target_idx').on(table.targetActorId),
    uniqueIndex('actor_relations_identity_idx').on(
      table.sourceActorId,
      table.targetActorId,
      table.type,
      sql`coalesce(${table.oversightKind}, '')`,
    ),
    check('actor_relations_not_self_check', sql`${table.sourceActorId} <> ${table.targetActorId}`),
    check(
      'actor_relations_oversight_kind_check',
      sql`(${table.type} = 'oversight') = (${table.oversightKind} is not null)`,
    ),
  ],
);
