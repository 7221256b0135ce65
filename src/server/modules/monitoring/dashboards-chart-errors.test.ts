import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors/app-error.ts';
import { chartErrorCode } from './dashboards-chart-errors.ts';

describe('chartErrorCode', () => {
  it.each([
    ['items.0.id: no data element "X" in this workspace', 'missing_item'],
    ['orgUnits.ids.2: no org unit "X" in this workspace', 'missing_org_unit'],
    ['orgUnits.parentId: no org unit "X" in this workspace', 'missing_org_unit'],
    ['disaggregation.categoryId: no category "X" in this workspace', 'missing_category'],
    ['periods: more than 500 periods; narrow the range', 'too_many_periods'],
    ['orgUnits: more than 2000 org units; choose a level or a parent', 'too_many_org_units'],
    ['periods.to: ends before periods.from starts', 'invalid_periods'],
    ['layout: something else', 'invalid_query'],
  ])('reads %j as %s', (message, code) => {
    expect(chartErrorCode(new AppError('bad_request', message))).toBe(code);
  });

  it('leaves other errors to the caller', () => {
    expect(chartErrorCode(new AppError('not_found', 'gone'))).toBeNull();
    expect(chartErrorCode(new Error('boom'))).toBeNull();
  });
});
