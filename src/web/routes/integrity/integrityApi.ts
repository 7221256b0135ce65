import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { caseRouteDefs } from '../../../server/modules/integrity/case-routes';
import type { statisticsRouteDefs } from '../../../server/modules/integrity/statistics-routes';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { ApiError, apiRequest, NetworkError, queryString } from '../../api/http';

/**
 * The case handlers' and custodians' side of the integrity channel on the web: fetchers, query keys
 * (all under ['integrity', slug]) and hooks for cases, identity requests and statistics. The channel
 * and keys have their own file (channelApi.ts).
 */

export type CaseSummary = ResponseOf<typeof caseRouteDefs.list>['cases'][number];
export type CaseDetail = ResponseOf<typeof caseRouteDefs.get>;
export type CaseRecord = CaseDetail['case'];
export type CaseMessage = CaseRecord['messages'][number];
export type CaseIdentityRequest = CaseRecord['identityRequests'][number];
export type CaseUpdate = BodyOf<typeof caseRouteDefs.update>;
export type UpdatedCase = ResponseOf<typeof caseRouteDefs.update>['case'];
export type MessageBody = BodyOf<typeof caseRouteDefs.postMessage>;
export type PostedMessage = ResponseOf<typeof caseRouteDefs.postMessage, 201>['message'];
export type CreatedIdentityRequest = ResponseOf<typeof caseRouteDefs.requestIdentity, 201>['request'];
export type CustodianRequests = ResponseOf<typeof caseRouteDefs.identityRequests>;
export type CustodianRequest = CustodianRequests['pending'][number];
export type DecisionBody = BodyOf<typeof caseRouteDefs.decide>;
export type Statistics = ResponseOf<typeof statisticsRouteDefs.get>;
export type StatisticsCell = Statistics['total'];
export type CaseStatus = CaseSummary['status'];

const area = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/integrity`;
const oneCase = (slug: string, caseId: string) => `${area(slug)}/cases/${encodeURIComponent(caseId)}`;

/** An evidence file's ciphertext, as bytes (the API answers it as application/octet-stream). */
async function fetchCaseFile(slug: string, caseId: string, fileId: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`${oneCase(slug, caseId)}/files/${encodeURIComponent(fileId)}`, {
      credentials: 'include',
      headers: { Accept: 'application/octet-stream, application/json' },
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    const envelope = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(
      response.status,
      envelope?.error?.code ?? `http_${response.status}`,
      envelope?.error?.message ?? response.statusText,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

export const integrityApi = {
  listCases: (slug: string, status?: CaseStatus) =>
    apiRequest<ResponseOf<typeof caseRouteDefs.list>>('GET', `${area(slug)}/cases${queryString({ status })}`),
  getCase: (slug: string, caseId: string) => apiRequest<CaseDetail>('GET', oneCase(slug, caseId)),
  caseFile: fetchCaseFile,
  updateCase: (slug: string, record: Pick<CaseRecord, 'id' | 'rowVersion'>, update: CaseUpdate) =>
    apiRequest<ResponseOf<typeof caseRouteDefs.update>>('PATCH', oneCase(slug, record.id), update, {
      ifMatch: record.rowVersion,
    }),
  postMessage: (slug: string, caseId: string, body: MessageBody) =>
    apiRequest<ResponseOf<typeof caseRouteDefs.postMessage, 201>>(
      'POST',
      `${oneCase(slug, caseId)}/messages`,
      body,
    ),
  requestIdentity: (slug: string, caseId: string, reason: string) =>
    apiRequest<ResponseOf<typeof caseRouteDefs.requestIdentity, 201>>(
      'POST',
      `${oneCase(slug, caseId)}/identity-requests`,
      { reason } satisfies BodyOf<typeof caseRouteDefs.requestIdentity>,
    ),
  identityRequests: (slug: string) => apiRequest<CustodianRequests>('GET', `${area(slug)}/identity-requests`),
  decide: (slug: string, requestId: string, body: DecisionBody) =>
    apiRequest<ResponseOf<typeof caseRouteDefs.decide>>(
      'POST',
      `${area(slug)}/identity-requests/${encodeURIComponent(requestId)}/decision`,
      body,
    ),
  statistics: (slug: string, year: number | null) =>
    apiRequest<Statistics>('GET', `${area(slug)}/statistics${queryString({ year })}`),
};

export const integrityKeys = {
  cases: (slug: string) => ['integrity', slug, 'cases'] as const,
  caseList: (slug: string, status: CaseStatus | null) =>
    ['integrity', slug, 'cases', 'list', status] as const,
  caseDetail: (slug: string, caseId: string) => ['integrity', slug, 'cases', 'detail', caseId] as const,
  identityRequests: (slug: string) => ['integrity', slug, 'identity-requests'] as const,
  statistics: (slug: string, year: number | null) => ['integrity', slug, 'statistics', year] as const,
};

export function useCaseListQuery(slug: string, status: CaseStatus | null) {
  return useQuery({
    queryKey: integrityKeys.caseList(slug, status),
    queryFn: async () => (await integrityApi.listCases(slug, status ?? undefined)).cases,
  });
}

/**
 * One case. Every read is written to the audit trail as a view, so it is fetched once per visit:
 * never again on focus or on a timer, and writes patch the cached copy instead of reading it again.
 * Leaving the page drops the ciphertexts (gcTime 0): the next visit is read, and audited, again.
 */
export function useCaseQuery(slug: string, caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: integrityKeys.caseDetail(slug, caseId),
    queryFn: () => integrityApi.getCase(slug, caseId),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

/** Writes on one case: each patches the cached case with the server's answer and marks the list stale. */
export function useCaseWrites(slug: string, caseId: string) {
  const client = useQueryClient();
  const key = integrityKeys.caseDetail(slug, caseId);
  const patchCase = (change: (record: CaseRecord) => CaseRecord) => {
    client.setQueryData<CaseDetail>(key, (detail) =>
      detail ? { ...detail, case: change(detail.case) } : detail,
    );
    void client.invalidateQueries({ queryKey: ['integrity', slug, 'cases', 'list'] });
  };
  const update = useMutation({
    mutationFn: ({ record, change }: { record: Pick<CaseRecord, 'id' | 'rowVersion'>; change: CaseUpdate }) =>
      integrityApi.updateCase(slug, record, change),
    onSuccess: ({ case: updated }) => patchCase((record) => ({ ...record, ...updated })),
  });
  const post = useMutation({
    mutationFn: (body: MessageBody) => integrityApi.postMessage(slug, caseId, body),
    onSuccess: ({ message }) => {
      patchCase((record) => ({ ...record, messages: [...record.messages, message] }));
      // a reply may acknowledge the case or record its feedback (new status, dates, version): read it
      // again once (one more audited view) rather than guess what the server changed
      if (message.visibility === 'conversation') void client.invalidateQueries({ queryKey: key });
    },
  });
  const requestIdentity = useMutation({
    mutationFn: (reason: string) => integrityApi.requestIdentity(slug, caseId, reason),
    onSuccess: ({ request }) =>
      patchCase((record) => ({
        ...record,
        identityRequests: [...record.identityRequests, request],
        pendingIdentityRequests: record.pendingIdentityRequests + 1,
      })),
  });
  return { update, post, requestIdentity };
}

export function useIdentityRequestsQuery(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: integrityKeys.identityRequests(slug),
    queryFn: () => integrityApi.identityRequests(slug),
    enabled,
  });
}

export function useDecideIdentityRequest(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, body }: { requestId: string; body: DecisionBody }) =>
      integrityApi.decide(slug, requestId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: integrityKeys.identityRequests(slug) }),
  });
}

export function useStatisticsQuery(slug: string, year: number | null) {
  return useQuery({
    queryKey: integrityKeys.statistics(slug, year),
    queryFn: () => integrityApi.statistics(slug, year),
  });
}
