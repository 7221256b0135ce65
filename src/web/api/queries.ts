import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, queryKeys } from './endpoints';

/** The signed-in user and their workspaces. Fails with a 401 ApiError when nobody is signed in. */
export const meQueryOptions = queryOptions({
  queryKey: queryKeys.me,
  queryFn: api.me,
  staleTime: 60_000,
  retry: false,
  meta: { unauthorizedIsExpected: true },
});

export function useMe() {
  return useQuery(meQueryOptions);
}

export function workspaceQueryOptions(slug: string) {
  return queryOptions({ queryKey: queryKeys.workspace(slug), queryFn: () => api.getWorkspace(slug) });
}

export function useWorkspaceQuery(slug: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...workspaceQueryOptions(slug), enabled: options.enabled ?? true });
}
