import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SurveyForm } from '../../../core/survey/types';
import type { surveyRouteDefs } from '../../../server/modules/surveys/surveys-routes';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { apiRequest, apiUpload } from '../../api/http';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

/**
 * Surveys on the web: fetchers, query keys (all under ['surveys', slug]) and hooks for the list, one
 * survey, its form and public link. Analysis has its own file (analysis/analysisApi.ts).
 */

export type SurveyStatus = 'draft' | 'open' | 'closed';
export const SURVEY_STATUSES: readonly SurveyStatus[] = ['draft', 'open', 'closed'];
export const INTERFACE_LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export type SurveySummary = ResponseOf<typeof surveyRouteDefs.list>['surveys'][number];
export type Survey = ResponseOf<typeof surveyRouteDefs.get>['survey'];
export type SurveyInput = BodyOf<typeof surveyRouteDefs.create>;
export type SurveyPatch = BodyOf<typeof surveyRouteDefs.update>;
export type ImportedForm = ResponseOf<typeof surveyRouteDefs.importForm, 201>;
export type PublicLink = ResponseOf<typeof surveyRouteDefs.createPublicLink>;

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
