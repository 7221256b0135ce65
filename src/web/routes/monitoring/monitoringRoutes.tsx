import {
  type AnyRoute,
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';

// each tab its own chunk
const MonitoringPage = lazyRouteComponent(() => import('./MonitoringPage'), 'MonitoringPage');
const DashboardsPage = lazyRouteComponent(() => import('./dashboards/DashboardsPage'), 'DashboardsPage');
const ResultsPage = lazyRouteComponent(() => import('./results/ResultsPage'), 'ResultsPage');
const IndicatorsPage = lazyRouteComponent(() => import('./indicators/IndicatorsPage'), 'IndicatorsPage');
const IndicatorPage = lazyRouteComponent(() => import('./indicators/IndicatorPage'), 'IndicatorPage');
const ReviewPage = lazyRouteComponent(() => import('./review/ReviewPage'), 'ReviewPage');
const DataPage = lazyRouteComponent(() => import('./data/DataPage'), 'DataPage');
const AnalyticsPage = lazyRouteComponent(() => import('./analytics/AnalyticsPage'), 'AnalyticsPage');
const SetupPage = lazyRouteComponent(() => import('./setup/SetupPage'), 'SetupPage');

/** The "Monitor" area under a workspace route: `monitor/<tab>`, tabs listed in monitoringTabs.ts. */
export function monitoringRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const area = createRoute({ getParentRoute: () => parent, path: 'monitor', component: MonitoringPage });
  const page = <Path extends string>(path: Path, component: RouteComponent) =>
    createRoute({ getParentRoute: () => area, path, component });
  // the area opens on the dashboards
  const indexRoute = createRoute({
    getParentRoute: () => area,
    path: '/',
    beforeLoad: ({ params }) => {
      const { slug } = params as { slug: string };
      throw redirect({ to: '/w/$slug/monitor/dashboards', params: { slug }, replace: true });
    },
  });
  return area.addChildren([
    indexRoute,
    page('dashboards', DashboardsPage),
    page('results', ResultsPage),
    page('indicators', IndicatorsPage),
    page('indicators/$indicatorId', IndicatorPage),
    page('review', ReviewPage),
    page('data', DataPage),
    page('analytics', AnalyticsPage),
    page('setup', SetupPage),
    // deeper pages (one indicator, one dashboard) are added below by the part that owns them
  ]);
}
