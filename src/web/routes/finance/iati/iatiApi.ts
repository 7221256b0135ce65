import { useQuery } from '@tanstack/react-query';
import type { iatiRouteDefs } from '../../../../server/modules/finance/iati-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiPostForm, apiRequest, queryString } from '../../../api/http';

export type IatiImportResult = ResponseOf<typeof iatiRouteDefs.importFile, 201>;
export type IatiImport = ResponseOf<typeof iatiRouteDefs.imports>['imports'][number];
export type IatiActivityList = ResponseOf<typeof iatiRouteDefs.activities>;
export type IatiActivity = IatiActivityList['activities'][number];
export type IatiWarning = IatiImportResult['warnings'][number];
export type IatiMatch = BodyOf<typeof iatiRouteDefs.match>;
export type MatchFilter = 'matched' | 'unmatched' | 'unreviewed';

const iatiPath = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/iati`;
export const iatiExportUrl = (slug: string) => `${iatiPath(slug)}/export`;
export const ACTIVITIES_PAGE = 50;

export const iatiKeys = {
  all: (slug: string) => ['iati', slug] as const,
  imports: (slug: string) => ['iati', slug, 'imports'] as const,
  activities: (slug: string, filter: MatchFilter | null, page: number) =>
    ['iati', slug, 'activities', filter ?? 'all', page] as const,
};

export const iatiApi = {
  importFile: (slug: string, file: File, planId: string | null) => {
    const form = new FormData();
    form.append('file', file);
    if (planId) form.append('planId', planId);
    return apiPostForm<IatiImportResult>(`${iatiPath(slug)}/imports`, form);
  },
  imports: (slug: string) => apiRequest<{ imports: IatiImport[] }>('GET', `${iatiPath(slug)}/imports`),
  activities: (slug: string, filter: MatchFilter | null, page: number) =>
    apiRequest<IatiActivityList>(
      'GET',
      `${iatiPath(slug)}/activities${queryString({ match: filter, limit: ACTIVITIES_PAGE, offset: page * ACTIVITIES_PAGE })}`,
    ),
  match: (slug: string, id: string, body: IatiMatch) =>
    apiRequest<IatiActivity>('PATCH', `${iatiPath(slug)}/activities/${encodeURIComponent(id)}`, body),
};

export function useIatiImportsQuery(slug: string) {
  return useQuery({ queryKey: iatiKeys.imports(slug), queryFn: () => iatiApi.imports(slug) });
}

/** A warning in the reader's language: reader keys live in `iatiWarnings`, the import's own under `iati:`. */
export function warningKey(warning: Pick<IatiWarning, 'key'>): string {
  return warning.key.includes(':') ? warning.key : `iatiWarnings:${warning.key}`;
}
