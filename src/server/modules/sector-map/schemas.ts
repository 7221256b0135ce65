import { z } from '@hono/zod-openapi';
import {
  ACTOR_CATEGORIES,
  ACTOR_LEVELS,
  CATEGORY_GROUPS,
  NAME_TRANSLATION_LANGUAGES,
} from '../../../core/sector-map/categories.ts';
import { TEXT_LIMITS } from '../../../core/sector-map/limits.ts';
import { OVERSIGHT_KINDS, RELATION_STATUSES, RELATION_TYPES } from '../../../core/sector-map/relations.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const CategorySchema = z.enum(ACTOR_CATEGORIES).openapi('ActorCategory');
export const CategoryGroupSchema = z.enum(CATEGORY_GROUPS).openapi('ActorCategoryGroup');
export const LevelSchema = z.enum(ACTOR_LEVELS);
export const RelationTypeSchema = z.enum(RELATION_TYPES).openapi('RelationType');
export const OversightKindSchema = z.enum(OVERSIGHT_KINDS).openapi('OversightKind');
export const RelationStatusSchema = z.enum(RELATION_STATUSES).openapi('RelationStatus');

const translationShape = Object.fromEntries(
  NAME_TRANSLATION_LANGUAGES.map((language) => [
    language,
    z.string().trim().max(TEXT_LIMITS.name).optional(),
  ]),
) as Record<(typeof NAME_TRANSLATION_LANGUAGES)[number], z.ZodOptional<z.ZodString>>;
export const NameTranslationsSchema = z
  .object(translationShape)
  .strict()
  .openapi('NameTranslations', { description: 'The name in other languages (fr, ar, es, pt)' });

export const ActorRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nameTranslations: NameTranslationsSchema,
    acronym: z.string().nullable(),
    category: CategorySchema,
    group: CategoryGroupSchema,
  })
  .openapi('ActorRef');

export const ActorSchema = ActorRefSchema.extend({
  statutory: z.boolean(),
  level: LevelSchema,
  region: z.string().nullable(),
  legalBasis: z.string().nullable(),
  mandate: z.string().nullable(),
  headcountTotal: z.number().int().nullable(),
  headcountWomen: z.number().int().nullable(),
  parentId: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: VersionField,
}).openapi('Actor');

const text = (max: number) => z.string().trim().max(max).nullable().optional();
const headcount = z.number().int().min(0).max(100_000_000).nullable().optional();

const actorFields = {
  name: z.string().trim().min(1, 'is required').max(TEXT_LIMITS.name),
  nameTranslations: NameTranslationsSchema.optional(),
  acronym: text(TEXT_LIMITS.acronym),
  category: CategorySchema,
  statutory: z.boolean().optional().openapi({ description: 'Defaults from the category' }),
  level: LevelSchema.optional(),
  region: text(TEXT_LIMITS.region),
  legalBasis: text(TEXT_LIMITS.legalBasis),
  mandate: text(TEXT_LIMITS.mandate),
  headcountTotal: headcount,
  headcountWomen: headcount,
  parentId: z.string().nullable().optional(),
};

export const ActorInputSchema = z
  .object(actorFields)
  .strict()
  .openapi('ActorInput', {
    example: { name: 'Kasora National Police', acronym: 'KNP', category: 'police', headcountTotal: 14200 },
  });
export const ActorPatchSchema = z
  .object({ ...actorFields, name: actorFields.name.optional(), category: CategorySchema.optional() })
  .strict()
  .openapi('ActorPatch');

export const RelationSchema = z
  .object({
    id: z.string(),
    sourceActorId: z.string(),
    targetActorId: z.string(),
    source: ActorRefSchema,
    target: ActorRefSchema,
    type: RelationTypeSchema,
    oversightKind: OversightKindSchema.nullable(),
    status: RelationStatusSchema,
    evidence: z.string().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('ActorRelation');

const relationFields = {
  sourceActorId: z.string().min(1, 'is required'),
  targetActorId: z.string().min(1, 'is required'),
  type: RelationTypeSchema,
  oversightKind: OversightKindSchema.nullable().optional().openapi({
    description: 'Required for oversight relations, absent otherwise',
  }),
  status: RelationStatusSchema.optional(),
  evidence: text(TEXT_LIMITS.evidence),
};
export const RelationInputSchema = z.object(relationFields).strict().openapi('RelationInput');
export const RelationPatchSchema = z
  .object({
    ...relationFields,
    sourceActorId: relationFields.sourceActorId.optional(),
    targetActorId: relationFields.targetActorId.optional(),
    type: RelationTypeSchema.optional(),
  })
  .strict()
  .openapi('RelationPatch');

export const OverseerSchema = z.object({
  kind: OversightKindSchema,
  status: RelationStatusSchema,
  overseer: ActorRefSchema,
  via: ActorRefSchema.openapi({ description: 'The actor the oversight points at: the actor or a parent' }),
});

export const OversightCoverageSchema = z
  .object({
    actor: ActorRefSchema,
    missing: z.array(OversightKindSchema),
    weak: z.array(OversightKindSchema),
    overseers: z.array(OverseerSchema),
  })
  .openapi('OversightCoverage');

export const RelationWithOtherSchema = z.object({
  id: z.string(),
  type: RelationTypeSchema,
  oversightKind: OversightKindSchema.nullable(),
  status: RelationStatusSchema,
  evidence: z.string().nullable(),
  other: ActorRefSchema,
});

export const ActorProfileSchema = z
  .object({
    actor: ActorSchema,
    parent: ActorRefSchema.nullable(),
    children: z.array(ActorRefSchema),
    outgoing: z.array(RelationWithOtherSchema),
    incoming: z.array(RelationWithOtherSchema),
    oversight: OversightCoverageSchema.nullable().openapi({
      description: 'Oversight coverage, for armed actors only (null for the others)',
    }),
  })
  .openapi('ActorProfile');

export const GraphSchema = z
  .object({
    nodes: z.array(
      ActorRefSchema.extend({
        statutory: z.boolean(),
        parentId: z.string().nullable(),
        missingOversight: z.array(OversightKindSchema),
      }),
    ),
    edges: z.array(
      z.object({
        id: z.string(),
        source: z.string(),
        target: z.string(),
        type: RelationTypeSchema,
        oversightKind: OversightKindSchema.nullable(),
        status: RelationStatusSchema,
        evidence: z.string().nullable(),
      }),
    ),
  })
  .openapi('SectorGraph');

export const OversightGapsSchema = z
  .object({
    requiredKinds: z.array(OversightKindSchema).openapi({
      description:
        'The rule in use: the workspace setting requiredOversightKinds, the kinds an armed actor must be under',
    }),
    assessedCount: z.number().int(),
    gapCount: z.number().int(),
    coverage: z.array(OversightCoverageSchema),
  })
  .openapi('OversightGaps');

export const ActorParams = SlugParam.extend({
  actorId: z.string().openapi({ param: { name: 'actorId', in: 'path' } }),
});
export const RelationParams = SlugParam.extend({
  relationId: z.string().openapi({ param: { name: 'relationId', in: 'path' } }),
});

export const ImportResultSchema = z.object({ imported: z.number().int() }).openapi('ImportResult');
