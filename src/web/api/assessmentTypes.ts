// Request and response shapes of the assessment, framework, needs, SWOT and consultation APIs, read from
// the server's schemas and route definitions (type-only imports: nothing of the server is bundled).
import type { z } from 'zod';
import type { Answer } from '../../core/assessment/answers';
import type { NeedStatus } from '../../core/assessment/needs';
import type { SwotKind } from '../../core/assessment/swot';
import type { AssessmentStatus, Side, TeamRole, WorkflowAction } from '../../core/assessment/workflow';
import type { Framework } from '../../core/frameworks/types';
import type {
  AnswerBody,
  AssessmentDetailSchema,
  AssessmentSchema,
  AttachedEvidenceSchema,
  CreateAssessmentBody,
  EvidenceSchema,
  NewReviewCommentSchema,
  RecordedAnswerSchema,
  ReviewCommentSchema,
  SavedAnswerSchema,
  TeamMemberSchema,
  UpdateAssessmentBody,
} from '../../server/modules/assessments/schemas';
import type {
  AssessmentResultsSchema,
  HeatmapSchema,
} from '../../server/modules/assessments/schemas-results';
import type {
  ConsultationSchema,
  CreateConsultationBody,
  UpdateConsultationBody,
} from '../../server/modules/consultations/schemas';
import type { FrameworkSummarySchema } from '../../server/modules/frameworks/schemas';
import type { routes as needRoutes } from '../../server/modules/needs/routes';
import type { routes as swotRoutes } from '../../server/modules/swot/routes';
import type { BodyOf, ResponseOf } from './contract';

export type { Answer, AssessmentStatus, Framework, NeedStatus, Side, SwotKind, TeamRole, WorkflowAction };

/** Localised text as the API sends it: English always, other languages when translated. */
export type TextByLanguage = Record<string, string>;

/** The confidence levels an answer may carry (the server's list, in its answer schema). */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];
export type Confidence = NonNullable<RecordedAnswer['confidence']>;

/** Kinds of source behind a piece of evidence (the server's list, in src/server/modules/assessments). */
export const EVIDENCE_SOURCES = [
  'desk_research',
  'interview',
  'consultation',
  'data_analysis',
  'survey',
  'comparative_analysis',
] as const satisfies readonly EvidenceSource[];
export type EvidenceSource = Evidence['sourceType'];

export type FrameworkSummary = z.output<typeof FrameworkSummarySchema>;
export type Assessment = z.output<typeof AssessmentSchema>;
export type TeamMemberInput = z.input<typeof TeamMemberSchema>;
export type TeamMember = AssessmentDetail['team'][number];
export type NewAssessmentInput = z.input<typeof CreateAssessmentBody>;
export type AssessmentPatch = z.input<typeof UpdateAssessmentBody>;
export type AnswerInput = z.input<typeof AnswerBody>;
export type SavedAnswer = z.output<typeof SavedAnswerSchema>;
export type RecordedAnswer = z.output<typeof RecordedAnswerSchema>;
export type NewReviewComment = z.output<typeof NewReviewCommentSchema>;
export type ReviewComment = z.output<typeof ReviewCommentSchema>;
export type AttachedEvidence = z.output<typeof AttachedEvidenceSchema>;
export type Evidence = z.output<typeof EvidenceSchema>;
export type AssessmentDetail = z.output<typeof AssessmentDetailSchema>;
export type AssessmentResults = z.output<typeof AssessmentResultsSchema>;
export type Heatmap = z.output<typeof HeatmapSchema>;

export type Need = ResponseOf<typeof needRoutes.list>['needs'][number];
export type NeedInput = BodyOf<typeof needRoutes.create>;
export type NeedPatch = BodyOf<typeof needRoutes.update>;
export type NeedsGenerated = ResponseOf<typeof needRoutes.generate>;

export type Swot = ResponseOf<typeof swotRoutes.get>;
export type SwotEntry = ResponseOf<typeof swotRoutes.create, 201>['entry'];

export type ConsultationInput = z.input<typeof CreateConsultationBody>;
export type ConsultationPatch = z.input<typeof UpdateConsultationBody>;
export type Consultation = z.output<typeof ConsultationSchema>;
export type LinkedItem = Consultation['linkedItems'][number];
