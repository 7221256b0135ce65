// Response shapes of the assessment, framework, needs, SWOT and consultation APIs
// (server: src/server/modules/{assessments,frameworks,needs,swot,consultations}).
import type { AssessmentAggregation } from '../../core/assessment/aggregate';
import type { Answer } from '../../core/assessment/answers';
import type { BaselineComparison } from '../../core/assessment/baseline';
import type { Consolidation } from '../../core/assessment/consolidate';
import type { GapAnalysis } from '../../core/assessment/gaps';
import type { NeedStatus } from '../../core/assessment/needs';
import type { SwotKind } from '../../core/assessment/swot';
import type { AssessmentStatus, Side, TeamRole, WorkflowAction } from '../../core/assessment/workflow';
import type { ConsultationFormat, ParticipantGroup } from '../../core/consultation/participants';
import type { Framework, SsrDimension } from '../../core/frameworks/types';

export type { Answer, AssessmentStatus, Framework, NeedStatus, Side, SwotKind, TeamRole, WorkflowAction };

/** Localised text as the API sends it: English always, other languages when translated. */
export type TextByLanguage = Record<string, string>;

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** Kinds of source behind a piece of evidence (the server's list, in src/server/modules/assessments). */
export const EVIDENCE_SOURCES = [
  'desk_research',
  'interview',
  'consultation',
  'data_analysis',
  'survey',
  'comparative_analysis',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export interface FrameworkSummary {
  id: string;
  version: string;
  name: TextByLanguage;
  description: TextByLanguage;
  source: string;
  items: number;
  builtIn: boolean;
}

export interface Assessment {
  id: string;
  title: string;
  framework: { id: string; version: string; name: TextByLanguage; items: number };
  scope: 'sector' | 'actors';
  scopeActorIds: string[];
  leadSide: Side;
  status: AssessmentStatus;
  isBaseline: boolean;
  baselineId: string | null;
  validatedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TeamMemberInput {
  userId: string;
  side: Side;
  teamRole: TeamRole;
}

export interface TeamMember extends TeamMemberInput {
  id: string;
  name: string;
}

export interface NewAssessmentInput {
  title: string;
  frameworkId: string;
  scope: 'sector' | 'actors';
  scopeActorIds?: string[];
  leadSide: Side;
  baselineId?: string | null;
  team: TeamMemberInput[];
}

export interface AnswerInput {
  answer: Answer;
  confidence?: Confidence | null;
  comment?: string | null;
}

export interface RecordedAnswer {
  itemId: string;
  assessorId: string;
  answer: Answer;
  confidence: Confidence | null;
  comment: string | null;
  updatedAt: string;
}

export interface ReviewComment {
  id: string;
  itemId: string;
  reviewer: { id: string; name: string };
  body: string;
  resolved: boolean;
  createdAt: string;
}

export interface Evidence {
  id: string;
  itemId: string;
  sourceType: EvidenceSource;
  description: string;
  fileName: string | null;
  fileType: string | null;
  fileSize: number | null;
  addedBy: string;
  addedByName: string;
  createdAt: string;
}

export interface AssessmentDetail {
  assessment: Assessment;
  framework: Framework;
  team: TeamMember[];
  myTeamRole: TeamRole | null;
  answers: RecordedAnswer[];
  reviewComments: ReviewComment[];
  evidence: Evidence[];
}

export interface AssessmentResults {
  aggregation: AssessmentAggregation;
  consolidation: Consolidation;
  gaps: GapAnalysis;
  baseline: { id: string; title: string; comparison: BaselineComparison } | null;
}

export interface Heatmap {
  framework: { id: string; version: string; name: TextByLanguage };
  range: { min: number; max: number } | null;
  groups: Array<{ id: string; code: string; name: TextByLanguage; dimension: SsrDimension | null }>;
  rows: Array<{
    actor: { id: string; name: string; acronym: string | null };
    assessment: { id: string; title: string; status: AssessmentStatus };
    scores: Record<string, number | null>;
    overall: number | null;
  }>;
}

export interface Need {
  id: string;
  title: string;
  description: string | null;
  severity: number;
  importance: number;
  priority: number;
  status: NeedStatus;
  assessmentId: string | null;
  itemId: string | null;
  actorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NeedInput {
  title: string;
  description?: string | null;
  severity: number;
  importance: number;
  status?: NeedStatus;
  actorId?: string | null;
}

export interface SwotEntry {
  id: string;
  kind: SwotKind;
  text: string;
  assessmentId: string | null;
  createdAt: string;
}

export interface Swot {
  strengths: SwotEntry[];
  weaknesses: SwotEntry[];
  opportunities: SwotEntry[];
  threats: SwotEntry[];
}

export interface LinkedItem {
  assessmentId: string;
  itemId: string;
}

export interface ConsultationInput {
  heldOn: string;
  place: string;
  format: ConsultationFormat;
  participants: ParticipantGroup[];
  topics: string[];
  findings: string;
  linkedItems: LinkedItem[];
}

export interface Consultation extends ConsultationInput {
  id: string;
  totals: { women: number; men: number; other: number; all: number };
  womenShare: number | null;
  createdAt: string;
  updatedAt: string;
}
