import { z } from '@hono/zod-openapi';
import { SlugParam } from '../../http/schemas.ts';
import { CaseStatusSchema } from './case-schemas.ts';

export const StatisticsQuery = z.object({
  year: z.coerce
    .number()
    .int('must be a whole number')
    .min(2000, 'must be at least 2000')
    .max(9999, 'must be at most 9999')
    .optional()
    .openapi({ description: 'Only reports received in this calendar year (UTC)' }),
});

export const StatisticsParams = SlugParam;

export const CellSchema = z
  .object({
    count: z.number().int().nullable().openapi({ description: 'null when suppressed' }),
    suppressed: z.boolean(),
  })
  .openapi('IntegrityStatisticsCell', {
    description:
      'A count; counts from 1 to threshold − 1 are suppressed so no small group can be singled out',
  });

export const StatisticsSchema = z
  .object({
    threshold: z.number().int().openapi({ description: 'Counts below it (and above zero) are suppressed' }),
    year: z.number().int().nullable(),
    total: CellSchema,
    byType: z
      .array(z.object({ code: z.string(), cell: CellSchema }))
      .openapi({ description: 'Untriaged reports under the code `unclassified`' }),
    byInstitution: z
      .array(
        z.object({ institutionId: z.string().nullable(), name: z.string().nullable(), cell: CellSchema }),
      )
      .openapi({ description: 'Untriaged reports under institution null' }),
    byStatus: z.array(z.object({ status: CaseStatusSchema, cell: CellSchema })),
  })
  .openapi('IntegrityStatistics');
