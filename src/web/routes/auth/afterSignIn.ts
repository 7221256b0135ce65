import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/endpoints';
import { meQueryOptions } from '../../api/queries';

/** Drops data cached for the previous account (public invitation details stay: they belong to nobody). */
function forgetAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== 'invitation' && query.queryKey[0] !== 'me',
  });
}

/** After signing in: loads the new session's user and workspaces before anything navigates. */
export async function refreshSession(queryClient: QueryClient): Promise<void> {
  forgetAccountData(queryClient);
  await queryClient.fetchQuery({ ...meQueryOptions, staleTime: 0 });
}

/** After signing out on a page that stays visible (the invitation page). */
export async function resetSession(queryClient: QueryClient): Promise<void> {
  forgetAccountData(queryClient);
  await queryClient.resetQueries({ queryKey: queryKeys.me });
}

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeRedirectPath(path: string | undefined): string | null {
  if (!path?.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null;
  if (path.startsWith('/sign-in')) return null;
  return path;
}
