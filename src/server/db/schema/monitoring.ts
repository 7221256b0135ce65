import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  pgView,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { NameTranslations } from '../../../core/sector-map/categories.ts';
import { users } from './auth.ts';
import { timestamps, workspaceRef } from './columns.ts';
import { planItems, plans } from './plans.ts';
import { actors } from './sector-map.ts';
import { workspaces } from './workspaces.ts';

/**
 * Monitoring and evaluation in DHIS2's model: org units, categories, data elements, data sets, data
 * values; indicators computed from them; a results chain linking indicators to the plan; baselines and
 * targets; review flags when an indicator goes off track; pre-aggregated analytics and dashboards.
 * Names are in the workspace's language with optional translations, as on the sector map.
 */

/** Where data is reported: national → region → district, or an institution's units. */
export const monitoringOrgUnits = pgTable(
  'monitoring_org_units',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    /** The unit's number in `monitoring_values` (a small key instead of the id). */
    num: serial('num').notNull(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameTranslations: jsonb('name_translations').$type<NameTranslations>().notNull().default({}),
    parentId: text('parent_id').references((): AnyPgColumn => monitoringOrgUnits.id, {
      onDelete: 'restrict',
    }),
    /** Ids from the root down to this unit, `/root/…/self/`: a subtree is one `like` on an index. */
    path: text('path').notNull(),
    /** 1 for a root, 2 for its children… */
    level: integer('level').notNull(),
    /** The institution on the sector map this unit belongs to, when it is one. */
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('monitoring_org_units_code_idx').on(t.workspaceId, sql`lower(${t.code})`),
    index('monitoring_org_units_path_idx').on(t.workspaceId, t.path),
    uniqueIndex('monitoring_org_units_num_idx').on(t.num),
  ],
);

export interface CategoryOptionRow {
  code: string;
  name: string;
  nameTranslations: NameTranslations;
}

/** A disaggregation such as sex or age group, with its options in order. */
export const monitoringCategories = pgTable(
  'monitoring_categories',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameTranslations: jsonb('name_translations').$type<NameTranslations>().notNull().default({}),
    options: jsonb('options').$type<CategoryOptionRow[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex('monitoring_categories_code_idx').on(t.workspaceId, sql`lower(${t.code})`)],
);

/**
 * What is counted or measured. `categoryIds` (in order) make its category combination; a value's
 * category option combo is the option codes joined by `_` in that order, or `default` without categories.
 * An element with an assessment source gets its values from validated assessment rounds.
 */
export const monitoringDataElements = pgTable(
  'monitoring_data_elements',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    /** The element's number in `monitoring_values`. */
    num: serial('num').notNull(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameTranslations: jsonb('name_translations').$type<NameTranslations>().notNull().default({}),
    description: text('description'),
    /** number | integer | percentage | boolean */
    valueType: text('value_type').notNull().default('number'),
    /** sum | average | last */
    aggregation: text('aggregation').notNull().default('sum'),
    categoryIds: jsonb('category_ids').$type<string[]>().notNull().default([]),
    /** Expert-assessment source: the framework, and the item (null = the overall score). */
    assessmentFrameworkId: text('assessment_framework_id'),
    assessmentItemId: text('assessment_item_id'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('monitoring_data_elements_code_idx').on(t.workspaceId, sql`lower(${t.code})`),
    uniqueIndex('monitoring_data_elements_num_idx').on(t.num),
  ],
);

/** An entry form: which elements are reported, by which org units, how often. */
export const monitoringDataSets = pgTable(
  'monitoring_data_sets',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameTranslations: jsonb('name_translations').$type<NameTranslations>().notNull().default({}),
    /** A period type of core/indicators/periods.ts: yearly, quarterly, monthly, weekly, financial_july… */
    periodType: text('period_type').notNull(),
    dataElementIds: jsonb('data_element_ids').$type<string[]>().notNull().default([]),
    orgUnitIds: jsonb('org_unit_ids').$type<string[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex('monitoring_data_sets_code_idx').on(t.workspaceId, sql`lower(${t.code})`)],
);

/**
 * Reported numbers, stored lean so that a million-value import is little more than a `COPY`: small
 * numbers for the element, unit, period and combo, no primary key and no foreign key (a unique b-tree
 * doubles the time of a large `COPY`, a per-row foreign key check adds half as much again). One value
 * per key is kept by the writers instead, which take the workspace's data-value lock
 * (`lockDataValues`) and delete what they replace; services delete a unit's or an element's values with
 * it. Writers keep rows together by element and period, so the BRIN index on those two columns (small
 * block ranges: about 2,000 rows each) leads a lookup to the few pages of one element's period. Point
 * lookups and the analytics rebuild give it their numbers as constants (`data-values-store.ts`,
 * `analytics-refresh.ts`): through the view's joins the planner may pick a scan of the whole table. Read everything else through the
 * `monitoring_data_values` view, which gives back ids, ISO periods and combos.
 */
export const monitoringValues = pgTable(
  'monitoring_values',
  {
    elementNum: integer('element_num').notNull(),
    orgUnitNum: integer('org_unit_num').notNull(),
    periodNum: integer('period_num').notNull(),
    comboNum: integer('combo_num').notNull(),
    value: doublePrecision('value').notNull(),
    comment: text('comment'),
    batchNum: integer('batch_num').notNull(),
  },
  (t) => [
    index('monitoring_values_element_period_idx')
      .using('brin', t.elementNum, t.periodNum)
      .with({ pages_per_range: 16 }),
  ],
);

/** Every ISO period any value was reported for (shared by workspaces: a period is a fact of the calendar). */
export const monitoringPeriods = pgTable('monitoring_periods', {
  num: serial('num').primaryKey(),
  id: text('id').notNull().unique(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
});

/** Every category option combo text any value was reported for (`default`, `F`, `F_Y15_24`…). */
export const monitoringComboKeys = pgTable('monitoring_combo_keys', {
  num: serial('num').primaryKey(),
  combo: text('combo').notNull().unique(),
});

/** Who stored a set of values, and when: one import, one saved entry form, one sync. */
export const monitoringValueBatches = pgTable(
  'monitoring_value_batches',
  {
    num: serial('num').primaryKey(),
    workspaceId: workspaceRef(),
    storedBy: text('stored_by'),
    storedAt: timestamp('stored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_value_batches_workspace_idx').on(t.workspaceId)],
);

/**
 * The stored values as ids, ISO periods and combos: a view over `monitoring_values` (created by
 * migration 0013, not by drizzle-kit). Read through it; write with `data-values-store.ts`.
 */
export const monitoringDataValues = pgView('monitoring_data_values', {
  workspaceId: text('workspace_id').notNull(),
  dataElementId: text('data_element_id').notNull(),
  orgUnitId: text('org_unit_id').notNull(),
  period: text('period').notNull(),
  periodStart: date('period_start').notNull(),
  periodEnd: date('period_end').notNull(),
  categoryOptionCombo: text('category_option_combo').notNull(),
  value: doublePrecision('value').notNull(),
  comment: text('comment'),
  storedBy: text('stored_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
}).existing();

/** Impact → outcome → output → activity. */
export const monitoringResults = pgTable(
  'monitoring_results',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    parentId: text('parent_id').references((): AnyPgColumn => monitoringResults.id, { onDelete: 'cascade' }),
    /** impact | outcome | output | activity */
    level: text('level').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ...timestamps,
  },
  (t) => [uniqueIndex('monitoring_results_code_idx').on(t.workspaceId, sql`lower(${t.code})`)],
);

export const monitoringResultPlanItems = pgTable(
  'monitoring_result_plan_items',
  {
    resultId: text('result_id')
      .notNull()
      .references(() => monitoringResults.id, { onDelete: 'cascade' }),
    planItemId: text('plan_item_id')
      .notNull()
      .references(() => planItems.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.resultId, t.planItemId] }),
    index('monitoring_rpi_item_idx').on(t.planItemId),
  ],
);

/** An assessment criterion used as a measure of this result. */
export const monitoringResultAssessmentItems = pgTable(
  'monitoring_result_assessment_items',
  {
    resultId: text('result_id')
      .notNull()
      .references(() => monitoringResults.id, { onDelete: 'cascade' }),
    frameworkId: text('framework_id').notNull(),
    itemId: text('item_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.resultId, t.frameworkId, t.itemId] })],
);

/** Computed from data, never typed in: (numerator ÷ denominator) × factor. */
export const monitoringIndicators = pgTable(
  'monitoring_indicators',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameTranslations: jsonb('name_translations').$type<NameTranslations>().notNull().default({}),
    description: text('description'),
    /** input | output | outcome | impact */
    level: text('level').notNull(),
    /** administrative | perception | expert | event */
    kind: text('kind').notNull(),
    /** DHIS2 syntax over data element codes: `#{DE}` or `#{DE.COC}`, with arithmetic. */
    numerator: text('numerator').notNull(),
    denominator: text('denominator').notNull().default('1'),
    factor: integer('factor').notNull().default(1),
    /** higher | lower: which way is better */
    direction: text('direction').notNull().default('higher'),
    dataSource: text('data_source'),
    /** A period type, as on data sets. */
    frequency: text('frequency').notNull().default('yearly'),
    responsibleActorId: text('responsible_actor_id').references(() => actors.id, { onDelete: 'set null' }),
    resultId: text('result_id').references(() => monitoringResults.id, { onDelete: 'set null' }),
    /** Share of the expected progress at or above which the indicator is on track, and at risk. */
    onTrackFrom: doublePrecision('on_track_from').notNull().default(0.9),
    atRiskFrom: doublePrecision('at_risk_from').notNull().default(0.6),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('monitoring_indicators_code_idx').on(t.workspaceId, sql`lower(${t.code})`),
    index('monitoring_indicators_result_idx').on(t.resultId),
  ],
);

/**
 * A baseline or a target for one period, org unit and disaggregation (`''` = the total, else
 * `<categoryCode>=<optionCode>`).
 */
export const monitoringTargets = pgTable(
  'monitoring_targets',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => monitoringIndicators.id, { onDelete: 'cascade' }),
    /** baseline | target */
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    orgUnitId: text('org_unit_id')
      .notNull()
      .references(() => monitoringOrgUnits.id, { onDelete: 'cascade' }),
    disaggregation: text('disaggregation').notNull().default(''),
    value: doublePrecision('value').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('monitoring_targets_key_idx').on(
      t.indicatorId,
      t.kind,
      t.period,
      t.orgUnitId,
      t.disaggregation,
    ),
  ],
);

/**
 * An indicator found off track in a period: the plan items its results link to are up for review until
 * someone decides (adjust, continue, drop) with a reason; "adjust" may open a re-planning scenario.
 */
export const monitoringFlags = pgTable(
  'monitoring_flags',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => monitoringIndicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    orgUnitId: text('org_unit_id')
      .notNull()
      .references(() => monitoringOrgUnits.id, { onDelete: 'cascade' }),
    /** The computed status and figures when the flag was raised or last refreshed. */
    status: text('status').notNull(),
    actual: doublePrecision('actual'),
    expected: doublePrecision('expected'),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    /** adjust | continue | drop; null while the flag is open */
    decision: text('decision'),
    reason: text('reason'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    scenarioPlanId: text('scenario_plan_id').references(() => plans.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('monitoring_flags_key_idx').on(t.indicatorId, t.period, t.orgUnitId),
    index('monitoring_flags_workspace_idx').on(t.workspaceId, t.decision),
  ],
);

/**
 * Pre-aggregated values, as DHIS2's analytics tables: each data element, option combo, org unit (every
 * ancestor of where the data was entered) and period (the entered one and each coarser type containing
 * it), already aggregated by the element's rule. Dashboards read this, never the raw values.
 */
export const monitoringAnalytics = pgTable(
  'monitoring_analytics',
  {
    workspaceId: text('workspace_id').notNull(),
    dataElementId: text('data_element_id').notNull(),
    categoryOptionCombo: text('category_option_combo').notNull(),
    orgUnitId: text('org_unit_id').notNull(),
    periodType: text('period_type').notNull(),
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.workspaceId, t.dataElementId, t.orgUnitId, t.period, t.categoryOptionCombo],
    }),
  ],
);

/** When the analytics table was last rebuilt: the "data as of" every dashboard shows. */
export const monitoringAnalyticsRuns = pgTable('monitoring_analytics_runs', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  valueCount: integer('value_count').notNull(),
  rowCount: integer('row_count').notNull(),
  durationMs: integer('duration_ms').notNull(),
});

export const monitoringDashboards = pgTable(
  'monitoring_dashboards',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('monitoring_dashboards_workspace_idx').on(t.workspaceId)],
);

/** A saved chart: its type (pivot, series, ranked, disaggregation) and its query, checked by the API's schema. */
export const monitoringCharts = pgTable(
  'monitoring_charts',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    dashboardId: text('dashboard_id')
      .notNull()
      .references(() => monitoringDashboards.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    type: text('type').notNull(),
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('monitoring_charts_dashboard_idx').on(t.dashboardId, t.position)],
);
