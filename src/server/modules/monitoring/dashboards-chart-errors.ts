import { AppError } from '../../../core/errors/app-error.ts';

/** Why a dashboard chart has no data: a code the web translates (the query's English message stays in logs). */
export const CHART_ERROR_CODES = [
  'unreadable',
  'missing_item',
  'missing_org_unit',
  'missing_category',
  'too_many_periods',
  'too_many_org_units',
  'invalid_periods',
  'invalid_query',
] as const;
export type ChartErrorCode = (typeof CHART_ERROR_CODES)[number];

/** The code of an analytics query's 400 error, read from the field its message starts with; null otherwise. */
export function chartErrorCode(error: unknown): ChartErrorCode | null {
  if (!(error instanceof AppError) || error.code !== 'bad_request') return null;
  const message = error.message;
  if (/^items\.\d+\.id:/.test(message)) return 'missing_item';
  if (/^orgUnits\.(ids\.\d+|parentId):/.test(message)) return 'missing_org_unit';
  if (message.startsWith('disaggregation.categoryId:')) return 'missing_category';
  if (/^periods: more than/.test(message)) return 'too_many_periods';
  if (/^orgUnits: more than/.test(message)) return 'too_many_org_units';
  if (message.startsWith('periods')) return 'invalid_periods';
  return 'invalid_query';
}
