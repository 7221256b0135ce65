// Typed client for personal API tokens (server: src/server/modules/api-tokens).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/http';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedApiToken {
  token: ApiToken;
  /** The token itself: the server returns it this once only. */
  secret: string;
}

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
    mutationFn: (input: { name: string; expiresInDays: number | null }) =>
      apiRequest<CreatedApiToken>('POST', '/api/me/tokens', input),
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
