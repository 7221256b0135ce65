// Typed client for the "Assess" area: frameworks, assessments (scoring, workflow, evidence, review,
// results, heat map), needs, SWOT analyses and consultations.

import type { routes as workflowRoutes } from '../../server/modules/assessments/routes-workflow';
import type {
  AnswerInput,
  Assessment,
  AssessmentDetail,
  AssessmentResults,
  AttachedEvidence,
  Consultation,
  ConsultationInput,
  ConsultationPatch,
  EvidenceSource,
  Framework,
  FrameworkSummary,
  Heatmap,
  Need,
  NeedInput,
  NeedPatch,
  NeedStatus,
  NeedsGenerated,
  NewAssessmentInput,
  NewReviewComment,
  SavedAnswer,
  Swot,
  SwotEntry,
  SwotKind,
  WorkflowAction,
} from './assessmentTypes';
import type { ResponseOf } from './contract';
import { apiPostForm, apiRequest, apiUpload, queryString } from './http';

const ws = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}`;
const id = (value: string) => encodeURIComponent(value);
const one = (slug: string, assessmentId: string) => `${ws(slug)}/assessments/${id(assessmentId)}`;

export interface EvidenceUpload {
  itemId: string;
  sourceType: EvidenceSource;
  description: string;
  file: File | null;
}

export type ReportFormat = 'pdf' | 'xlsx';

export const assessApi = {
  listFrameworks: (slug: string) =>
    apiRequest<{ frameworks: FrameworkSummary[] }>('GET', `${ws(slug)}/frameworks`),
  getFramework: (slug: string, frameworkId: string) =>
    apiRequest<{ framework: Framework }>('GET', `${ws(slug)}/frameworks/${id(frameworkId)}`),
  importFramework: (slug: string, file: File) =>
    apiUpload<{ framework: FrameworkSummary }>(`${ws(slug)}/frameworks/import`, file),
  /** A plain link: the browser downloads it with the session cookie. */
  frameworkExportUrl: (slug: string, frameworkId: string, format: 'json' | 'xlsx') =>
    `${ws(slug)}/frameworks/${id(frameworkId)}/export?format=${format}`,

  listAssessments: (slug: string) =>
    apiRequest<{ assessments: Assessment[] }>('GET', `${ws(slug)}/assessments`),
  createAssessment: (slug: string, input: NewAssessmentInput) =>
    apiRequest<{ assessment: Assessment }>('POST', `${ws(slug)}/assessments`, input),
  getAssessment: (slug: string, assessmentId: string) =>
    apiRequest<AssessmentDetail>('GET', one(slug, assessmentId)),
  results: (slug: string, assessmentId: string) =>
    apiRequest<AssessmentResults>('GET', `${one(slug, assessmentId)}/results`),
  heatmap: (slug: string, frameworkId: string) =>
    apiRequest<Heatmap>('GET', `${ws(slug)}/assessments/heatmap${queryString({ frameworkId })}`),

  saveAnswer: (slug: string, assessmentId: string, itemId: string, input: AnswerInput) =>
    apiRequest<{ answer: SavedAnswer }>('PUT', `${one(slug, assessmentId)}/answers/${id(itemId)}`, input),
  transition: (slug: string, assessmentId: string, action: WorkflowAction) =>
    apiRequest<{ assessment: Assessment }>('POST', `${one(slug, assessmentId)}/transitions`, { action }),
  submitReadiness: (slug: string, assessmentId: string) =>
    apiRequest<ResponseOf<typeof workflowRoutes.readiness>>(
      'GET',
      `${one(slug, assessmentId)}/submit-readiness`,
    ),
  setBaseline: (slug: string, assessmentId: string, isBaseline: boolean) =>
    apiRequest<{ assessment: Assessment }>('PUT', `${one(slug, assessmentId)}/baseline`, { isBaseline }),

  addReviewComment: (slug: string, assessmentId: string, itemId: string, body: string) =>
    apiRequest<{ comment: NewReviewComment }>('POST', `${one(slug, assessmentId)}/review-comments`, {
      itemId,
      body,
    }),
  resolveReviewComment: (slug: string, assessmentId: string, commentId: string, resolved: boolean) =>
    apiRequest<ResponseOf<typeof workflowRoutes.resolve>>(
      'PATCH',
      `${one(slug, assessmentId)}/review-comments/${id(commentId)}`,
      { resolved },
    ),

  addEvidence: (slug: string, assessmentId: string, upload: EvidenceUpload) => {
    const form = new FormData();
    form.append('itemId', upload.itemId);
    form.append('sourceType', upload.sourceType);
    form.append('description', upload.description);
    if (upload.file) form.append('file', upload.file);
    return apiPostForm<{ evidence: AttachedEvidence }>(`${one(slug, assessmentId)}/evidence`, form);
  },
  evidenceFileUrl: (slug: string, assessmentId: string, evidenceId: string) =>
    `${one(slug, assessmentId)}/evidence/${id(evidenceId)}/file`,
  deleteEvidence: (slug: string, assessmentId: string, evidenceId: string) =>
    apiRequest<void>('DELETE', `${one(slug, assessmentId)}/evidence/${id(evidenceId)}`),

  reportUrl: (slug: string, assessmentId: string, format: ReportFormat, lang: string) =>
    `${one(slug, assessmentId)}/report${queryString({ format, lang })}`,

  listNeeds: (slug: string, status?: NeedStatus) =>
    apiRequest<{ needs: Need[] }>('GET', `${ws(slug)}/needs${queryString({ status })}`),
  createNeed: (slug: string, input: NeedInput) =>
    apiRequest<{ need: Need }>('POST', `${ws(slug)}/needs`, input),
  updateNeed: (slug: string, needId: string, patch: NeedPatch) =>
    apiRequest<{ need: Need }>('PATCH', `${ws(slug)}/needs/${id(needId)}`, patch),
  deleteNeed: (slug: string, needId: string) => apiRequest<void>('DELETE', `${ws(slug)}/needs/${id(needId)}`),
  generateNeeds: (slug: string, assessmentId: string) =>
    apiRequest<NeedsGenerated>('POST', `${one(slug, assessmentId)}/needs`),

  getSwot: (slug: string, actorId: string) =>
    apiRequest<Swot>('GET', `${ws(slug)}/actors/${id(actorId)}/swot`),
  addSwotEntry: (slug: string, actorId: string, kind: SwotKind, text: string) =>
    apiRequest<{ entry: SwotEntry }>('POST', `${ws(slug)}/actors/${id(actorId)}/swot`, { kind, text }),
  deleteSwotEntry: (slug: string, actorId: string, entryId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/actors/${id(actorId)}/swot/${id(entryId)}`),

  listConsultations: (slug: string) =>
    apiRequest<{ consultations: Consultation[] }>('GET', `${ws(slug)}/consultations`),
  createConsultation: (slug: string, input: ConsultationInput) =>
    apiRequest<{ consultation: Consultation }>('POST', `${ws(slug)}/consultations`, input),
  updateConsultation: (slug: string, consultationId: string, input: ConsultationPatch) =>
    apiRequest<{ consultation: Consultation }>(
      'PATCH',
      `${ws(slug)}/consultations/${id(consultationId)}`,
      input,
    ),
  deleteConsultation: (slug: string, consultationId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/consultations/${id(consultationId)}`),
};

/** Every query of the area sits under one key, so a workflow step can refresh all of it at once. */
export const assessKeys = {
  all: (slug: string) => ['workspace', slug, 'assess'] as const,
  frameworks: (slug: string) => ['workspace', slug, 'assess', 'frameworks'] as const,
  framework: (slug: string, frameworkId: string) =>
    ['workspace', slug, 'assess', 'frameworks', frameworkId] as const,
  assessments: (slug: string) => ['workspace', slug, 'assess', 'assessments'] as const,
  assessment: (slug: string, assessmentId: string) =>
    ['workspace', slug, 'assess', 'assessment', assessmentId] as const,
  results: (slug: string, assessmentId: string) =>
    ['workspace', slug, 'assess', 'assessment', assessmentId, 'results'] as const,
  submitReadiness: (slug: string, assessmentId: string) =>
    ['workspace', slug, 'assess', 'assessment', assessmentId, 'submit-readiness'] as const,
  heatmap: (slug: string, frameworkId: string) =>
    ['workspace', slug, 'assess', 'heatmap', frameworkId] as const,
  needs: (slug: string) => ['workspace', slug, 'assess', 'needs'] as const,
  swot: (slug: string, actorId: string) => ['workspace', slug, 'assess', 'swot', actorId] as const,
  consultations: (slug: string) => ['workspace', slug, 'assess', 'consultations'] as const,
};
