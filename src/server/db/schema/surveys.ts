import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type {
  Answers,
  EstimateSpec,
  FormIssue,
  SurveyDesign,
  SurveyForm,
} from '../../../core/survey/types.ts';
import { users } from './auth.ts';
import { timestamps, workspaceRef } from './columns.ts';
import { monitoringIndicators } from './monitoring.ts';

/**
 * Citizen perception surveys: a form read from an XLSForm, its responses (collected in the browser,
 * through a public link, or imported from KoboToolbox/ODK), its sample design, and the estimates
 * published to the monitoring module's perception indicators.
 */

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const surveys = pgTable(
  'surveys',
  {
    rowVersion: integer('row_version').notNull().default(1),
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    title: text('title').notNull(),
    status: text('status').$type<SurveyStatus>().notNull().default('draft'),
    form: jsonb('form').$type<SurveyForm>().notNull(),
    /** Warnings the XLSForm import reported (unsupported rows and columns), kept with the form. */
    formIssues: jsonb('form_issues').$type<FormIssue[]>().notNull().default([]),
    sourceFileName: text('source_file_name'),
    design: jsonb('design').$type<SurveyDesign | null>(),
    /** The estimates the analysis page shows, in order. */
    estimates: jsonb('estimates').$type<EstimateSpec[]>().notNull().default([]),
    /** The public link's secret; null when the survey has no public link. */
    publicToken: text('public_token'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('surveys_workspace_idx').on(t.workspaceId),
    uniqueIndex('surveys_public_token_idx').on(t.publicToken),
  ],
);

export const SUBMISSION_SOURCES = ['enumerator', 'public', 'import'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** One response. `id` is the UUID the device made, so a submission sent twice is stored once. */
export const surveySubmissions = pgTable(
  'survey_submissions',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    source: text('source').$type<SubmissionSource>().notNull(),
    /** The enumerator or importer; null for a public submission. No address or user agent is kept. */
    submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    /** The import that brought it in, so an import can be listed and undone as one. */
    importId: text('import_id'),
    formVersion: text('form_version'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_submissions_survey_idx').on(t.workspaceId, t.surveyId, t.receivedAt)],
);

/**
 * An estimate published to a perception indicator: the point estimate went into the indicator's data
 * elements, and its interval is kept here so the indicator is drawn with error bars.
 */
export const surveyPublishedEstimates = pgTable(
  'survey_published_estimates',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => monitoringIndicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    orgUnitId: text('org_unit_id').notNull(),
    /** `CAT=OPT;…` as monitoring targets write it, or '' for the total. */
    disaggregation: text('disaggregation').notNull().default(''),
    /** In the indicator's unit (after its factor). */
    estimate: doublePrecision('estimate').notNull(),
    se: doublePrecision('se').notNull(),
    ciLow: doublePrecision('ci_low').notNull(),
    ciHigh: doublePrecision('ci_high').notNull(),
    n: integer('n').notNull(),
    deff: doublePrecision('deff'),
    publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_published_estimates_key_idx').on(
      t.indicatorId,
      t.period,
      t.orgUnitId,
      t.disaggregation,
    ),
    index('survey_published_estimates_survey_idx').on(t.workspaceId, t.surveyId),
  ],
);
