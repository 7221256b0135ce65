import { z } from '@hono/zod-openapi';
import { FrameworkSchema } from '../../../core/assessment/framework-schema.ts';
import type { Framework } from '../../../core/frameworks/types.ts';

/**
 * A framework definition: the same schema custom frameworks are checked with on import, typed as the
 * core `Framework` (the schema's own inferred type spells nested groups less precisely).
 */
export const FrameworkDefinitionSchema = FrameworkSchema.openapi('Framework', {
  description: 'A framework definition: groups, items, rubric levels, bands and the aggregation rule',
}) as unknown as z.ZodType<Framework>;

export const FrameworkSummarySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    name: z.record(z.string(), z.string()),
    description: z.record(z.string(), z.string()),
    source: z.string(),
    items: z.number().int(),
    builtIn: z.boolean(),
  })
  .openapi('FrameworkSummary');
