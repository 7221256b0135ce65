import { useQuery } from '@tanstack/react-query';
import type { analysisRouteDefs } from '../../../../server/modules/surveys/analysis-routes';
import type { BodyOf, ResponseOf } from '../../../api/contract';
import { apiRequest } from '../../../api/http';
import type { Versioned } from '../surveysApi';

/** A survey's sample design and estimates on the web: fetchers, query keys under ['surveys', slug] and hooks. */

export type DesignBody = BodyOf<typeof analysisRouteDefs.saveDesign>;
export type DesignSaved = ResponseOf<typeof analysisRouteDefs.saveDesign>;
export type EstimatesAnswer = ResponseOf<typeof analysisRouteDefs.estimates>;
export type PreviewBody = BodyOf<typeof analysisRouteDefs.preview>;
export type PublishBody = BodyOf<typeof analysisRouteDefs.publish>;
export type Published = ResponseOf<typeof analysisRouteDefs.publish>;

const one = (slug: string, surveyId: string) =>
  `/api/workspaces/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(surveyId)}`;

export const analysisApi = {
  saveDesign: (slug: string, survey: Versioned, body: DesignBody) =>
    apiRequest<DesignSaved>('PUT', `${one(slug, survey.id)}/design`, body, { ifMatch: survey.rowVersion }),
  estimates: (slug: string, surveyId: string) =>
    apiRequest<EstimatesAnswer>('GET', `${one(slug, surveyId)}/estimates`),
  preview: (slug: string, surveyId: string, body: PreviewBody) =>
    apiRequest<EstimatesAnswer>('POST', `${one(slug, surveyId)}/estimates`, body),
  publish: (slug: string, surveyId: string, body: PublishBody) =>
    apiRequest<Published>('POST', `${one(slug, surveyId)}/publish`, body),
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
