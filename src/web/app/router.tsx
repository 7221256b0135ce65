import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import { isUnauthorized } from '../api/http';
import { meQueryOptions } from '../api/queries';
import { assessRouteTree } from '../routes/assess/assessRoutes';
import { SignInPage } from '../routes/auth/SignInPage';
import { coordinationRouteTree } from '../routes/coordination/coordinationRoutes';
import { financeRouteTree } from '../routes/finance/financeRoutes';
import { integrityRouteTree } from '../routes/integrity/integrityRoutes';
import { monitoringRouteTree } from '../routes/monitoring/monitoringRoutes';
import { planRouteTree } from '../routes/plan/planRoutes';
import { surveysRouteTree } from '../routes/surveys/surveysRoutes';
import { OverviewPage } from '../routes/workspaces/OverviewPage';
import { WorkspaceLayout } from '../routes/workspaces/WorkspaceLayout';
import { AppLayout } from './AppLayout';
import { landingWorkspace } from './lastWorkspace';
import { queryClient } from './queryClient';
import { NotFoundPage, RouteErrorPage } from './RouteFallbacks';
import { withPreload } from './withPreload';

// Sign-in, the shell and the workspace home are in the entry (the first visit needs them all); every
// other page is its own chunk, fetched when a route first needs it, so heavy libraries (charts, graph,
// Gantt) download only with the pages that draw them.
const AuditPage = lazyRouteComponent(() => import('../routes/audit/AuditPage'), 'AuditPage');
const InvitationPage = lazyRouteComponent(() => import('../routes/auth/InvitationPage'), 'InvitationPage');
const ActorProfilePage = lazyRouteComponent(
  () => import('../routes/map/ActorProfilePage'),
  'ActorProfilePage',
);
const GraphPage = lazyRouteComponent(() => import('../routes/map/GraphPage'), 'GraphPage');
const MapLayout = lazyRouteComponent(() => import('../routes/map/MapLayout'), 'MapLayout');
const OversightGapsPage = lazyRouteComponent(
  () => import('../routes/map/OversightGapsPage'),
  'OversightGapsPage',
);
const RegistryPage = lazyRouteComponent(() => import('../routes/map/RegistryPage'), 'RegistryPage');
const RelationsPage = lazyRouteComponent(() => import('../routes/map/RelationsPage'), 'RelationsPage');
const TransferPage = lazyRouteComponent(() => import('../routes/map/TransferPage'), 'TransferPage');
const MembersPage = lazyRouteComponent(() => import('../routes/members/MembersPage'), 'MembersPage');
const OversightNotesPage = lazyRouteComponent(
  () => import('../routes/oversight-notes/OversightNotesPage'),
  'OversightNotesPage',
);
const ProfilePage = lazyRouteComponent(() => import('../routes/profile/ProfilePage'), 'ProfilePage');
const NewWorkspacePage = lazyRouteComponent(
  () => import('../routes/workspaces/NewWorkspacePage'),
  'NewWorkspacePage',
);
const SettingsPage = lazyRouteComponent(() => import('../routes/workspaces/SettingsPage'), 'SettingsPage');
const WorkspaceListPage = lazyRouteComponent(
  () => import('../routes/workspaces/WorkspaceListPage'),
  'WorkspaceListPage',
);

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    const signedIn = await context.queryClient.ensureQueryData(meQueryOptions).then(
      () => true,
      () => false,
    );
    if (signedIn) throw redirect({ to: '/' });
  },
  component: function SignInRoute() {
    const { redirect: redirectTo } = signInRoute.useSearch();
    return <SignInPage redirectTo={redirectTo} />;
  },
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$invitationId',
  component: withPreload(function InvitationRoute() {
    const { invitationId } = invitationRoute.useParams();
    return <InvitationPage invitationId={invitationId} />;
  }, InvitationPage),
});

// A public survey link: anyone with the link fills the form, without an account.
const PublicSurveyPage = lazyRouteComponent(
  () => import('../routes/surveys/public/PublicSurveyPage'),
  'PublicSurveyPage',
);
const publicSurveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/p/$slug/survey/$token',
  component: function PublicSurveyRoute() {
    const { slug, token } = publicSurveyRoute.useParams();
    return <PublicSurveyPage slug={slug} token={token} />;
  },
});

/** Everything below needs a session; without one the visitor is sent to sign in and brought back after. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQueryOptions);
    } catch (error) {
      if (isUnauthorized(error)) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
      throw error;
    }
  },
  component: AppLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    const landing = landingWorkspace(me.workspaces);
    if (landing) throw redirect({ to: '/w/$slug', params: { slug: landing } });
    throw redirect({ to: '/workspaces' });
  },
});

const workspaceListRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/workspaces',
  component: WorkspaceListPage,
});

const newWorkspaceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/workspaces/new',
  component: NewWorkspacePage,
});

const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/profile',
  component: ProfilePage,
});

const workspaceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/w/$slug',
  component: function WorkspaceRoute() {
    const { slug } = workspaceRoute.useParams();
    // keyed by slug so switching workspace never shows the previous one's state
    return <WorkspaceLayout key={slug} slug={slug} />;
  },
});

const workspacePage = <Path extends string>(path: Path, component: RouteComponent) =>
  createRoute({ getParentRoute: () => workspaceRoute, path, component });

const mapRoute = workspacePage('map', MapLayout);
const mapPage = <Path extends string>(path: Path, component: RouteComponent) =>
  createRoute({ getParentRoute: () => mapRoute, path, component });
const actorProfileRoute = createRoute({
  getParentRoute: () => mapRoute,
  path: 'actors/$actorId',
  component: withPreload(function ActorProfileRoute() {
    const { actorId } = actorProfileRoute.useParams();
    return <ActorProfilePage actorId={actorId} />;
  }, ActorProfilePage),
});
const mapRoutes = mapRoute.addChildren([
  mapPage('/', RegistryPage),
  mapPage('relations', RelationsPage),
  mapPage('graph', GraphPage),
  mapPage('gaps', OversightGapsPage),
  mapPage('transfer', TransferPage),
  actorProfileRoute,
]);

const routeTree = rootRoute.addChildren([
  signInRoute,
  invitationRoute,
  publicSurveyRoute,
  signedInRoute.addChildren([
    homeRoute,
    workspaceListRoute,
    newWorkspaceRoute,
    profileRoute,
    workspaceRoute.addChildren([
      workspacePage('/', OverviewPage),
      mapRoutes,
      assessRouteTree(workspaceRoute),
      planRouteTree(workspaceRoute),
      financeRouteTree(workspaceRoute),
      coordinationRouteTree(workspaceRoute),
      monitoringRouteTree(workspaceRoute),
      surveysRouteTree(workspaceRoute),
      integrityRouteTree(workspaceRoute),
      workspacePage('members', MembersPage),
      workspacePage('audit', AuditPage),
      workspacePage('oversight-notes', OversightNotesPage),
      workspacePage('settings', SettingsPage),
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // the query cache decides freshness; the router should not hold its own copy
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
