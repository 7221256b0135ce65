export const ASSESSMENT_TABS = ['scoring', 'review', 'consolidation', 'results'] as const;
export type AssessmentTab = (typeof ASSESSMENT_TABS)[number];

export const isAssessmentTab = (value: unknown): value is AssessmentTab =>
  ASSESSMENT_TABS.some((tab) => tab === value);
