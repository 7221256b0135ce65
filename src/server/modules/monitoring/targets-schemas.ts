import { z } from '@hono/zod-openapi';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { NameTranslationsSchema } from '../sector-map/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const TARGET_KINDS = ['baseline', 'target'] as const;

export const TargetParams = SlugParam.extend({
  targetId: z.string().openapi({ param: { name: 'targetId', in: 'path' } }),
});

const targetFields = {
  kind: z.enum(TARGET_KINDS),
  period: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(20)
    .openapi({ description: 'An ISO period: 2026, 2026Q1, 2026-03, 2026W10, 2026July…', example: '2026' }),
  orgUnitId: z.string().min(1, 'is required').max(100),
  disaggregation: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({ description: "'' for the total, or CATEGORY=OPTION (codes), e.g. SEX=F", example: '' }),
  value: z.number().finite().min(-1e15).max(1e15),
};

export const CreateTargetBody = z
  .object(targetFields)
  .strict()
  .openapi('CreateMonitoringTarget', {
    example: { kind: 'target', period: '2027', orgUnitId: 'national', value: 25 },
  });

export const UpdateTargetBody = z
  .object({
    kind: targetFields.kind.optional(),
    period: targetFields.period.optional(),
    orgUnitId: targetFields.orgUnitId.optional(),
    disaggregation: targetFields.disaggregation,
    value: targetFields.value.optional(),
  })
  .strict()
  .openapi('UpdateMonitoringTarget');

const NamedCode = z.object({ code: z.string(), name: z.string(), nameTranslations: NameTranslationsSchema });

export const TargetSchema = z
  .object({
    id: z.string(),
    indicatorId: z.string(),
    kind: z.enum(TARGET_KINDS),
    period: z.string().openapi({ description: 'Canonical ISO period' }),
    orgUnit: z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      nameTranslations: NameTranslationsSchema,
    }),
    disaggregation: z.string(),
    value: z.number(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('MonitoringTarget');

export const TargetListSchema = z
  .object({
    targets: z
      .array(TargetSchema)
      .openapi({ description: 'By period, then org unit, kind and disaggregation' }),
    disaggregations: z
      .array(NamedCode.extend({ options: z.array(NamedCode) }))
      .openapi({ description: 'Categories of the data elements the indicator uses, for CATEGORY=OPTION' }),
  })
  .openapi('MonitoringTargets');

export const TargetBodySchema = z.object({ target: TargetSchema });
