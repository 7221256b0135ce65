import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isUnauthorized } from '../api/http';
import { meQueryOptions } from '../api/queries';
import { assessRouteTree } from '../routes/assess/assessRoutes';
import { AuditPage } from '../routes/audit/AuditPage';
import { InvitationPage } from '../routes/auth/InvitationPage';
import { SignInPage } from '../routes/auth/SignInPage';
import { ActorProfilePage } from '../routes/map/ActorProfilePage';
import { GraphPage } from '../routes/map/GraphPage';
import { MapLayout } from '../routes/map/MapLayout';
import { OversightGapsPage } from '../routes/map/OversightGapsPage';
import { RegistryPage } from '../routes/map/RegistryPage';
import { RelationsPage } from '../routes/map/RelationsPage';
import { TransferPage } from '../routes/map/TransferPage';
import { MembersPage } from '../routes/members/MembersPage';
import { OversightNotesPage } from '../routes/oversight-notes/OversightNotesPage';
import { planRouteTree } from '../routes/plan/planRoutes';
import { ProfilePage } from '../routes/profile/ProfilePage';
import { NewWorkspacePage } from '../routes/workspaces/NewWorkspacePage';
import { OverviewPage } from '../routes/workspaces/OverviewPage';
import { SettingsPage } from '../routes/workspaces/SettingsPage';
import { WorkspaceLayout } from '../routes/workspaces/WorkspaceLayout';
import { WorkspaceListPage } from '../routes/workspaces/WorkspaceListPage';
import { AppLayout } from './AppLayout';
import { landingWorkspace } from './lastWorkspace';
import { queryClient } from './queryClient';
import { NotFoundPage, RouteErrorPage } from './RouteFallbacks';

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
  component: function InvitationRoute() {
    const { invitationId } = invitationRoute.useParams();
    return <InvitationPage invitationId={invitationId} />;
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

const workspacePage = <Path extends string>(path: Path, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => workspaceRoute, path, component });

const mapRoute = workspacePage('map', MapLayout);
const mapPage = <Path extends string>(path: Path, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => mapRoute, path, component });
const actorProfileRoute = createRoute({
  getParentRoute: () => mapRoute,
  path: 'actors/$actorId',
  component: function ActorProfileRoute() {
    const { actorId } = actorProfileRoute.useParams();
    return <ActorProfilePage actorId={actorId} />;
  },
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
