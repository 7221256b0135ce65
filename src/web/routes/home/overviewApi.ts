import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OverviewSchema } from '../../../server/modules/overview/schemas';
import { apiRequest } from '../../api/http';

/** The home page's one request: its shape is the server's route schema, not a copy. */
export type Overview = z.output<typeof OverviewSchema>;
export type OverviewTask = Overview['tasks'][number];

export const overviewQuery = (slug: string) =>
  queryOptions({
    queryKey: ['workspace', slug, 'overview'],
    // the programme changes on other pages: show what is cached at once, then refresh it on every visit
    staleTime: 0,
    queryFn: () => apiRequest<Overview>('GET', `/api/workspaces/${encodeURIComponent(slug)}/overview`),
  });
