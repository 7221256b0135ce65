import { useQuery } from '@tanstack/react-query';
import type { EstimateDetail, EstimateSpec, SurveyDesign } from '../../../../core/survey/types';
import { apiRequest } from '../../../api/http';
import type { Versioned } from '../surveysApi';

/**
 * A survey's sample design and estimates on the web: fetchers, query keys under ['surveys', slug] and
 * hooks. Local shapes until the server's route definitions land (then ResponseOf<typeof analysisRouteDefs.x>).
 */

export interface DesignBody {
  design: SurveyDesign;
  estimates: EstimateSpec[];
}

export interface EstimateProblem {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface SampleSummary {
  respondents: number;
  strata: number;
  psus: number;
  weightTotal: number;
}

export interface EstimatesAnswer {
  sample: SampleSummary;
  estimates: EstimateDetail[];
  problem: EstimateProblem | null;
}

export interface PublishBody {
  indicatorId: string;
  period: string;
  orgUnitId: string;
  variable: string;
  categories: string[];
  orgUnitVariable?: string | null;
  categoryVariables?: Record<string, string>;
}

const one = (slug: string, surveyId: string) =>
  `/api/workspaces/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(surveyId)}`;

export const analysisApi = {
  saveDesign: (slug: string, survey: Versioned, body: DesignBody) =>
    apiRequest<unknown>('PUT', `${one(slug, survey.id)}/design`, body, { ifMatch: survey.rowVersion }),
  estimates: (slug: string, surveyId: string) =>
    apiRequest<EstimatesAnswer>('GET', `${one(slug, surveyId)}/estimates`),
  preview: (slug: string, surveyId: string, body: Partial<DesignBody>) =>
    apiRequest<EstimatesAnswer>('POST', `${one(slug, surveyId)}/estimates`, body),
  publish: (slug: string, surveyId: string, body: PublishBody) =>
    apiRequest<unknown>('POST', `${one(slug, surveyId)}/publish`, body),
};

export const analysisKeys = {
  estimates: (slug: string, surveyId: string) => ['surveys', slug, 'estimates', surveyId] as const,
};

export function useEstimatesQuery(slug: string, surveyId: string) {
  return useQuery({
    queryKey: analysisKeys.estimates(slug, surveyId),
    queryFn: () => analysisApi.estimates(slug, surveyId),
  });
}
