// Typed client for personal API tokens (server: src/server/modules/api-tokens).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { routes } from '../../../server/modules/api-tokens/routes';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { apiRequest } from '../../api/http';

export type ApiToken = ResponseOf<typeof routes.list>['tokens'][number];
/** The new token, and the token itself: the server returns it this once only. */
export type CreatedApiToken = ResponseOf<typeof routes.create, 201>;
type NewApiToken = BodyOf<typeof routes.create>;

const tokensKey = ['me', 'tokens'] as const;

const tokensQuery = queryOptions({
  queryKey: tokensKey,
  queryFn: () => apiRequest<{ tokens: ApiToken[] }>('GET', '/api/me/tokens'),
});

export function useApiTokens() {
  return useQuery(tokensQuery);
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewApiToken) => apiRequest<CreatedApiToken>('POST', '/api/me/tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiToken) =>
      apiRequest<{ token: ApiToken }>('DELETE', `/api/me/tokens/${encodeURIComponent(token.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
