import { queryOptions } from '@tanstack/react-query';
import type { overviewRoute } from '../../../server/modules/overview/routes';
import type { ResponseOf } from '../../api/contract';
import { apiRequest } from '../../api/http';

/** The home page's one request: its shape is the server route's response, not a copy. */
export type Overview = ResponseOf<typeof overviewRoute>;
export type OverviewTask = Overview['tasks'][number];

export const overviewQuery = (slug: string) =>
  queryOptions({
    queryKey: ['workspace', slug, 'overview'],
    // the programme changes on other pages: show what is cached at once, then refresh it on every visit
    staleTime: 0,
    queryFn: () => apiRequest<Overview>('GET', `/api/workspaces/${encodeURIComponent(slug)}/overview`),
  });
