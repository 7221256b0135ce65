/**
 * One survey's tabs, in order. `key` is the tab's path segment under `/w/$slug/surveys/$surveyId` and its
 * label is `surveys:tabs.<key>`; the first tab is the survey's root.
 */
export const SURVEY_TABS = [
  { key: 'form', to: '/w/$slug/surveys/$surveyId/form' },
  { key: 'collect', to: '/w/$slug/surveys/$surveyId/collect' },
  { key: 'responses', to: '/w/$slug/surveys/$surveyId/responses' },
  { key: 'analysis', to: '/w/$slug/surveys/$surveyId/analysis' },
] as const;

export type SurveyTabKey = (typeof SURVEY_TABS)[number]['key'];
