import { describe, expect, it } from 'vitest';
import {
  compareCodes,
  currentMonth,
  descendantIds,
  itemSpans,
  itemTree,
  parentCandidates,
  parseNumberList,
  periodStartMonths,
  planYearLabel,
  spanMonths,
} from './itemTree';

type Kind = 'programme' | 'project' | 'activity';
const item = (
  id: string,
  kind: Kind,
  parentId: string | null,
  code: string,
  startMonth: number | null = null,
  duration: number | null = null,
) => ({ id, kind, parentId, code, startMonth, duration });

const items = [
  item('a2', 'activity', 'j1', 'P1.1.10', 6, 3),
  item('j1', 'project', 'p1', 'P1.1'),
  item('p2', 'programme', null, 'P2'),
  item('a1', 'activity', 'j1', 'P1.1.2', 0, 4),
  item('p1', 'programme', null, 'P1'),
  item('j2', 'project', 'p2', 'P2.1'),
  item('a3', 'activity', 'j2', 'P2.1.1', 2, 0),
  item('orphan', 'activity', 'gone', 'X1', null, 2),
];

describe('itemTree', () => {
  it('orders depth-first with siblings by natural code order', () => {
    const rows = itemTree(items);
    expect(rows.map((row) => `${row.item.id}:${row.depth}`)).toEqual([
      'p1:0',
      'j1:1',
      'a1:2',
      'a2:2',
      'p2:0',
      'j2:1',
      'a3:2',
      'orphan:0',
    ]);
  });

  it('does not hang on a parent cycle', () => {
    const rows = itemTree([item('x', 'project', 'y', 'X'), item('y', 'project', 'x', 'Y')]);
    expect(rows.map((row) => row.item.id).sort()).toEqual(['x', 'y']);
  });
});

describe('compareCodes', () => {
  it('compares numbers inside codes numerically', () => {
    expect(['P10', 'P2', 'P1.10', 'P1.9'].sort(compareCodes)).toEqual(['P1.9', 'P1.10', 'P2', 'P10']);
  });
});

describe('descendantIds and parentCandidates', () => {
  it('finds every item below', () => {
    expect(descendantIds(items, 'p1').sort()).toEqual(['a1', 'a2', 'j1']);
    expect(descendantIds(items, 'a1')).toEqual([]);
  });

  it('offers the parent kind only', () => {
    expect(parentCandidates(items, 'programme')).toEqual([]);
    expect(parentCandidates(items, 'project').map((i) => i.id)).toEqual(['p1', 'p2']);
    expect(parentCandidates(items, 'activity').map((i) => i.id)).toEqual(['j1', 'j2']);
  });
});

describe('itemSpans', () => {
  it('rolls activity spans up to projects and programmes', () => {
    const spans = itemSpans(items);
    expect(spans.get('a1')).toEqual({ start: 0, finish: 4 });
    expect(spans.get('j1')).toEqual({ start: 0, finish: 9 });
    expect(spans.get('p1')).toEqual({ start: 0, finish: 9 });
    expect(spans.get('p2')).toEqual({ start: 2, finish: 2 });
    expect(spans.has('orphan')).toBe(false);
  });

  it('labels first and last month, milestones as one month', () => {
    expect(spanMonths('2027-01', { start: 0, finish: 12 })).toEqual({ first: '2027-01', last: '2027-12' });
    expect(spanMonths('2027-01', { start: 3, finish: 3 })).toEqual({ first: '2027-04', last: '2027-04' });
    expect(spanMonths('2027-01', undefined)).toBeNull();
  });
});

describe('parseNumberList', () => {
  it('reads commas, semicolons and spaces', () => {
    expect(parseNumberList('4, 4;6  1.5')).toEqual([4, 4, 6, 1.5]);
  });
  it('refuses empty lists, negatives and words', () => {
    expect(parseNumberList(' ')).toBeNull();
    expect(parseNumberList('4, -1')).toBeNull();
    expect(parseNumberList('4, four')).toBeNull();
  });
});

describe('month helpers', () => {
  it('gives the start month of each capacity period', () => {
    expect(periodStartMonths('2027-11', 'quarter', 3)).toEqual(['2027-11', '2028-02', '2028-05']);
    expect(periodStartMonths('2027-01', 'year', 2)).toEqual(['2027-01', '2028-01']);
  });
  it('labels plan years by calendar or split year', () => {
    expect(planYearLabel('2027-01', 1)).toBe('2028');
    expect(planYearLabel('2027-07', 0)).toBe('2027/28');
    expect(planYearLabel('2099-07', 0)).toBe('2099/00');
  });
  it('formats the current month', () => {
    expect(currentMonth(new Date(2027, 2, 15))).toBe('2027-03');
  });
});
