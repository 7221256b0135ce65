import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { timestamps, workspaceRef } from './columns.ts';
import { planItems, plans } from './plans.ts';
import { actors } from './sector-map.ts';
import { workspaces } from './workspaces.ts';

/** How a workspace counts money: the currency totals are shown in, and the month its fiscal year starts. */
export const financeSettings = pgTable('finance_settings', {
  rowVersion: integer('row_version').notNull().default(1),
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** ISO 4217 code. */
  reportingCurrency: text('reporting_currency').notNull().default('USD'),
  /** 1 = January … 12 = December; a fiscal year is named by the calendar year it starts in. */
  fiscalYearStartMonth: integer('fiscal_year_start_month').notNull().default(1),
  ...timestamps,
});

/**
 * Who pays: bilateral and multilateral donors, trust and pooled funds. A pooled fund is itself a funder:
 * contributions are flows into it (`toFunderId`), allocations are its own flows to activities.
 */
export const funders = pgTable(
  'funders',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    /** bilateral | multilateral | trust_fund | pooled_fund */
    type: text('type').notNull(),
    /** The same organisation on the sector map, when it is there. */
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    /** IATI organisation identifier, e.g. GB-GOV-1. */
    iatiRef: text('iati_ref'),
    defaultCurrency: text('default_currency'),
    ...timestamps,
  },
  (t) => [
    index('funders_workspace_idx').on(t.workspaceId),
    uniqueIndex('funders_workspace_name_idx').on(t.workspaceId, sql`lower(${t.name})`),
    uniqueIndex('funders_workspace_iati_idx')
      .on(t.workspaceId, t.iatiRef)
      .where(sql`${t.iatiRef} is not null`),
  ],
);

/** Donor-role members who speak for a funder: they see and edit that funder's flows. */
export const funderMembers = pgTable(
  'funder_members',
  {
    funderId: text('funder_id')
      .notNull()
      .references(() => funders.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.funderId, t.userId] })],
);

/** GDP, government revenue and expenditure for one fiscal year, in the reporting currency. */
export const macroYears = pgTable(
  'macro_years',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    fiscalYear: integer('fiscal_year').notNull(),
    gdp: doublePrecision('gdp'),
    revenue: doublePrecision('revenue'),
    expenditure: doublePrecision('expenditure'),
    ...timestamps,
  },
  (t) => [uniqueIndex('macro_years_workspace_year_idx').on(t.workspaceId, t.fiscalYear)],
);

/** One security-sector budget line: institution × COFOG function × economic class × source, for a fiscal year. */
export const budgetLines = pgTable(
  'budget_lines',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    fiscalYear: integer('fiscal_year').notNull(),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    /** COFOG group, e.g. '02.1' (military defence) or '03.1' (police services). */
    cofog: text('cofog').notNull(),
    /** personnel | goods_services | capital | transfers */
    economicClass: text('economic_class').notNull(),
    description: text('description'),
    currency: text('currency').notNull(),
    approved: doublePrecision('approved').notNull(),
    revised: doublePrecision('revised'),
    executed: doublePrecision('executed'),
    /** Null means domestic resources. */
    sourceFunderId: text('source_funder_id').references(() => funders.id, { onDelete: 'set null' }),
    secret: boolean('secret').notNull().default(false),
    offBudget: boolean('off_budget').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('budget_lines_workspace_year_idx').on(t.workspaceId, t.fiscalYear)],
);

/** 1 `fromCurrency` = `rate` `toCurrency`, from `rateDate` until the next rate. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    fromCurrency: text('from_currency').notNull(),
    toCurrency: text('to_currency').notNull(),
    rateDate: date('rate_date').notNull(),
    rate: doublePrecision('rate').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('exchange_rates_pair_date_idx').on(t.workspaceId, t.fromCurrency, t.toCurrency, t.rateDate),
  ],
);

/** A file of IATI activities brought into the workspace. */
export const iatiImports = pgTable(
  'iati_imports',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    fileName: text('file_name').notNull(),
    version: text('version').notNull(),
    activityCount: integer('activity_count').notNull(),
    transactionCount: integer('transaction_count').notNull(),
    /** Warnings as message keys with parameters, rendered in the reader's language. */
    warnings: jsonb('warnings').notNull().default([]),
    importedBy: text('imported_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('iati_imports_workspace_idx').on(t.workspaceId, t.createdAt)],
);

/**
 * A donor activity read from IATI, and the reform activity it is matched to (by sector code, by keywords
 * or by hand). Its transactions are funding flows that point back here.
 */
export const iatiActivities = pgTable(
  'iati_activities',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    importId: text('import_id')
      .notNull()
      .references(() => iatiImports.id, { onDelete: 'cascade' }),
    iatiIdentifier: text('iati_identifier').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    funderId: text('funder_id').references(() => funders.id, { onDelete: 'set null' }),
    defaultCurrency: text('default_currency'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    /** [{ code, vocabulary, percentage }] */
    sectors: jsonb('sectors').notNull().default([]),
    /** Participating organisations, budgets, planned disbursements and results, as read. */
    details: jsonb('details').notNull().default({}),
    matchedPlanItemId: text('matched_plan_item_id').references(() => planItems.id, { onDelete: 'set null' }),
    /** sector | keyword | manual; null when unmatched. */
    matchKind: text('match_kind'),
    matchReviewed: boolean('match_reviewed').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('iati_activities_workspace_idx').on(t.workspaceId),
    uniqueIndex('iati_activities_identifier_idx').on(t.workspaceId, t.iatiIdentifier),
  ],
);

/**
 * Money pledged, paid or spent: commitments, disbursements, expenditure and incoming funds, in their own
 * currency. A flow into a pooled fund names it in `toFunderId`.
 */
export const fundingFlows = pgTable(
  'funding_flows',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    funderId: text('funder_id')
      .notNull()
      .references(() => funders.id, { onDelete: 'cascade' }),
    /** commitment | disbursement | expenditure | incoming_funds */
    kind: text('kind').notNull(),
    amount: doublePrecision('amount').notNull(),
    currency: text('currency').notNull(),
    flowDate: date('flow_date').notNull(),
    /** DAC 5-digit purpose code. */
    purposeCode: text('purpose_code'),
    planItemId: text('plan_item_id').references(() => planItems.id, { onDelete: 'set null' }),
    recipientActorId: text('recipient_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    toFunderId: text('to_funder_id').references(() => funders.id, { onDelete: 'cascade' }),
    iatiActivityId: text('iati_activity_id').references(() => iatiActivities.id, { onDelete: 'cascade' }),
    description: text('description'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('funding_flows_workspace_idx').on(t.workspaceId, t.flowDate),
    index('funding_flows_funder_idx').on(t.funderId),
    index('funding_flows_iati_idx').on(t.iatiActivityId),
  ],
);

/**
 * A projection of domestic fiscal space against the recurrent costs a plan creates, under the user's
 * assumptions (growth, revenue, security share, donors leaving). Assumptions are validated by core/finance.
 */
export const financeScenarios = pgTable(
  'finance_scenarios',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    planId: text('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    assumptions: jsonb('assumptions').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('finance_scenarios_workspace_idx').on(t.workspaceId)],
);
