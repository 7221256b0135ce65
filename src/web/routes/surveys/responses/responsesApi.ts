import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { responseRouteDefs } from '../../../../server/modules/surveys/responses-routes';
import type { ResponseOf } from '../../../api/contract';
import { ApiError, apiPostForm, apiRequest, queryString } from '../../../api/http';

export type SubmissionPage = ResponseOf<typeof responseRouteDefs.list>;
export type SubmissionRow = SubmissionPage['submissions'][number];
export type ImportSummary = ResponseOf<typeof responseRouteDefs.import>;
export type ResponseIssue = ImportSummary['warnings'][number];

export const PAGE_SIZE = 25;

const base = (slug: string, surveyId: string) =>
  `/api/workspaces/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(surveyId)}`;

export const responsesKey = (slug: string, surveyId: string) => ['surveys', slug, surveyId, 'responses'];

/** The export's address: a plain link, so the browser downloads it with the session cookie. */
export const exportUrl = (slug: string, surveyId: string, format: 'csv' | 'xlsx') =>
  `${base(slug, surveyId)}/submissions/export${queryString({ format })}`;

export function useSubmissionsQuery(slug: string, surveyId: string, page: number) {
  return useQuery({
    queryKey: [...responsesKey(slug, surveyId), page],
    queryFn: () =>
      apiRequest<SubmissionPage>(
        'GET',
        `${base(slug, surveyId)}/submissions${queryString({ limit: PAGE_SIZE, offset: page * PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** After a change: the responses, and the survey's counts (its header and list). */
function useRefresh(slug: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['surveys', slug] });
}

export function useImportResponses(slug: string, surveyId: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('file', file);
      return apiPostForm<ImportSummary>(`${base(slug, surveyId)}/submissions/import`, form);
    },
    onSuccess: refresh,
  });
}

export function useDeleteSubmission(slug: string, surveyId: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (submissionId: string) =>
      apiRequest<{ deleted: number }>(
        'DELETE',
        `${base(slug, surveyId)}/submissions/${encodeURIComponent(submissionId)}`,
      ),
    onSuccess: refresh,
  });
}

export function useUndoImport(slug: string, surveyId: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (importId: string) =>
      apiRequest<{ deleted: number }>(
        'DELETE',
        `${base(slug, surveyId)}/imports/${encodeURIComponent(importId)}`,
      ),
    onSuccess: refresh,
  });
}

/** The problems of a refused import (400 `invalid_import`), or none for any other error. */
export function issuesOfError(error: unknown): { errors: ResponseIssue[]; total: number } {
  if (!(error instanceof ApiError) || error.code !== 'invalid_import') return { errors: [], total: 0 };
  const details = error.details as { errors?: ResponseIssue[]; total?: number } | undefined;
  return { errors: details?.errors ?? [], total: details?.total ?? 0 };
}
