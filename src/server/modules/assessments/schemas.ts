import { z } from '@hono/zod-openapi';
import { ASSESSMENT_STATUSES, SIDES, TEAM_ROLES } from '../../../core/assessment/workflow.ts';
import { SlugParam, Timestamp } from '../../http/schemas.ts';
import { FrameworkDefinitionSchema } from '../frameworks/schemas.ts';
import { VersionField } from '../shared/row-version.ts';
import { EVIDENCE_SOURCES } from './evidence.ts';
import { AnswerValueSchema } from './schemas-results.ts';

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
    scope: z.enum(['sector', 'actors']),
    scopeActorIds: z.array(z.string()),
    leadSide: z.enum(SIDES),
    status: z.enum(ASSESSMENT_STATUSES),
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

export const ConfidenceSchema = z.enum(['low', 'medium', 'high']);
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
    answer: AnswerValueSchema,
    confidence: ConfidenceSchema.nullable().optional(),
    comment: z.string().max(5000).nullable().optional(),
  })
  .strict();

/** One assessor's answer to one item, as the PUT that records it returns it. */
export const SavedAnswerSchema = z
  .object({
    itemId: z.string(),
    assessorId: z.string(),
    answer: AnswerValueSchema,
    confidence: ConfidenceSchema.nullable(),
    comment: z.string().nullable(),
  })
  .openapi('SavedAnswer');
export const RecordedAnswerSchema = SavedAnswerSchema.extend({ updatedAt: Timestamp }).openapi(
  'RecordedAnswer',
);

export const NewReviewCommentSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    body: z.string(),
    resolved: z.boolean(),
    createdAt: Timestamp,
  })
  .openapi('NewReviewComment');
export const ReviewCommentSchema = NewReviewCommentSchema.extend({
  reviewer: z.object({ id: z.string(), name: z.string() }),
}).openapi('ReviewComment');

/** Evidence as the upload returns it; the assessment lists it with its type and who added it. */
export const AttachedEvidenceSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    sourceType: z.enum(EVIDENCE_SOURCES),
    description: z.string(),
    fileName: z.string().nullable(),
    fileSize: z.number().int().nullable(),
    createdAt: Timestamp,
  })
  .openapi('AttachedEvidence');
export const EvidenceSchema = AttachedEvidenceSchema.extend({
  fileType: z.string().nullable(),
  addedBy: z.string(),
  addedByName: z.string(),
}).openapi('Evidence');

export const AssessmentDetailSchema = z
  .object({
    assessment: AssessmentSchema,
    framework: FrameworkDefinitionSchema,
    team: z.array(TeamMemberSchema.extend({ id: z.string(), name: z.string() })),
    myTeamRole: z.enum(TEAM_ROLES).nullable(),
    answers: z.array(RecordedAnswerSchema),
    reviewComments: z.array(ReviewCommentSchema),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('AssessmentDetail');
