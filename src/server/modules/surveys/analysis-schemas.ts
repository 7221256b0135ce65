import { z } from '@hono/zod-openapi';
import { ESTIMATE_STATS } from '../../../core/survey/types.ts';
import { Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { EstimateSpecSchema, SurveyDesignSchema } from './form-schemas.ts';

export const MAX_ESTIMATES = 200;

const EstimateList = z.array(EstimateSpecSchema).max(MAX_ESTIMATES);

export const DesignBody = z
  .object({ design: SurveyDesignSchema, estimates: EstimateList })
  .openapi('SurveyDesignBody');

export const PreviewBody = z
  .object({
    design: SurveyDesignSchema.optional().openapi({ description: 'Absent: the stored design' }),
    estimates: EstimateList,
  })
  .openapi('SurveyEstimatesPreviewBody');

export const DesignSavedSchema = z
  .object({
    surveyId: z.string(),
    design: SurveyDesignSchema,
    estimates: EstimateList,
    rowVersion: VersionField,
  })
  .openapi('SurveyDesignSaved');

const ProblemSchema = z
  .object({
    code: z
      .string()
      .openapi({ description: 'A message key of the surveyAnalysis namespace, e.g. no_design' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string().openapi({ description: 'The same in English' }),
  })
  .openapi('SurveyEstimateProblem');

export const EstimateDetailSchema = z
  .object({
    stat: z.enum(ESTIMATE_STATS),
    variable: z.string(),
    category: z.string().nullable(),
    domain: z.string().nullable(),
    estimate: z.number(),
    se: z.number(),
    ci: z.tuple([z.number(), z.number()]),
    n: z.number().int(),
    deff: z.number().nullable(),
    effectiveN: z.number().nullable(),
  })
  .openapi('SurveyEstimateDetail');

export const EstimatesSchema = z
  .object({
    sample: z.object({
      respondents: z.number().int(),
      strata: z.number().int(),
      psus: z.number().int(),
      weightTotal: z.number(),
    }),
    estimates: z.array(EstimateDetailSchema),
    problem: ProblemSchema.nullable().openapi({
      description:
        'Why there are no estimates (no_design, no_responses, a lonely PSU, a weight that is not a number…)',
    }),
    repeatQuestions: z
      .array(z.string())
      .openapi({ description: 'Questions inside repeats: not columns, so not available for estimation' }),
  })
  .openapi('SurveyEstimates');

export const PublishBody = z
  .object({
    indicatorId: z.string().min(1).max(100),
    period: z.string().min(1).max(20).openapi({ example: '2026' }),
    orgUnitId: z.string().min(1).max(100).openapi({ description: 'Where the total is; an id or a code' }),
    variable: z.string().min(1).max(200).openapi({ example: 'safe_night' }),
    categories: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(100)
      .openapi({
        description: 'The answers counted in the numerator',
        example: ['very_safe', 'fairly_safe'],
      }),
    orgUnitVariable: z
      .string()
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: 'A question whose answers are org unit codes under orgUnitId (e.g. region)' }),
    categoryVariables: z
      .record(z.string().max(100), z.string().max(200))
      .optional()
      .openapi({ description: 'Category code → question whose answers are that category’s option codes' }),
  })
  .openapi('SurveyPublishBody');

export const IntervalSchema = z
  .object({
    period: z.string(),
    orgUnitId: z.string(),
    disaggregation: z.string().openapi({ description: '`CAT=OPT`, or empty for the total' }),
    estimate: z.number().openapi({ description: 'In the indicator’s unit (after its factor)' }),
    se: z.number(),
    ciLow: z.number(),
    ciHigh: z.number(),
    n: z.number().int(),
    deff: z.number().nullable(),
    surveyId: z.string(),
    surveyTitle: z.string(),
    publishedAt: Timestamp,
  })
  .openapi('PublishedInterval');

export const IntervalsSchema = z.object({ intervals: z.array(IntervalSchema) }).openapi('PublishedIntervals');

export const PublishedSchema = z
  .object({
    dataValues: z
      .number()
      .int()
      .openapi({ description: 'Data values written (numerator and denominator cells)' }),
    intervals: z.array(IntervalSchema),
  })
  .openapi('SurveyPublished');
