import { useQuery } from '@tanstack/react-query';
import type { analysisRouteDefs } from '../../../../server/modules/surveys/analysis-routes';
import type { ResponseOf } from '../../../api/contract';
import { apiRequest } from '../../../api/http';

/** The survey confidence intervals published to an indicator (error bars on its chart). */
export type PublishedInterval = ResponseOf<typeof analysisRouteDefs.intervals>['intervals'][number];

export const intervalsKey = (slug: string, indicatorId: string) =>
  ['monitoring', slug, 'intervals', indicatorId] as const;

export function useIndicatorIntervals(slug: string, indicatorId: string) {
  return useQuery({
    queryKey: intervalsKey(slug, indicatorId),
    queryFn: () =>
      apiRequest<ResponseOf<typeof analysisRouteDefs.intervals>>(
        'GET',
        `/api/workspaces/${encodeURIComponent(slug)}/monitoring/indicators/${encodeURIComponent(indicatorId)}/intervals`,
      ),
  });
}
