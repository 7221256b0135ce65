import { useQuery } from '@tanstack/react-query';
import { assessApi, assessKeys } from '../../../api/assessments';
import { plansApi } from '../../../api/plans';
import { planKeys } from '../planQueries';

export { useActorsQuery } from '../../assess/assessQueries';

/** Every need of the workspace, sharing the Needs page's cache entry for "all statuses". */
export function useNeedsQuery(slug: string) {
  return useQuery({
    queryKey: [...assessKeys.needs(slug), 'all'],
    queryFn: () => assessApi.listNeeds(slug),
  });
}

export function useRisksQuery(slug: string, planId: string) {
  return useQuery({ queryKey: planKeys.risks(slug, planId), queryFn: () => plansApi.risks(slug, planId) });
}

/** The RAG dashboard as of a month ('YYYY-MM'). */
export function useTrackingQuery(slug: string, planId: string, asOf: string) {
  return useQuery({
    queryKey: planKeys.tracking(slug, planId, asOf),
    queryFn: () => plansApi.tracking(slug, planId, asOf),
    placeholderData: (previous) => previous,
  });
}

/** A base plan compared with one of its scenarios; nothing is fetched until both are chosen. */
export function useComparisonQuery(slug: string, basePlanId: string | null, scenarioId: string | null) {
  return useQuery({
    queryKey: planKeys.comparison(slug, basePlanId ?? '', scenarioId ?? ''),
    queryFn: () => plansApi.compare(slug, basePlanId ?? '', scenarioId ?? ''),
    enabled: basePlanId !== null && scenarioId !== null,
  });
}
