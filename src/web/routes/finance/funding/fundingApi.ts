import { useQuery } from '@tanstack/react-query';
import type { flowRouteDefs } from '../../../../server/modules/finance/flows-routes';
import type { funderRouteDefs } from '../../../../server/modules/finance/funders-routes';
import type { pooledListRoute } from '../../../../server/modules/finance/pooled-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest, queryString } from '../../../api/http';
import { financeKeys, financePath } from '../financeQueries';

export type FunderList = ResponseOf<typeof funderRouteDefs.list>;
export type Funder = FunderList['funders'][number];
export type NewFunder = BodyOf<typeof funderRouteDefs.create>;
export type FlowList = ResponseOf<typeof flowRouteDefs.list>;
export type Flow = FlowList['flows'][number];
export type FundingTotals = FlowList['totals'];
export type NewFlow = BodyOf<typeof flowRouteDefs.create>;
export type FlowPatch = BodyOf<typeof flowRouteDefs.update>;
export type PooledFund = ResponseOf<typeof pooledListRoute>['funds'][number];

export interface FlowFilter {
  funderId?: string | null;
  kind?: string | null;
  year?: number | null;
  currency?: string | null;
}

const fundersPath = (slug: string) => `${financePath(slug)}/funders`;
const flowsPath = (slug: string) => `${financePath(slug)}/flows`;
const one = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const fundingApi = {
  funders: (slug: string, currency: string | null) =>
    apiRequest<FunderList>('GET', `${fundersPath(slug)}${queryString({ currency })}`),
  createFunder: (slug: string, input: NewFunder) =>
    apiRequest<{ funder: Funder }>('POST', fundersPath(slug), input),
  updateFunder: (slug: string, id: string, input: Partial<NewFunder>) =>
    apiRequest<{ funder: Funder }>('PATCH', one(fundersPath(slug), id), input),
  deleteFunder: (slug: string, id: string) => apiRequest<void>('DELETE', one(fundersPath(slug), id)),
  setMembers: (slug: string, id: string, userIds: string[]) =>
    apiRequest<{ funder: Funder }>('PUT', `${one(fundersPath(slug), id)}/members`, { userIds }),
  flows: (slug: string, filter: FlowFilter) =>
    apiRequest<FlowList>('GET', `${flowsPath(slug)}${queryString({ ...filter })}`),
  createFlow: (slug: string, input: NewFlow) => apiRequest<{ flow: Flow }>('POST', flowsPath(slug), input),
  updateFlow: (slug: string, id: string, patch: FlowPatch) =>
    apiRequest<{ flow: Flow }>('PATCH', one(flowsPath(slug), id), patch),
  deleteFlow: (slug: string, id: string) => apiRequest<void>('DELETE', one(flowsPath(slug), id)),
  pooled: (slug: string, currency: string | null) =>
    apiRequest<ResponseOf<typeof pooledListRoute>>(
      'GET',
      `${financePath(slug)}/pooled-funds${queryString({ currency })}`,
    ),
};

// under the finance area's key, so any finance write refreshes them
const fundingKey = (slug: string) => [...financeKeys.all(slug), 'funding'] as const;

export function useFundingFundersQuery(slug: string, currency: string | null) {
  return useQuery({
    queryKey: [...fundingKey(slug), 'funders', currency ?? ''],
    queryFn: () => fundingApi.funders(slug, currency),
    // null: the currency is not known yet (the reporting currency is loading)
    enabled: currency !== null,
  });
}

export function useFlowsQuery(slug: string, filter: FlowFilter) {
  return useQuery({
    queryKey: [...fundingKey(slug), 'flows', filter],
    queryFn: () => fundingApi.flows(slug, filter),
  });
}

export function usePooledQuery(slug: string, currency: string | null) {
  return useQuery({
    queryKey: [...fundingKey(slug), 'pooled', currency ?? ''],
    queryFn: () => fundingApi.pooled(slug, currency),
  });
}
