import {
  type AnyRoute,
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
  useParams,
  useSearch,
} from '@tanstack/react-router';
import { withPreload } from '../../app/withPreload';
import { type AssessmentTab, isAssessmentTab } from './assessment/assessmentTabs';

// each page its own chunk (the charts come with the pages that draw them)
const AssessLayout = lazyRouteComponent(() => import('./AssessLayout'), 'AssessLayout');
const AssessmentPage = lazyRouteComponent(() => import('./assessment/AssessmentPage'), 'AssessmentPage');
const ConsultationsPage = lazyRouteComponent(
  () => import('./consultations/ConsultationsPage'),
  'ConsultationsPage',
);
const FrameworksPage = lazyRouteComponent(() => import('./frameworks/FrameworksPage'), 'FrameworksPage');
const HeatmapPage = lazyRouteComponent(() => import('./heatmap/HeatmapPage'), 'HeatmapPage');
const AssessmentsPage = lazyRouteComponent(() => import('./list/AssessmentsPage'), 'AssessmentsPage');
const NeedsPage = lazyRouteComponent(() => import('./needs/NeedsPage'), 'NeedsPage');
const SwotPage = lazyRouteComponent(() => import('./swot/SwotPage'), 'SwotPage');

const ASSESSMENT_ROUTE_ID = '/signed-in/w/$slug/assess/$assessmentId';

/**
 * The "Assess" area under a workspace route: `assess` (the assessments), its other tabs, and
 * `assess/$assessmentId?tab=` for one assessment (scoring, review, consolidation, results).
 */
export function assessRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const assessRoute = createRoute({ getParentRoute: () => parent, path: 'assess', component: AssessLayout });
  const page = <Path extends string>(path: Path, component: RouteComponent) =>
    createRoute({ getParentRoute: () => assessRoute, path, component });
  const assessmentRoute = createRoute({
    getParentRoute: () => assessRoute,
    path: '$assessmentId',
    validateSearch: (search: Record<string, unknown>): { tab?: AssessmentTab } =>
      isAssessmentTab(search.tab) ? { tab: search.tab } : {},
    component: withPreload(function AssessmentRoute() {
      // looked up by id: inside this generic factory the route's own hooks cannot know the full path
      const { assessmentId } = useParams({ from: ASSESSMENT_ROUTE_ID });
      const { tab } = useSearch({ from: ASSESSMENT_ROUTE_ID });
      return <AssessmentPage key={assessmentId} assessmentId={assessmentId} tab={tab ?? 'scoring'} />;
    }, AssessmentPage),
  });
  return assessRoute.addChildren([
    page('/', AssessmentsPage),
    page('heatmap', HeatmapPage),
    page('needs', NeedsPage),
    page('swot', SwotPage),
    page('consultations', ConsultationsPage),
    page('frameworks', FrameworksPage),
    assessmentRoute,
  ]);
}
