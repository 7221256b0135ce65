import { z } from '@hono/zod-openapi';
import { INTERFACE_LANGUAGES } from '../../../core/survey/library.ts';
import { SURVEY_STATUSES } from '../../db/schema/surveys.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { EstimateSpecSchema, FormIssueSchema, SurveyDesignSchema, SurveyFormSchema } from './form-schemas.ts';

export { INTERFACE_LANGUAGES };

export const SurveyParams = SlugParam.extend({
  surveyId: z
    .string()
    .max(100)
    .openapi({ param: { name: 'surveyId', in: 'path' }, example: 'srv_1' }),
});

export const SurveyStatusSchema = z.enum(SURVEY_STATUSES).openapi('SurveyStatus');

export const SurveySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: SurveyStatusSchema,
    formId: z.string(),
    version: z.string().nullable(),
    questionCount: z.number().int(),
    languages: z.array(z.string()).openapi({ description: 'The form’s language keys' }),
    submissionCount: z.number().int(),
    lastSubmissionAt: Timestamp.nullable(),
    hasPublicLink: z.boolean(),
    rowVersion: VersionField,
    updatedAt: Timestamp,
  })
  .openapi('SurveySummary');

export const SurveyListSchema = z.object({ surveys: z.array(SurveySummarySchema) }).openapi('SurveyList');

export const SurveySchema = SurveySummarySchema.extend({
  form: SurveyFormSchema,
  formIssues: z.array(FormIssueSchema).openapi({ description: 'Warnings the XLSForm import reported' }),
  sourceFileName: z.string().nullable(),
  design: SurveyDesignSchema.nullable(),
  estimates: z.array(EstimateSpecSchema),
  publicToken: z
    .string()
    .nullable()
    .openapi({ description: 'The public link’s secret; only for survey:design holders (null otherwise)' }),
  createdAt: Timestamp,
}).openapi('Survey');

export const SurveyResponse = z.object({ survey: SurveySchema }).openapi('SurveyResponse');

export const ImportFormResponse = z
  .object({ survey: SurveySchema, issues: z.array(FormIssueSchema) })
  .openapi('SurveyImportFormResponse');

const Title = z.string().trim().min(1, 'must not be empty').max(200);

export const CreateSurveyBody = z
  .object({
    title: Title,
    languages: z
      .array(z.enum(INTERFACE_LANGUAGES))
      .min(1)
      .max(INTERFACE_LANGUAGES.length)
      .optional()
      .openapi({ description: 'The form’s languages; the five interface languages when absent' }),
  })
  .openapi('CreateSurveyBody');

export const PatchSurveyBody = z
  .object({ title: Title.optional(), status: SurveyStatusSchema.optional() })
  .openapi('PatchSurveyBody');

export const LibraryBody = z
  .object({
    questions: z.array(z.string().min(1).max(100)).min(1).max(50),
    after: z
      .string()
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: 'Name of the question to insert after; null or absent: at the end' }),
  })
  .openapi('SurveyLibraryBody');

/** The XLSForm upload: `.xlsx`, `.csv` or `.md`. */
export const FormUpload = z.object({
  file: z
    .instanceof(File, { message: 'attach an XLSForm (.xlsx, .csv or .md)' })
    .openapi({ type: 'string', format: 'binary' }),
  title: Title.optional().openapi({ description: 'The survey title; the form’s title when absent' }),
});

export const ReplaceFormUpload = FormUpload.pick({ file: true });

export const PublicLinkSchema = z
  .object({
    publicToken: z.string(),
    url: z.string().openapi({ example: '/p/demo/survey/Zm9v…' }),
  })
  .openapi('SurveyPublicLink');
