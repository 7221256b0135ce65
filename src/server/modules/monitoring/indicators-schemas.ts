import { z } from '@hono/zod-openapi';
import { EXPRESSION_ERROR_CODES } from '../../../core/indicators/expression.ts';
import { PERIOD_TYPES } from '../../../core/indicators/periods.ts';
import {
  DIRECTIONS,
  FACTORS,
  INDICATOR_KINDS,
  INDICATOR_LEVELS,
  RESULT_LEVELS,
} from '../../../core/indicators/types.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { NameTranslationsSchema } from '../sector-map/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const IndicatorParams = SlugParam.extend({
  indicatorId: z.string().openapi({ param: { name: 'indicatorId', in: 'path' } }),
});

const text = (max: number) => z.string().trim().max(max);
const expression = text(2000).min(1, 'is required').openapi({
  description: 'DHIS2 syntax: #{DATA_ELEMENT} or #{DATA_ELEMENT.COMBO} with + - * / and parentheses',
  example: '#{POLICE_STAFF.F}',
});
const share = z.number().gt(0, 'must be above 0').max(1, 'must be at most 1');

const indicatorFields = {
  code: text(50).min(1, 'is required'),
  name: text(300).min(1, 'is required'),
  nameTranslations: NameTranslationsSchema.optional(),
  description: text(5000).nullable().optional(),
  level: z.enum(INDICATOR_LEVELS),
  kind: z.enum(INDICATOR_KINDS),
  numerator: expression,
  denominator: expression.optional().openapi({ description: 'Defaults to "1"' }),
  factor: z
    .number()
    .int()
    .refine((value) => (FACTORS as readonly number[]).includes(value), `must be one of ${FACTORS.join(', ')}`)
    .optional(),
  direction: z.enum(DIRECTIONS).optional(),
  dataSource: text(500).nullable().optional(),
  frequency: z.enum(PERIOD_TYPES).optional(),
  responsibleActorId: z.string().min(1).max(100).nullable().optional(),
  resultId: z.string().min(1).max(100).nullable().optional(),
  onTrackFrom: share
    .optional()
    .openapi({ description: 'Share of the expected progress from which the indicator is on track' }),
  atRiskFrom: share.optional().openapi({ description: 'Share from which it is at risk; below, off track' }),
};

export const CreateIndicatorBody = z
  .object(indicatorFields)
  .strict()
  .openapi('CreateMonitoringIndicator', {
    example: {
      code: 'WOMEN_POLICE',
      name: "Women's share of police staff",
      level: 'outcome',
      kind: 'administrative',
      numerator: '#{POLICE_STAFF.F}',
      denominator: '#{POLICE_STAFF}',
      factor: 100,
    },
  });

export const UpdateIndicatorBody = z
  .object({
    ...indicatorFields,
    code: indicatorFields.code.optional(),
    name: indicatorFields.name.optional(),
    level: indicatorFields.level.optional(),
    kind: indicatorFields.kind.optional(),
    numerator: indicatorFields.numerator.optional(),
  })
  .strict()
  .openapi('UpdateMonitoringIndicator');

export const IndicatorSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    nameTranslations: NameTranslationsSchema,
    description: z.string().nullable(),
    level: z.enum(INDICATOR_LEVELS),
    kind: z.enum(INDICATOR_KINDS),
    numerator: z.string(),
    denominator: z.string(),
    factor: z.number().int(),
    direction: z.enum(DIRECTIONS),
    dataSource: z.string().nullable(),
    frequency: z.enum(PERIOD_TYPES),
    responsibleActor: z
      .object({ id: z.string(), name: z.string(), nameTranslations: NameTranslationsSchema })
      .nullable(),
    result: z
      .object({ id: z.string(), code: z.string(), title: z.string(), level: z.enum(RESULT_LEVELS) })
      .nullable(),
    onTrackFrom: z.number(),
    atRiskFrom: z.number(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('MonitoringIndicator');

export const IndicatorListSchema = z
  .object({ indicators: z.array(IndicatorSchema) })
  .openapi('MonitoringIndicators');
export const IndicatorBodySchema = z.object({ indicator: IndicatorSchema });

export const CheckExpressionBody = z
  .object({ expression: text(2000) })
  .strict()
  .openapi('CheckIndicatorExpression', { example: { expression: '#{POLICE_STAFF.F} / 2' } });

export const ExpressionCheckSchema = z
  .object({
    valid: z.boolean(),
    message: z.string().optional().openapi({ description: 'Why it is not valid (English)' }),
    position: z.number().int().optional().openapi({ description: '0-based character of a syntax error' }),
    code: z
      .enum([...EXPRESSION_ERROR_CODES, 'unknown_data_element', 'ambiguous_data_element', 'unknown_combo'])
      .optional()
      .openapi({ description: 'Why it is not valid, for a translated message' }),
    params: z
      .object({
        operand: z.string().optional(),
        character: z.string().optional(),
        operator: z.string().optional(),
        dataElement: z.string().optional(),
        combo: z.string().optional(),
      })
      .optional(),
    operands: z.array(
      z.object({
        dataElement: z.string().openapi({ description: "The element's code" }),
        name: z.string(),
        combo: z.string().nullable().openapi({ description: 'null: every combo, summed' }),
      }),
    ),
  })
  .openapi('IndicatorExpressionCheck');
