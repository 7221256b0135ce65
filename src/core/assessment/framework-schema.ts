import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { AGGREGATION_METHODS, type Framework, PEFA_METHODS, SSR_DIMENSIONS } from '../frameworks/types.ts';
import { checkFrameworkConsistency } from './framework-rules.ts';

export const FRAMEWORK_ID_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
const SEMVER_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const requiredOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;

/** Objects reject fields they do not know, so a typo in a custom framework is reported, not lost. */
function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return issue.input === undefined ? 'is required' : 'must be an object';
    },
  });
}

const text = z
  .string({ error: requiredOr('text') })
  .refine((value) => value.trim().length > 0, 'must not be empty');
const finite = z.number({ error: requiredOr('a number') });
const slug = z
  .string({ error: requiredOr('text') })
  .regex(
    FRAMEWORK_ID_PATTERN,
    'must be lowercase letters, digits, ".", "_" or "-" (at most 64, not starting or ending with punctuation)',
  );

export const LocalizedTextSchema = strict({
  en: text,
  fr: text.optional(),
  ar: text.optional(),
  es: text.optional(),
  pt: text.optional(),
});

const LevelSchema = strict({ value: finite, label: text, descriptor: LocalizedTextSchema });
const LevelsSchema = z
  .array(LevelSchema, { error: requiredOr('a list') })
  .min(2, 'needs at least two levels');
const weight = finite.gt(0, 'must be greater than 0').optional();

const ItemSchema = strict({
  id: slug,
  code: text,
  text: LocalizedTextSchema,
  weight,
  levels: LevelsSchema.optional(),
  guidance: LocalizedTextSchema.optional(),
});

const groupFields = {
  id: slug,
  code: text,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  dimension: z.enum(SSR_DIMENSIONS, { error: `must be one of ${SSR_DIMENSIONS.join(', ')}` }).optional(),
  weight,
  pefaMethod: z.enum(PEFA_METHODS, { error: 'must be M1 or M2' }).optional(),
  items: z.array(ItemSchema, { error: requiredOr('a list') }),
};

const SubGroupSchema = strict({
  ...groupFields,
  // The metadata says "never" in the OpenAPI document, which has no such type of its own.
  groups: z
    .never({ error: 'groups nest one level deep at most' })
    .meta({ type: 'null', not: {}, description: 'groups nest one level deep at most' })
    .optional(),
});
const GroupSchema = strict({ ...groupFields, groups: z.array(SubGroupSchema).optional() });

const BandSchema = strict({
  label: text,
  min: finite,
  max: finite,
  description: LocalizedTextSchema.optional(),
});

export const FrameworkSchema = strict({
  id: slug,
  version: z
    .string({ error: requiredOr('text') })
    .regex(SEMVER_PATTERN, 'must be a semantic version like 1.0.0'),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  source: text,
  scale: LevelsSchema.optional(),
  bands: z.array(BandSchema).min(1, 'needs at least one band when present').optional(),
  aggregation: strict({
    method: z.enum(AGGREGATION_METHODS, { error: `must be one of ${AGGREGATION_METHODS.join(', ')}` }),
  }),
  groups: z.array(GroupSchema, { error: requiredOr('a list') }).min(1, 'needs at least one group'),
}).superRefine((framework, ctx) => {
  for (const problem of checkFrameworkConsistency(framework as Framework))
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

/** "groups.2.items.0.weight: must be greater than 0" for the first problem found. */
export function describeFrameworkIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A custom framework from JSON text or an already parsed value; throws `bad_request` naming the path. */
export function parseFramework(json: unknown): Framework {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new AppError('bad_request', `not valid JSON: ${(error as Error).message}`);
    }
  }
  const result = FrameworkSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map(describeFrameworkIssue);
    throw new AppError('bad_request', issues[0] ?? 'invalid framework', { issues });
  }
  return result.data as Framework;
}
