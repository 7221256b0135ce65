import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EstimateSpec, FormIssue, SurveyDesign, SurveyForm } from '../../../core/survey/types';
import { apiRequest, apiUpload } from '../../api/http';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

/**
 * Surveys on the web: fetchers, query keys (all under ['surveys', slug]) and hooks for the list, one
 * survey, its form and public link. Analysis has its own file (analysis/analysisApi.ts).
 */

// Local shapes until the server's route definitions land (then: ResponseOf<typeof surveyRouteDefs.x>).
export type SurveyStatus = 'draft' | 'open' | 'closed';
export const SURVEY_STATUSES: readonly SurveyStatus[] = ['draft', 'open', 'closed'];
export const INTERFACE_LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export interface SurveySummary {
  id: string;
  title: string;
  status: SurveyStatus;
  formId: string;
  version: string | null;
  questionCount: number;
  languages: string[];
  submissionCount: number;
  lastSubmissionAt: string | null;
  hasPublicLink: boolean;
  rowVersion: number;
  updatedAt: string;
}

export interface Survey {
  id: string;
  title: string;
  status: SurveyStatus;
  form: SurveyForm;
  formIssues: FormIssue[];
  sourceFileName?: string | null;
  design: SurveyDesign | null;
  estimates: EstimateSpec[];
  submissionCount: number;
  publicToken: string | null;
  rowVersion: number;
  updatedAt?: string;
}
export interface SurveyInput {
  title: string;
  languages?: InterfaceLanguage[];
}
export interface SurveyPatch {
  title?: string;
  status?: SurveyStatus;
}
export interface ImportedForm {
  survey: Survey;
  issues: FormIssue[];
}
export interface PublicLink {
  publicToken: string;
  url: string;
}

/** What a checked write needs of a survey: its id and the version loaded. */
export type Versioned = Pick<Survey, 'id' | 'rowVersion'>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/surveys`;
const one = (slug: string, surveyId: string) => `${base(slug)}/${encodeURIComponent(surveyId)}`;

export const surveysApi = {
  list: (slug: string) => apiRequest<{ surveys: SurveySummary[] }>('GET', base(slug)),
  get: (slug: string, surveyId: string) => apiRequest<{ survey: Survey }>('GET', one(slug, surveyId)),
  create: (slug: string, input: SurveyInput) => apiRequest<{ survey: Survey }>('POST', base(slug), input),
  importForm: (slug: string, file: File) => apiUpload<ImportedForm>(`${base(slug)}/import-form`, file),
  replaceForm: (slug: string, surveyId: string, file: File) =>
    apiUpload<ImportedForm>(`${one(slug, surveyId)}/form`, file),
  update: (slug: string, survey: Versioned, patch: SurveyPatch) =>
    apiRequest<{ survey: Survey }>('PATCH', one(slug, survey.id), patch, { ifMatch: survey.rowVersion }),
  remove: (slug: string, survey: Versioned) =>
    apiRequest<void>('DELETE', one(slug, survey.id), undefined, { ifMatch: survey.rowVersion }),
  insertLibrary: (slug: string, survey: Versioned, questions: string[], after: string | null) =>
    apiRequest<{ survey: Survey }>(
      'POST',
      `${one(slug, survey.id)}/library`,
      { questions, after },
      { ifMatch: survey.rowVersion },
    ),
  createPublicLink: (slug: string, surveyId: string) =>
    apiRequest<PublicLink>('POST', `${one(slug, surveyId)}/public-link`),
  deletePublicLink: (slug: string, surveyId: string) =>
    apiRequest<void>('DELETE', `${one(slug, surveyId)}/public-link`),
};

export const surveyKeys = {
  all: (slug: string) => ['surveys', slug] as const,
  list: (slug: string) => ['surveys', slug, 'list'] as const,
  detail: (slug: string, surveyId: string) => ['surveys', slug, 'detail', surveyId] as const,
};

export function useSurveysQuery(slug: string) {
  return useQuery({ queryKey: surveyKeys.list(slug), queryFn: () => surveysApi.list(slug) });
}

export function useSurveyQuery(slug: string, surveyId: string) {
  return useQuery({
    queryKey: surveyKeys.detail(slug, surveyId),
    queryFn: async () => (await surveysApi.get(slug, surveyId)).survey,
  });
}

/** Everything under ['surveys', slug] is stale after a write: the list's counts, the survey, its estimates. */
export function useInvalidateSurveys(slug: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: surveyKeys.all(slug) });
}

/** A survey write: refreshes the surveys' queries on success. */
export function useSurveyMutation<Input, Output>(slug: string, write: (input: Input) => Promise<Output>) {
  const invalidate = useInvalidateSurveys(slug);
  return useMutation({ mutationFn: write, onSuccess: () => invalidate() });
}

/** Whether the role may design forms and analyses (the server decides; this picks the controls). */
export function useCanDesignSurveys() {
  const { permissions } = useCurrentWorkspace();
  return permissions.includes('survey:design');
}

/** A form text in the reader's language: the form's key for that language, else its default language. */
export function formText(text: Record<string, string>, form: SurveyForm, language: string): string {
  const code = language.split('-')[0];
  const key = form.languages.find((candidate) => candidate.key === code)?.key;
  return (
    (key ? text[key] : undefined) ??
    text[form.defaultLanguage] ??
    text.default ??
    Object.values(text).find((value) => value) ??
    ''
  );
}
