import {
  type AnyRoute,
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';

// each page its own chunk
const IntegrityPage = lazyRouteComponent(() => import('./IntegrityPage'), 'IntegrityPage');
const CaseListPage = lazyRouteComponent(() => import('./cases/CaseListPage'), 'CaseListPage');
const CasePage = lazyRouteComponent(() => import('./cases/CasePage'), 'CasePage');
const IdentityRequestsTab = lazyRouteComponent(
  () => import('./identity/IdentityRequestsTab'),
  'IdentityRequestsTab',
);
const StatisticsTab = lazyRouteComponent(() => import('./statistics/StatisticsTab'), 'StatisticsTab');
const SettingsTab = lazyRouteComponent(() => import('./settings/SettingsTab'), 'SettingsTab');
const KeyTab = lazyRouteComponent(() => import('./key/KeyTab'), 'KeyTab');

/**
 * The "Integrity" area under a workspace route: cases (`integrity/cases`, one case at
 * `integrity/cases/$caseId`), the custodian's identity requests, statistics, the channel's settings
 * and recipients, and the signed-in recipient's own key.
 */
export function integrityRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const area = createRoute({ getParentRoute: () => parent, path: 'integrity', component: IntegrityPage });
  const index = createRoute({
    getParentRoute: () => area,
    path: '/',
    beforeLoad: ({ params }) => {
      const { slug } = params as { slug: string };
      throw redirect({ to: '/w/$slug/integrity/cases', params: { slug }, replace: true });
    },
  });
  const page = <Path extends string>(path: Path, component: RouteComponent) =>
    createRoute({ getParentRoute: () => area, path, component });
  return area.addChildren([
    index,
    page('cases', CaseListPage),
    page('cases/$caseId', CasePage),
    page('identity', IdentityRequestsTab),
    page('statistics', StatisticsTab),
    page('settings', SettingsTab),
    page('key', KeyTab),
  ]);
}
