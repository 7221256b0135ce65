import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { timestamps, workspaceRef } from './columns.ts';
import { needs } from './needs.ts';
import { actors } from './sector-map.ts';

const planRef = () =>
  text('plan_id')
    .notNull()
    .references(() => plans.id, { onDelete: 'cascade' });

/**
 * A reform plan over a horizon of months from `startMonth`. A scenario is a full copy of another plan
 * (`scenarioOf`) whose items remember the item they were copied from (`originId`), so the two can be compared.
 */
export const plans = pgTable(
  'plans',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    description: text('description'),
    startMonth: text('start_month').notNull(),
    horizonMonths: integer('horizon_months').notNull(),
    status: text('status').notNull().default('draft'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: text('approved_by').references(() => users.id),
    scenarioOf: text('scenario_of').references((): AnyPgColumn => plans.id, { onDelete: 'set null' }),
    scenarioNote: text('scenario_note'),
    /** 'YYYY-MM' the plan is seen as of; null means the current month. */
    statusDate: text('status_date'),
    /** Quick-impact projects should start within this many months of the plan's start. */
    quickImpactMonths: integer('quick_impact_months').notNull().default(6),
    createdBy: text('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('plans_workspace_idx').on(t.workspaceId)],
);

/** Programme → project → activity. Only activities are scheduled; the others span their children. */
export const planItems = pgTable(
  'plan_items',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    planId: planRef(),
    parentId: text('parent_id').references((): AnyPgColumn => planItems.id, { onDelete: 'cascade' }),
    originId: text('origin_id'),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    phase: text('phase').notNull().default('main'),
    quickImpact: boolean('quick_impact').notNull().default(false),
    leadActorId: text('lead_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    partnerActorIds: jsonb('partner_actor_ids').$type<string[]>().notNull().default([]),
    principles: jsonb('principles').$type<string[]>().notNull().default([]),
    benchmarks: jsonb('benchmarks').$type<string[]>().notNull().default([]),
    duration: integer('duration'),
    releaseMonth: integer('release_month'),
    deadlineMonth: integer('deadline_month'),
    weight: integer('weight').notNull().default(1),
    startMonth: integer('start_month'),
    baselineStart: integer('baseline_start'),
    baselineFinish: integer('baseline_finish'),
    status: text('status').notNull().default('not_started'),
    percentComplete: integer('percent_complete').notNull().default(0),
    actualStart: date('actual_start'),
    actualFinish: date('actual_finish'),
    /** DAC 5-digit purpose code, so donor activities reported under the same code can be matched to it. */
    purposeCode: text('purpose_code'),
    /** The yearly cost this activity leaves behind (salaries of recruits, upkeep of a building). */
    recurrentCost: doublePrecision('recurrent_cost'),
    recurrentCurrency: text('recurrent_currency'),
    /** Plan month (0 = the plan's first) the recurrent cost starts; null means when the activity finishes. */
    recurrentFromMonth: integer('recurrent_from_month'),
    ...timestamps,
  },
  (t) => [
    index('plan_items_plan_idx').on(t.planId),
    uniqueIndex('plan_items_plan_code_idx').on(t.planId, t.code),
  ],
);

export const planItemNeeds = pgTable(
  'plan_item_needs',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    needId: text('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.needId] })],
);

export const planDependencies = pgTable(
  'plan_dependencies',
  {
    id: text('id').primaryKey(),
    planId: planRef(),
    predecessorId: text('predecessor_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    successorId: text('successor_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    type: text('type').notNull().default('FS'),
    lag: integer('lag').notNull().default(0),
  },
  (t) => [uniqueIndex('plan_dependencies_pair_idx').on(t.predecessorId, t.successorId)],
);

/** Budgets (per funder and currency), experts, implementing staff or any custom resource, with capacity per period. */
export const planResources = pgTable(
  'plan_resources',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    planId: planRef(),
    originId: text('origin_id'),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    unit: text('unit').notNull(),
    funderActorId: text('funder_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    currency: text('currency'),
    limitKind: text('limit_kind').notNull(),
    capacityPeriod: text('capacity_period').notNull(),
    capacities: jsonb('capacities').$type<number[]>().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('plan_resources_plan_name_idx').on(t.planId, t.name)],
);

export const planDemands = pgTable(
  'plan_demands',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
    resourceId: text('resource_id')
      .notNull()
      .references(() => planResources.id, { onDelete: 'cascade' }),
    amount: doublePrecision('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.resourceId] })],
);

export const planRisks = pgTable(
  'plan_risks',
  {
    /** Optimistic concurrency: bumped on every update, compared with If-Match. */
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    planId: planRef(),
    title: text('title').notNull(),
    description: text('description'),
    category: text('category').notNull(),
    likelihood: integer('likelihood').notNull(),
    impact: integer('impact').notNull(),
    ownerActorId: text('owner_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    ownerName: text('owner_name'),
    mitigation: text('mitigation'),
    status: text('status').notNull().default('open'),
    itemIds: jsonb('item_ids').$type<string[]>().notNull().default([]),
    createdBy: text('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('plan_risks_plan_idx').on(t.planId)],
);

/** One optimiser run: the schedule before and after, kept so the user can compare and apply it. */
export const planOptimisations = pgTable(
  'plan_optimisations',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    planId: planRef(),
    status: text('status').notNull(),
    objective: text('objective').notNull(),
    scheduleBudget: integer('schedule_budget').notNull(),
    timeLimitSeconds: integer('time_limit_seconds').notNull(),
    seed: integer('seed').notNull(),
    progress: real('progress').notNull().default(0),
    schedules: integer('schedules').notNull().default(0),
    before: jsonb('before'),
    after: jsonb('after'),
    error: text('error'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('plan_optimisations_plan_idx').on(t.planId, t.createdAt)],
);
