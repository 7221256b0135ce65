import { describe, expect, it } from 'vitest';
import { type CountedReport, cellOf, countReports, suppressDimension } from './statistics.ts';

const shown = (count: number) => ({ count, suppressed: false });
const hidden = { count: null, suppressed: true };

describe('cellOf', () => {
  it.each([
    [0, shown(0)],
    [1, hidden],
    [4, hidden],
    [5, shown(5)],
    [120, shown(120)],
  ])('%i', (count, cell) => expect(cellOf(count)).toEqual(cell));
});

describe('suppressDimension', () => {
  it.each([
    ['nothing small', [5, 9, 0], [shown(5), shown(9), shown(0)]],
    ['one small cell hides the next smallest too', [3, 9, 6, 0], [hidden, shown(9), hidden, shown(0)]],
    ['two small cells adding up to 5 are enough', [3, 2, 9], [hidden, hidden, shown(9)]],
    ['two ones would be pinned down by their sum of 2', [1, 1, 9, 7], [hidden, hidden, shown(9), hidden]],
    ['a small total hides every non-zero cell', [3, 0], [hidden, shown(0)]],
    ['with nothing to hide, zeros stay shown', [0, 0, 0], [shown(0), shown(0), shown(0)]],
    ['a lone small cell beside zeros and one large cell hides both', [2, 0, 8], [hidden, shown(0), hidden]],
  ])('%s', (_label, counts, cells) => expect(suppressDimension(counts)).toEqual(cells));
});

describe('countReports', () => {
  const many = (n: number, report: CountedReport) => Array.from({ length: n }, () => report);
  it('counts by type, institution and status, unclassified last', () => {
    const reports = [
      ...many(6, { typeCode: 'corruption', institutionId: 'police', status: 'closed' }),
      ...many(5, { typeCode: null, institutionId: null, status: 'new' }),
      ...many(2, { typeCode: 'retired-code', institutionId: 'police', status: 'new' }),
    ];
    const stats = countReports(reports, ['corruption', 'payroll-fraud']);
    expect(stats.total).toEqual(shown(13));
    expect(stats.byType).toEqual([
      { code: 'corruption', cell: shown(6) },
      { code: 'payroll-fraud', cell: shown(0) },
      { code: 'retired-code', cell: hidden },
      { code: 'unclassified', cell: hidden },
    ]);
    expect(stats.byInstitution).toEqual([
      { institutionId: 'police', cell: shown(8) },
      { institutionId: null, cell: shown(5) },
    ]);
    expect(stats.byStatus).toEqual([
      { status: 'new', cell: shown(7) },
      { status: 'acknowledged', cell: shown(0) },
      { status: 'investigating', cell: shown(0) },
      { status: 'closed', cell: shown(6) },
    ]);
  });

  it('hides everything of a channel with fewer than five reports', () => {
    const stats = countReports(many(3, { typeCode: 'corruption', institutionId: 'army', status: 'new' }), [
      'corruption',
    ]);
    expect(stats.total).toEqual(hidden);
    expect(stats.byType[0].cell).toEqual(hidden);
    expect(stats.byInstitution).toEqual([{ institutionId: 'army', cell: hidden }]);
  });
});
