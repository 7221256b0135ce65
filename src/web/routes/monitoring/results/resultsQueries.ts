import { useQuery } from '@tanstack/react-query';
import type { resultRoutes } from '../../../../server/modules/monitoring/results-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest } from '../../../api/http';

/** The results chain on the web: types from the server's routes, fetchers, query keys and hooks. */

export type ResultsChain = ResponseOf<typeof resultRoutes.list>;
export type MonitoringResult = ResultsChain['results'][number];
export type ResultInput = BodyOf<typeof resultRoutes.create>;
export type ResultPatch = BodyOf<typeof resultRoutes.update>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/monitoring/results`;
const id = (value: string) => encodeURIComponent(value);

export const resultsApi = {
  list: (slug: string) => apiRequest<ResultsChain>('GET', base(slug)),
  create: (slug: string, input: ResultInput) =>
    apiRequest<{ result: MonitoringResult }>('POST', base(slug), input),
  update: (slug: string, resultId: string, patch: ResultPatch) =>
    apiRequest<{ result: MonitoringResult }>('PATCH', `${base(slug)}/${id(resultId)}`, patch),
  remove: (slug: string, resultId: string) => apiRequest<void>('DELETE', `${base(slug)}/${id(resultId)}`),
};

export const resultKeys = {
  chain: (slug: string) => ['monitoring', slug, 'results'] as const,
};

export function useResultsChainQuery(slug: string) {
  return useQuery({ queryKey: resultKeys.chain(slug), queryFn: () => resultsApi.list(slug) });
}
