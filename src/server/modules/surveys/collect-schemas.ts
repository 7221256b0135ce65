import { z } from '@hono/zod-openapi';
import { IsoDate, SlugParam, Timestamp } from '../../http/schemas.ts';
import { SurveyFormSchema } from './form-schemas.ts';
import { SurveyStatusSchema } from './surveys-schemas.ts';

export const PublicSurveyParams = SlugParam.extend({
  token: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The public link’s secret' }),
});

const Today = IsoDate.openapi({
  description: 'The server’s date (YYYY-MM-DD), for `today()` in the form’s expressions',
});

export const CollectFormSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: SurveyStatusSchema,
    form: SurveyFormSchema,
    today: Today,
  })
  .openapi('SurveyCollectForm');

export const PublicFormSchema = z
  .object({ title: z.string(), form: SurveyFormSchema, today: Today })
  .openapi('SurveyPublicForm');

export const SubmissionReceiptSchema = z
  .object({
    id: z.string(),
    receivedAt: Timestamp,
    duplicate: z.boolean().openapi({ description: 'True when this id had already been received' }),
  })
  .openapi('SubmissionReceipt');

/** One problem with the answers, as `validateSubmission` reports it: `code` is a `surveyIssues` key. */
export const AnswerErrorSchema = z
  .object({
    path: z.string().openapi({ description: 'The question, e.g. `age` or `members[2]/name`' }),
    code: z.string().openapi({ description: 'A `surveyCollect` message key (`required`, `constraint`, …)' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z
      .record(z.string(), z.string())
      .nullable()
      .openapi({ description: 'The form’s own message for it, by language, when it has one' }),
  })
  .openapi('SurveyAnswerError');
