import { useQuery } from '@tanstack/react-query';
import type { indicatorRoutes } from '../../../../server/modules/monitoring/indicators-routes';
import type { targetRoutes } from '../../../../server/modules/monitoring/targets-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest } from '../../../api/http';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';

/**
 * Indicators and their baselines and targets on the web: types from the server's routes, fetchers,
 * query keys (all under ['monitoring', slug]) and hooks.
 */

export type Indicator = ResponseOf<typeof indicatorRoutes.detail>['indicator'];
export type IndicatorInput = BodyOf<typeof indicatorRoutes.create>;
export type IndicatorPatch = BodyOf<typeof indicatorRoutes.update>;
export type ExpressionCheck = ResponseOf<typeof indicatorRoutes.checkExpression>;
export type TargetList = ResponseOf<typeof targetRoutes.list>;
export type Target = TargetList['targets'][number];
export type Disaggregation = TargetList['disaggregations'][number];
export type TargetInput = BodyOf<typeof targetRoutes.create>;
export type TargetPatch = BodyOf<typeof targetRoutes.update>;

const base = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}/monitoring`;
const id = (value: string) => encodeURIComponent(value);

export const indicatorsApi = {
  list: (slug: string) => apiRequest<{ indicators: Indicator[] }>('GET', `${base(slug)}/indicators`),
  get: (slug: string, indicatorId: string) =>
    apiRequest<{ indicator: Indicator }>('GET', `${base(slug)}/indicators/${id(indicatorId)}`),
  create: (slug: string, input: IndicatorInput) =>
    apiRequest<{ indicator: Indicator }>('POST', `${base(slug)}/indicators`, input),
  update: (slug: string, indicatorId: string, patch: IndicatorPatch) =>
    apiRequest<{ indicator: Indicator }>('PATCH', `${base(slug)}/indicators/${id(indicatorId)}`, patch),
  remove: (slug: string, indicatorId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/indicators/${id(indicatorId)}`),
  checkExpression: (slug: string, expression: string) =>
    apiRequest<ExpressionCheck>('POST', `${base(slug)}/indicators/check-expression`, { expression }),
  targets: (slug: string, indicatorId: string) =>
    apiRequest<TargetList>('GET', `${base(slug)}/indicators/${id(indicatorId)}/targets`),
  createTarget: (slug: string, indicatorId: string, input: TargetInput) =>
    apiRequest<{ target: Target }>('POST', `${base(slug)}/indicators/${id(indicatorId)}/targets`, input),
  updateTarget: (slug: string, targetId: string, patch: TargetPatch) =>
    apiRequest<{ target: Target }>('PATCH', `${base(slug)}/targets/${id(targetId)}`, patch),
  removeTarget: (slug: string, targetId: string) =>
    apiRequest<void>('DELETE', `${base(slug)}/targets/${id(targetId)}`),
};

export const indicatorKeys = {
  all: (slug: string) => ['monitoring', slug, 'indicators'] as const,
  list: (slug: string) => ['monitoring', slug, 'indicators', 'list'] as const,
  detail: (slug: string, indicatorId: string) =>
    ['monitoring', slug, 'indicators', 'detail', indicatorId] as const,
  targets: (slug: string, indicatorId: string) =>
    ['monitoring', slug, 'indicators', 'targets', indicatorId] as const,
  expression: (slug: string, expression: string) =>
    ['monitoring', slug, 'indicators', 'expression', expression] as const,
};

export function useIndicatorsQuery(slug: string) {
  return useQuery({ queryKey: indicatorKeys.list(slug), queryFn: () => indicatorsApi.list(slug) });
}

export function useIndicatorQuery(slug: string, indicatorId: string) {
  return useQuery({
    queryKey: indicatorKeys.detail(slug, indicatorId),
    queryFn: async () => (await indicatorsApi.get(slug, indicatorId)).indicator,
  });
}

export function useTargetsQuery(slug: string, indicatorId: string) {
  return useQuery({
    queryKey: indicatorKeys.targets(slug, indicatorId),
    queryFn: () => indicatorsApi.targets(slug, indicatorId),
  });
}

/** Whether the role may define indicators and results (the server decides; this picks the controls). */
export function useCanConfigureMonitoring() {
  const { permissions } = useCurrentWorkspace();
  return permissions.includes('monitoring:configure');
}
