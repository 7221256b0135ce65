import { z } from '@hono/zod-openapi';
import { SIDES, TEAM_ROLES } from '../../../core/assessment/workflow.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { VersionField } from '../shared/row-version.ts';

export const AssessmentParams = SlugParam.extend({
  assessmentId: z.string().openapi({ param: { name: 'assessmentId', in: 'path' } }),
});
export const ItemParams = AssessmentParams.extend({
  itemId: z.string().openapi({ param: { name: 'itemId', in: 'path' } }),
});

export const TeamMemberSchema = z.object({
  userId: z.string().min(1),
  side: z.enum(SIDES),
  teamRole: z.enum(TEAM_ROLES),
});

export const AssessmentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    framework: z.object({
      id: z.string(),
      version: z.string(),
      name: z.record(z.string(), z.string()),
      items: z.number().int(),
    }),
    scope: z.string(),
    scopeActorIds: z.array(z.string()),
    leadSide: z.string(),
    status: z.string(),
    isBaseline: z.boolean(),
    baselineId: z.string().nullable(),
    validatedAt: Timestamp.nullable(),
    publishedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('Assessment');

export const SubmitReadinessSchema = z
  .object({
    unansweredCount: z.number().int(),
    unanswered: z.array(
      z.object({ itemId: z.string(), code: z.string(), text: z.record(z.string(), z.string()) }),
    ),
    hasReviewer: z.boolean(),
  })
  .openapi('SubmitReadiness');

const title = z.string().trim().min(3, 'must be at least 3 characters').max(200);
const scope = z.enum(['sector', 'actors']);

export const CreateAssessmentBody = z
  .object({
    title,
    frameworkId: z.string().min(1),
    frameworkVersion: z.string().optional(),
    scope,
    scopeActorIds: z.array(z.string()).max(500).optional(),
    leadSide: z.enum(SIDES),
    baselineId: z.string().nullable().optional(),
    team: z.array(TeamMemberSchema).min(1).max(50),
  })
  .strict()
  .openapi('CreateAssessment');

export const UpdateAssessmentBody = z
  .object({
    title: title.optional(),
    scope: scope.optional(),
    scopeActorIds: z.array(z.string()).max(500).optional(),
    leadSide: z.enum(SIDES).optional(),
    team: z.array(TeamMemberSchema).min(1).max(50).optional(),
  })
  .strict();

export const AnswerBody = z
  .object({
    answer: z.union([z.number(), z.literal('na'), z.literal('insufficient_evidence')]),
    confidence: z.enum(['low', 'medium', 'high']).nullable().optional(),
    comment: z.string().max(5000).nullable().optional(),
  })
  .strict();

/** Framework definitions and engine results are documented by their TypeScript types in src/core. */
export const Opaque = (description: string) => z.unknown().openapi({ description });
