import {
  type AnyRoute,
  createRoute,
  lazyRouteComponent,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';

// each page its own chunk
const SurveysPage = lazyRouteComponent(() => import('./SurveysPage'), 'SurveysPage');
const SurveyListPage = lazyRouteComponent(() => import('./SurveyListPage'), 'SurveyListPage');
const SurveyPage = lazyRouteComponent(() => import('./SurveyPage'), 'SurveyPage');
const FormTab = lazyRouteComponent(() => import('./form/FormTab'), 'FormTab');
const CollectTab = lazyRouteComponent(() => import('./collect/CollectTab'), 'CollectTab');
const ResponsesTab = lazyRouteComponent(() => import('./responses/ResponsesTab'), 'ResponsesTab');
const AnalysisTab = lazyRouteComponent(() => import('./analysis/AnalysisTab'), 'AnalysisTab');

/**
 * The "Surveys" area under a workspace route: the list at `surveys`, and one survey at
 * `surveys/$surveyId/<tab>`, tabs listed in surveyTabs.ts.
 */
export function surveysRouteTree<Parent extends AnyRoute>(parent: Parent) {
  const area = createRoute({ getParentRoute: () => parent, path: 'surveys', component: SurveysPage });
  const list = createRoute({ getParentRoute: () => area, path: '/', component: SurveyListPage });
  const survey = createRoute({ getParentRoute: () => area, path: '$surveyId', component: SurveyPage });
  const tab = <Path extends string>(path: Path, component: RouteComponent) =>
    createRoute({ getParentRoute: () => survey, path, component });
  // a survey opens on its form
  const surveyIndex = createRoute({
    getParentRoute: () => survey,
    path: '/',
    beforeLoad: ({ params }) => {
      const { slug, surveyId } = params as { slug: string; surveyId: string };
      throw redirect({ to: '/w/$slug/surveys/$surveyId/form', params: { slug, surveyId }, replace: true });
    },
  });
  return area.addChildren([
    list,
    survey.addChildren([
      surveyIndex,
      tab('form', FormTab),
      tab('collect', CollectTab),
      tab('responses', ResponsesTab),
      tab('analysis', AnalysisTab),
    ]),
  ]);
}
