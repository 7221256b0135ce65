import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { flagRoutes } from '../../../../server/modules/monitoring/flags-routes';
import type { statusRoutes } from '../../../../server/modules/monitoring/status-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest } from '../../../api/http';
import { useInvalidatePlans } from '../../plan/planQueries';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';

/**
 * Indicator statuses and review flags on the web: types from the server's routes, fetchers, query keys
 * (under ['monitoring', slug]) and the decision and scenario mutations.
 */

export type StatusList = ResponseOf<typeof statusRoutes.list>;
export type IndicatorStatusRow = StatusList['statuses'][number];
export type StatusDetail = ResponseOf<typeof statusRoutes.detail>;
export type ReviewFlag = ResponseOf<typeof flagRoutes.list>['flags'][number];
export type FlagDecision = BodyOf<typeof flagRoutes.decide>;
export type FlagScenario = BodyOf<typeof flagRoutes.scenario>;
export type FlagFilter = { status?: 'open' | 'decided'; planId?: string };

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/monitoring`;
const id = (value: string) => encodeURIComponent(value);

export const reviewApi = {
  statuses: (slug: string) => apiRequest<StatusList>('GET', `${base(slug)}/indicators/status`),
  status: (slug: string, indicatorId: string) =>
    apiRequest<StatusDetail>('GET', `${base(slug)}/indicators/${id(indicatorId)}/status`),
  flags: (slug: string, filter: FlagFilter) => {
    const query = new URLSearchParams();
    if (filter.status) query.set('status', filter.status);
    if (filter.planId) query.set('planId', filter.planId);
    const text = query.toString();
    return apiRequest<{ flags: ReviewFlag[] }>('GET', `${base(slug)}/flags${text ? `?${text}` : ''}`);
  },
  decide: (slug: string, flagId: string, body: FlagDecision) =>
    apiRequest<{ flag: ReviewFlag }>('POST', `${base(slug)}/flags/${id(flagId)}/decision`, body),
  scenario: (slug: string, flagId: string, body: FlagScenario) =>
    apiRequest<{ flag: ReviewFlag }>('POST', `${base(slug)}/flags/${id(flagId)}/scenario`, body),
};

export const reviewKeys = {
  statuses: (slug: string) => ['monitoring', slug, 'status', 'list'] as const,
  status: (slug: string, indicatorId: string) =>
    ['monitoring', slug, 'status', 'detail', indicatorId] as const,
  flags: (slug: string, filter: FlagFilter) =>
    ['monitoring', slug, 'flags', filter.status ?? 'all', filter.planId ?? ''] as const,
};

export function useStatusesQuery(slug: string) {
  return useQuery({ queryKey: reviewKeys.statuses(slug), queryFn: () => reviewApi.statuses(slug) });
}

export function useIndicatorStatusQuery(slug: string, indicatorId: string) {
  return useQuery({
    queryKey: reviewKeys.status(slug, indicatorId),
    queryFn: () => reviewApi.status(slug, indicatorId),
  });
}

export function useFlagsQuery(slug: string, filter: FlagFilter, enabled = true) {
  return useQuery({
    queryKey: reviewKeys.flags(slug, filter),
    queryFn: async () => (await reviewApi.flags(slug, filter)).flags,
    enabled,
  });
}

/** After a decision or a scenario: the Monitor area, and the plans (a scenario is a new plan). */
function useInvalidateReview(slug: string) {
  const client = useQueryClient();
  const invalidatePlans = useInvalidatePlans(slug);
  return () => Promise.all([client.invalidateQueries({ queryKey: ['monitoring', slug] }), invalidatePlans()]);
}

export function useDecideFlag(slug: string) {
  const invalidate = useInvalidateReview(slug);
  return useMutation({
    mutationFn: ({ flagId, body }: { flagId: string; body: FlagDecision }) =>
      reviewApi.decide(slug, flagId, body),
    onSuccess: () => invalidate(),
  });
}

export function useOpenScenario(slug: string) {
  const invalidate = useInvalidateReview(slug);
  return useMutation({
    mutationFn: ({ flagId, body }: { flagId: string; body: FlagScenario }) =>
      reviewApi.scenario(slug, flagId, body),
    onSuccess: () => invalidate(),
  });
}

/** What the role allows on the Review tab (the server decides; this picks the controls). */
export function useReviewPermissions() {
  const { permissions } = useCurrentWorkspace();
  return {
    canDecide: permissions.includes('monitoring:decide'),
    canOpenScenario: permissions.includes('monitoring:decide') && permissions.includes('plan:write'),
  };
}
