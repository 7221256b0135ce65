import { z } from '@hono/zod-openapi';
import { INDICATOR_LEVELS, RESULT_LEVELS } from '../../../core/indicators/types.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { NameTranslationsSchema } from '../sector-map/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const ResultParams = SlugParam.extend({
  resultId: z.string().openapi({ param: { name: 'resultId', in: 'path' } }),
});

const id = z.string().trim().min(1, 'is required').max(100);
const text = (max: number) => z.string().trim().max(max);

const AssessmentItemRef = z
  .object({ frameworkId: id, itemId: id })
  .strict()
  .openapi('ResultAssessmentItemRef', { description: 'An assessment criterion used as a measure' });

const resultFields = {
  parentId: id.nullable().optional().openapi({ description: 'The result this one contributes to' }),
  level: z.enum(RESULT_LEVELS),
  code: text(50).min(1, 'is required'),
  title: text(500).min(1, 'is required'),
  description: text(5000).nullable().optional(),
  planItemIds: z.array(id).max(200).optional(),
  assessmentItems: z.array(AssessmentItemRef).max(200).optional(),
};

export const CreateResultBody = z
  .object(resultFields)
  .strict()
  .openapi('CreateMonitoringResult', {
    example: { level: 'outcome', code: 'OC1', title: 'Citizens trust the police more' },
  });

export const UpdateResultBody = z
  .object({
    ...resultFields,
    level: resultFields.level.optional(),
    code: resultFields.code.optional(),
    title: resultFields.title.optional(),
  })
  .strict()
  .openapi('UpdateMonitoringResult', {
    description: 'Links (plan items, assessment items) are replaced when given',
  });

export const ResultSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    depth: z.number().int().openapi({ description: '0 for a root of the chain' }),
    level: z.enum(RESULT_LEVELS),
    code: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    planItems: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), planId: z.string() })),
    assessmentItems: z.array(
      z.object({
        frameworkId: z.string(),
        itemId: z.string(),
        code: z.string().nullable(),
        label: z
          .string()
          .nullable()
          .openapi({ description: "The item's text in the reader's language; null when it is gone" }),
        frameworkName: z.string().nullable(),
      }),
    ),
    indicators: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        nameTranslations: NameTranslationsSchema,
        level: z.enum(INDICATOR_LEVELS),
      }),
    ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('MonitoringResult');

export const ResultsWarningSchema = z
  .object({
    key: z.enum(['inputsOnly']).openapi({
      description: 'inputsOnly: the indicators measure only inputs and outputs, nothing about outcomes',
    }),
  })
  .openapi('MonitoringResultsWarning');

export const ResultsListSchema = z
  .object({
    results: z
      .array(ResultSchema)
      .openapi({ description: 'The chain depth first: each result follows its parent, siblings by code' }),
    warnings: z.array(ResultsWarningSchema),
  })
  .openapi('MonitoringResults');

export const ResultBodySchema = z.object({ result: ResultSchema });
