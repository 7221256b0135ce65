import { z } from '@hono/zod-openapi';
import {
  type Answers,
  ESTIMATE_STATS,
  type FormNode,
  LONELY_PSU_RULES,
  QUESTION_TYPES,
} from '../../../core/survey/types.ts';

/**
 * Zod schemas of the survey vocabulary (`src/core/survey/types.ts`): forms, issues, answers, designs and
 * estimate specs, as the API sends and receives them.
 */

const FormText = z.record(z.string(), z.string()).openapi('FormText', {
  description: 'Text by language key (`default` for a column without a language suffix)',
});

export const FormLanguageSchema = z.object({ key: z.string(), name: z.string() }).openapi('FormLanguage', {
  description: '`label::French (fr)` gives `{ key: "fr", name: "French (fr)" }`',
});

const FormQuestionSchema = z
  .object({
    kind: z.literal('question'),
    row: z.number().int(),
    type: z.enum(QUESTION_TYPES),
    name: z.string(),
    label: FormText,
    hint: FormText,
    listName: z.string().nullable(),
    orOther: z.boolean(),
    required: z.string().nullable(),
    requiredMessage: FormText,
    relevant: z.string().nullable(),
    constraint: z.string().nullable(),
    constraintMessage: FormText,
    calculation: z.string().nullable(),
    default: z.string().nullable(),
    choiceFilter: z.string().nullable(),
    appearance: z.string().nullable(),
    readOnly: z.boolean(),
    parameters: z.object({ start: z.number(), end: z.number(), step: z.number() }).nullable(),
  })
  .openapi('FormQuestion');

const FormGroupSchema = z
  .object({
    kind: z.enum(['group', 'repeat']),
    row: z.number().int(),
    name: z.string(),
    label: FormText,
    relevant: z.string().nullable(),
    appearance: z.string().nullable(),
    repeatCount: z.string().nullable(),
    get children(): z.ZodArray<z.ZodType<FormNode>> {
      return z.array(FormNodeSchema);
    },
  })
  .openapi('FormGroup');

export const FormNodeSchema: z.ZodType<FormNode> = z
  .union([FormQuestionSchema, FormGroupSchema])
  .openapi('FormNode');

export const FormChoiceSchema = z
  .object({
    row: z.number().int(),
    name: z.string(),
    label: FormText,
    filters: z.record(z.string(), z.string()),
  })
  .openapi('FormChoice');

export const SurveyFormSchema = z
  .object({
    title: z.string(),
    formId: z.string(),
    version: z.string().nullable(),
    defaultLanguage: z.string(),
    languages: z.array(FormLanguageSchema),
    children: z.array(FormNodeSchema),
    choices: z.record(z.string(), z.array(FormChoiceSchema)),
  })
  .openapi('SurveyForm');

export const FormIssueSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    sheet: z.string(),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    code: z.string().openapi({ description: 'Message key in the `surveyIssues` namespace' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .openapi('FormIssue');

// ---------------------------------------------------------------------------------------------------
// Answers

/** The largest answers object a submission may carry, as JSON text. */
export const MAX_ANSWERS_CHARS = 256 * 1024;

const AnswerValueSchema = z.union([z.string().max(10_000), z.number(), z.null()]);

export const AnswersSchema: z.ZodType<Answers> = z
  .record(z.string().max(200), z.union([AnswerValueSchema, z.array(z.lazy(() => AnswersSchema)).max(1000)]))
  .openapi('Answers', {
    description:
      'Answers by question name: numbers for integer/decimal/range, strings otherwise (select_multiple: names separated by spaces); a repeat maps to its instances',
  });

const IsoDateTime = z.iso
  .datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-11-23T10:00:00Z' })
  // PostgreSQL stores years 1 to 294276 only; a device clock is never outside these
  .refine(
    (value) => {
      const year = new Date(value).getUTCFullYear();
      return year >= 1900 && year <= 9999;
    },
    { error: 'must fall between the years 1900 and 9999' },
  )
  .openapi({ format: 'date-time', example: '2026-11-23T10:00:00.000Z' });

export const SubmissionPayloadSchema = z
  .object({
    id: z.uuid({ error: 'must be a UUID made on the device' }),
    answers: AnswersSchema.refine((answers) => JSON.stringify(answers).length <= MAX_ANSWERS_CHARS, {
      error: `must be at most ${MAX_ANSWERS_CHARS / 1024} KB as JSON`,
    }),
    startedAt: IsoDateTime.nullable().default(null),
    completedAt: IsoDateTime,
  })
  .openapi('SubmissionPayload');

// ---------------------------------------------------------------------------------------------------
// Design and estimates (as stored on the survey; the analysis routes write them)

const CalibrationMarginSchema = z.object({
  variables: z.array(z.string()).min(1),
  population: z.record(z.string(), z.number()),
});

export const SurveyDesignSchema = z
  .object({
    ids: z.array(z.string()),
    strata: z.string().nullable(),
    weights: z.string().nullable(),
    fpc: z.union([z.array(z.string()), z.string(), z.null()]),
    lonelyPsu: z.enum(LONELY_PSU_RULES).optional(),
    calibration: z
      .union([
        z.object({ method: z.literal('postStratify'), margin: CalibrationMarginSchema }),
        z.object({
          method: z.literal('rake'),
          margins: z.array(CalibrationMarginSchema),
          maxIterations: z.number().int().optional(),
          epsilon: z.number().optional(),
        }),
      ])
      .nullable()
      .optional(),
  })
  .openapi('SurveyDesign');

export const EstimateSpecSchema = z
  .object({
    stat: z.enum(ESTIMATE_STATS),
    variable: z.string(),
    denominator: z.string().nullable().optional(),
    by: z.string().nullable().optional(),
  })
  .openapi('EstimateSpec');
