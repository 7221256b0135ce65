import {
  type AnyRoute,
  createRoute,
  lazyRouteComponent,
  Outlet,
  useParams,
  useSearch,
} from '@tanstack/react-router';
import { withPreload } from '../../app/withPreload';
import { isPlanTab, type PlanTab } from './planTabs';

// each page its own chunk (the Gantt, the optimiser and the charts come with the plan page)
const PlansPage = lazyRouteComponent(() => import('./list/PlansPage'), 'PlansPage');
const PlanPage = lazyRouteComponent(() => import('./PlanPage'), 'PlanPage');

const PLAN_ROUTE_ID = '/signed-in/w/$slug/plan/$planId';

/**
 * The "Plan" area under a workspace route: `plan` (the plans and their scenarios) and
 * `plan/$planId?tab=` for one plan (Gantt, resources, optimisation, portfolio, scenarios, tracking, risks).
 */
export function planRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const planRoute = createRoute({ getParentRoute: () => parent, path: 'plan', component: Outlet });
  const listRoute = createRoute({ getParentRoute: () => planRoute, path: '/', component: PlansPage });
  const planPageRoute = createRoute({
    getParentRoute: () => planRoute,
    path: '$planId',
    validateSearch: (search: Record<string, unknown>): { tab?: PlanTab } =>
      isPlanTab(search.tab) ? { tab: search.tab } : {},
    component: withPreload(function PlanRoute() {
      // looked up by id: inside this generic factory the route's own hooks cannot know the full path
      const { planId } = useParams({ from: PLAN_ROUTE_ID });
      const { tab } = useSearch({ from: PLAN_ROUTE_ID });
      return <PlanPage key={planId} planId={planId} tab={tab ?? 'gantt'} />;
    }, PlanPage),
  });
  return planRoute.addChildren([listRoute, planPageRoute]);
}
