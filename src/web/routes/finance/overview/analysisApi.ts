import type { analysisRouteDefs } from '../../../../server/modules/finance/analysis-routes';
import type { ResponseOf } from '../../../api/contract';
import { apiRequest, queryString } from '../../../api/http';
import { financeKeys, financePath } from '../financeQueries';

export type FinanceAnalysis = ResponseOf<typeof analysisRouteDefs.analysis>;
export type AnalysisYear = FinanceAnalysis['years'][number];
export type FinanceWarning = FinanceAnalysis['warnings'][number];

export const analysisApi = {
  analysis: (slug: string, currency: string | null) =>
    apiRequest<FinanceAnalysis>('GET', `${financePath(slug)}/analysis${queryString({ currency })}`),
};

export const analysisKeys = {
  analysis: (slug: string, currency: string | null) =>
    [...financeKeys.all(slug), 'analysis', currency ?? 'default'] as const,
};

/** A fiscal year as people name it: "2027" when it is the calendar year, else "2027/28". */
export function fiscalYearLabel(year: number, startMonth: number): string {
  return startMonth === 1 ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
