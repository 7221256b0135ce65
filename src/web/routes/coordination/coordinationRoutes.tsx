import { type AnyRoute, createRoute, lazyRouteComponent, type RouteComponent } from '@tanstack/react-router';

// each tab its own chunk
const CoordinationPage = lazyRouteComponent(() => import('./CoordinationPage'), 'CoordinationPage');
const CoveragePage = lazyRouteComponent(() => import('./coverage/CoveragePage'), 'CoveragePage');
const MechanismsPage = lazyRouteComponent(() => import('./mechanisms/MechanismsPage'), 'MechanismsPage');
const MechanismPage = lazyRouteComponent(() => import('./mechanisms/MechanismPage'), 'MechanismPage');
const CompactsPage = lazyRouteComponent(() => import('./compacts/CompactsPage'), 'CompactsPage');

/** The "Coordinate" area under a workspace route: coverage (its root), mechanisms (and one mechanism), compacts. */
export function coordinationRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const area = createRoute({ getParentRoute: () => parent, path: 'coordinate', component: CoordinationPage });
  const page = <Path extends string>(path: Path, component: RouteComponent) =>
    createRoute({ getParentRoute: () => area, path, component });
  return area.addChildren([
    page('/', CoveragePage),
    page('mechanisms', MechanismsPage),
    page('mechanisms/$mechanismId', MechanismPage),
    page('compacts', CompactsPage),
  ]);
}
