import { useQuery, useQueryClient } from '@tanstack/react-query';
import { assessApi, assessKeys } from '../../api/assessments';
import { api, queryKeys } from '../../api/endpoints';
import { sectorMapApi, sectorMapKeys } from '../../api/sectorMap';

export function useFrameworksQuery(slug: string) {
  return useQuery({
    queryKey: assessKeys.frameworks(slug),
    queryFn: () => assessApi.listFrameworks(slug),
    staleTime: 5 * 60_000,
  });
}

export function useFrameworkQuery(slug: string, frameworkId: string | null) {
  return useQuery({
    queryKey: assessKeys.framework(slug, frameworkId ?? ''),
    queryFn: () => assessApi.getFramework(slug, frameworkId ?? ''),
    enabled: frameworkId !== null,
    staleTime: 5 * 60_000,
  });
}

export function useAssessmentsQuery(slug: string) {
  return useQuery({ queryKey: assessKeys.assessments(slug), queryFn: () => assessApi.listAssessments(slug) });
}

export function useAssessmentQuery(slug: string, assessmentId: string | null) {
  return useQuery({
    queryKey: assessKeys.assessment(slug, assessmentId ?? ''),
    queryFn: () => assessApi.getAssessment(slug, assessmentId ?? ''),
    enabled: assessmentId !== null,
  });
}

export function useResultsQuery(slug: string, assessmentId: string) {
  return useQuery({
    queryKey: assessKeys.results(slug, assessmentId),
    queryFn: () => assessApi.results(slug, assessmentId),
  });
}

/** Actors of the sector map, shared with the map pages through the same cache entry. */
export function useActorsQuery(slug: string) {
  return useQuery({ queryKey: sectorMapKeys.actors(slug), queryFn: () => sectorMapApi.listActors(slug) });
}

export function useMembersQuery(slug: string) {
  return useQuery({ queryKey: queryKeys.members(slug), queryFn: () => api.listMembers(slug) });
}

/** After any write in the area, everything under it may be stale (lists, results, heat map, needs). */
export function useRefreshAssess(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: assessKeys.all(slug) });
}

/** After scoring one item only that assessment's detail and results change. */
export function useRefreshAssessment(slug: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: ['workspace', slug, 'assess', 'assessment', assessmentId] });
}
