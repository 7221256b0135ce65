import {
  type AnyRoute,
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';

// each tab its own chunk
const FinancePage = lazyRouteComponent(() => import('./FinancePage'), 'FinancePage');
const BudgetsPage = lazyRouteComponent(() => import('./budgets/BudgetsPage'), 'BudgetsPage');
const MacroPage = lazyRouteComponent(() => import('./macro/MacroPage'), 'MacroPage');
const FundingPage = lazyRouteComponent(() => import('./funding/FundingPage'), 'FundingPage');
const IatiPage = lazyRouteComponent(() => import('./iati/IatiPage'), 'IatiPage');
const OverviewPage = lazyRouteComponent(() => import('./overview/OverviewPage'), 'OverviewPage');
const SustainabilityPage = lazyRouteComponent(
  () => import('./sustainability/SustainabilityPage'),
  'SustainabilityPage',
);
const FinanceSettingsPage = lazyRouteComponent(
  () => import('./settings/FinanceSettingsPage'),
  'FinanceSettingsPage',
);

/** The "Finance" area under a workspace route: `finance/<tab>`, tabs listed in financeTabs.ts. */
export function financeRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const financeRoute = createRoute({ getParentRoute: () => parent, path: 'finance', component: FinancePage });
  const page = <Path extends string>(path: Path, component: RouteComponent) =>
    createRoute({ getParentRoute: () => financeRoute, path, component });
  // the area opens on the right-financing overview
  const indexRoute = createRoute({
    getParentRoute: () => financeRoute,
    path: '/',
    beforeLoad: ({ params }) => {
      const { slug } = params as { slug: string };
      throw redirect({ to: '/w/$slug/finance/overview', params: { slug }, replace: true });
    },
  });
  return financeRoute.addChildren([
    indexRoute,
    page('overview', OverviewPage),
    page('budgets', BudgetsPage),
    page('macro', MacroPage),
    page('sustainability', SustainabilityPage),
    page('funding', FundingPage),
    page('iati', IatiPage),
    page('settings', FinanceSettingsPage),
  ]);
}
