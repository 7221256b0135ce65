import { type AnyRoute, createRoute, useParams, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AssessLayout } from './AssessLayout';
import { AssessmentPage } from './assessment/AssessmentPage';
import { type AssessmentTab, isAssessmentTab } from './assessment/assessmentTabs';
import { ConsultationsPage } from './consultations/ConsultationsPage';
import { FrameworksPage } from './frameworks/FrameworksPage';
import { HeatmapPage } from './heatmap/HeatmapPage';
import { AssessmentsPage } from './list/AssessmentsPage';
import { NeedsPage } from './needs/NeedsPage';
import { SwotPage } from './swot/SwotPage';

const ASSESSMENT_ROUTE_ID = '/signed-in/w/$slug/assess/$assessmentId';

/**
 * The "Assess" area under a workspace route: `assess` (the assessments), its other tabs, and
 * `assess/$assessmentId?tab=` for one assessment (scoring, review, consolidation, results).
 */
export function assessRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const assessRoute = createRoute({ getParentRoute: () => parent, path: 'assess', component: AssessLayout });
  const page = <Path extends string>(path: Path, component: () => ReactNode) =>
    createRoute({ getParentRoute: () => assessRoute, path, component });
  const assessmentRoute = createRoute({
    getParentRoute: () => assessRoute,
    path: '$assessmentId',
    validateSearch: (search: Record<string, unknown>): { tab?: AssessmentTab } =>
      isAssessmentTab(search.tab) ? { tab: search.tab } : {},
    component: function AssessmentRoute() {
      // looked up by id: inside this generic factory the route's own hooks cannot know the full path
      const { assessmentId } = useParams({ from: ASSESSMENT_ROUTE_ID });
      const { tab } = useSearch({ from: ASSESSMENT_ROUTE_ID });
      return <AssessmentPage key={assessmentId} assessmentId={assessmentId} tab={tab ?? 'scoring'} />;
    },
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
