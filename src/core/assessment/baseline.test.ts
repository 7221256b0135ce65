import { describe, expect, it } from 'vitest';
import { aggregateAssessment } from './aggregate.ts';
import type { Answers } from './answers.ts';
import { changeBetween, compareWithBaseline } from './baseline.ts';
import { pefaFramework, tinyFramework } from './fixtures.ts';

const framework = tinyFramework();
const aggregate = (answers: Answers) => aggregateAssessment(framework, answers);

describe('changeBetween', () => {
  it.each([
    [2, 3, 1, 'improved'],
    [3, 1, -2, 'declined'],
    [2, 2, 0, 'unchanged'],
    [0.1 + 0.2, 0.3, 0, 'unchanged'],
    [null, 2, null, 'not_comparable'],
    [2, null, null, 'not_comparable'],
  ])('%s → %s', (baseline, current, change, direction) => {
    expect(changeBetween(baseline, current)).toEqual({ baseline, current, change, direction });
  });
});

describe('compareWithBaseline', () => {
  const baseline = aggregate({ a1: 1, a2: 1, a3: 2, b1: 3, b2: 3, 'c1-1': 2 });
  const current = aggregate({ a1: 3, a2: 1, a3: 'na', b1: 2, b2: 2, 'c2-1': 4 });
  const comparison = compareWithBaseline(baseline, current);
  const itemChange = (id: string) => comparison.items.find((item) => item.id === id);
  const groupChange = (id: string) => comparison.groups.find((group) => group.id === id);

  it.each([
    ['a1', 1, 3, 2, 'improved'],
    ['a2', 1, 1, 0, 'unchanged'],
    ['a3', 2, null, null, 'not_comparable'],
    ['b1', 3, 2, -1, 'declined'],
    ['c1-1', 2, null, null, 'not_comparable'],
    ['c2-1', null, 4, null, 'not_comparable'],
  ])('item %s: %s → %s', (id, before, after, change, direction) => {
    expect(itemChange(id)).toEqual({
      id,
      code: id.toUpperCase(),
      baseline: before,
      current: after,
      change,
      direction,
    });
  });

  it('compares groups and the overall score', () => {
    expect(groupChange('a')).toMatchObject({ baseline: 4 / 3, current: 2, direction: 'improved' });
    expect(groupChange('b')).toMatchObject({ baseline: 3, current: 2, change: -1, direction: 'declined' });
    expect(groupChange('c')).toMatchObject({ baseline: 2, current: 4, change: 2, direction: 'improved' });
    expect(comparison.overall.baseline).toBeCloseTo((4 / 3 + 3 + 2) / 3, 12);
    expect(comparison.overall.current).toBeCloseTo((2 + 2 + 4) / 3, 12);
    expect(comparison.overall.direction).toBe('improved');
    expect(comparison.items).toHaveLength(8);
  });

  it('keeps items that only the baseline has, as not comparable', () => {
    const older = { ...baseline, groups: [...baseline.groups] };
    older.groups[0] = {
      ...older.groups[0],
      items: [...older.groups[0].items, { ...older.groups[0].items[0], id: 'retired', code: 'R' }],
    };
    const last = compareWithBaseline(older, current).items.at(-1);
    expect(last).toEqual({
      id: 'retired',
      code: 'R',
      baseline: 1,
      current: null,
      change: null,
      direction: 'not_comparable',
    });
  });

  it('refuses to compare different frameworks', () => {
    const other = aggregateAssessment(pefaFramework(), {});
    expect(() => compareWithBaseline(other, current)).toThrow('baseline: it assesses pefa-test');
  });
});
