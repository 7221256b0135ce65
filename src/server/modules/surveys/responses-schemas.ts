import { z } from '@hono/zod-openapi';
import { SUBMISSION_SOURCES } from '../../db/schema/surveys.ts';
import { queryInteger, SlugParam, Timestamp } from '../../http/schemas.ts';
import { AnswersSchema } from './form-schemas.ts';

const surveyId = z
  .string()
  .max(100)
  .openapi({ param: { name: 'surveyId', in: 'path' }, example: 'srv_1' });

export const ResponsesParams = SlugParam.extend({ surveyId });

export const SubmissionParams = ResponsesParams.extend({
  submissionId: z
    .string()
    .max(200)
    .openapi({
      param: { name: 'submissionId', in: 'path' },
      example: '6f1d2c3b-0000-4000-8000-000000000001',
    }),
});

export const ImportParams = ResponsesParams.extend({
  importId: z
    .string()
    .max(100)
    .openapi({ param: { name: 'importId', in: 'path' }, example: 'imp_1' }),
});

export const MAX_PAGE = 200;

export const SubmissionsQuery = z.object({
  limit: queryInteger(1, MAX_PAGE)
    .default(50)
    .openapi({ description: `At most ${MAX_PAGE}` }),
  offset: queryInteger(0).default(0),
});

export const SubmissionSourceSchema = z.enum(SUBMISSION_SOURCES).openapi('SubmissionSource');

export const SubmissionSchema = z
  .object({
    id: z.string(),
    source: SubmissionSourceSchema,
    receivedAt: Timestamp,
    startedAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    submittedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    importId: z.string().nullable(),
    answers: AnswersSchema,
  })
  .openapi('SurveySubmission');

export const SubmissionListSchema = z
  .object({
    total: z.number().int(),
    bySource: z
      .object({ enumerator: z.number().int(), public: z.number().int(), import: z.number().int() })
      .openapi({ description: 'How many responses came from each source' }),
    submissions: z.array(SubmissionSchema).openapi({ description: 'Newest first' }),
  })
  .openapi('SurveySubmissionList');

export const ExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});

export const ImportFiles = z.object({
  file: z
    .union([
      z.instanceof(File, { message: 'attach a CSV or XLSX export' }),
      z
        .array(z.instanceof(File, { message: 'attach a CSV or XLSX export' }))
        .min(1)
        .max(20),
    ])
    .openapi({
      description:
        'One XLSX (main sheet and one sheet per repeat), or CSV files: the main one and one per repeat (the field repeated)',
      type: 'string',
      format: 'binary',
    }),
});

export const ResponseIssueSchema = z
  .object({
    sheet: z.string(),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    code: z.string().openapi({ description: 'A key of the `surveyResponses` namespace’s `importIssues`' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string().openapi({ description: 'In English' }),
  })
  .openapi('SurveyResponseIssue');

export const ImportSummarySchema = z
  .object({
    importId: z.string().nullable().openapi({ description: 'null when every response was already there' }),
    imported: z.number().int(),
    skipped: z
      .number()
      .int()
      .openapi({ description: 'Responses already stored (same id): left as they were' }),
    warnings: z.array(ResponseIssueSchema),
  })
  .openapi('SurveyResponsesImportSummary');

export const DeletedSchema = z.object({ deleted: z.number().int() }).openapi('SurveySubmissionsDeleted');
