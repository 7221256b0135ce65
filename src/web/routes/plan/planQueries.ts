import { useQuery, useQueryClient } from '@tanstack/react-query';
import { plansApi } from '../../api/plans';
import { invalidateMoneyViews } from '../finance/financeQueries';
import { useCurrentWorkspace } from '../workspaces/workspaceContext';

export const planKeys = {
  all: (slug: string) => ['plans', slug] as const,
  list: (slug: string) => ['plans', slug, 'list'] as const,
  detail: (slug: string, planId: string) => ['plans', slug, 'detail', planId] as const,
  risks: (slug: string, planId: string) => ['plans', slug, 'risks', planId] as const,
  tracking: (slug: string, planId: string, asOf: string | undefined) =>
    ['plans', slug, 'tracking', planId, asOf ?? ''] as const,
  optimisations: (slug: string, planId: string) => ['plans', slug, 'optimisations', planId] as const,
  comparison: (slug: string, planId: string, otherPlanId: string) =>
    ['plans', slug, 'compare', planId, otherPlanId] as const,
};

export function usePlansQuery(slug: string) {
  return useQuery({ queryKey: planKeys.list(slug), queryFn: () => plansApi.list(slug) });
}

export function usePlanDetailQuery(slug: string, planId: string) {
  return useQuery({ queryKey: planKeys.detail(slug, planId), queryFn: () => plansApi.get(slug, planId) });
}

/**
 * After any change to a plan: refetch everything about plans in the workspace (lists, details, tracking),
 * and the finance and coordination views that read its items, costs and recurrent costs.
 */
export function useInvalidatePlans(slug: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: planKeys.all(slug) }),
      invalidateMoneyViews(client, slug),
    ]);
}

/** What the workspace role allows in the Plan area (the server decides; these only choose which controls to show). */
export function usePlanPermissions() {
  const { workspace, permissions } = useCurrentWorkspace();
  return {
    slug: workspace.slug,
    canWrite: permissions.includes('plan:write'),
    canApprove: permissions.includes('plan:approve'),
    canWriteRisks: permissions.includes('risk:write'),
  };
}

/** The plan's optimisation runs, newest first as the server lists them. */
export function useOptimisationsQuery(slug: string, planId: string) {
  return useQuery({
    queryKey: planKeys.optimisations(slug, planId),
    queryFn: () => plansApi.optimisations(slug, planId),
  });
}

/** One optimisation run, polled every half second while it is running. */
export function useOptimisationQuery(slug: string, planId: string, optimisationId: string | null) {
  return useQuery({
    queryKey: [...planKeys.optimisations(slug, planId), 'run', optimisationId ?? ''],
    queryFn: () => plansApi.optimisation(slug, planId, optimisationId ?? ''),
    enabled: optimisationId !== null,
    refetchInterval: (query) => (query.state.data?.optimisation.status === 'running' ? 500 : false),
  });
}
