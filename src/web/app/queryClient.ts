import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthorized } from '../api/http';

let onSessionLost: () => void = () => {};

/** Called once the router exists: where to go when the session expires in the middle of work. */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isUnauthorized(error) && !query.meta?.unauthorizedIsExpected) onSessionLost();
    },
  }),
  mutationCache: new MutationCache({
    // every write is appended to the audit log, so any successful change makes cached audit pages stale
    onSuccess: (_data, _variables, _context, mutation) => {
      if (mutation.meta?.readOnly) return;
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes('audit') });
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // client errors will not fix themselves; on slow links retry server and network errors twice
      retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});
