import { describe, expect, it } from 'vitest';
import { aggregateAssessment } from './aggregate.ts';
import type { Answers } from './answers.ts';
import { tinyFramework } from './fixtures.ts';
import { type GapOptions, type GapTargets, gapAnalysis } from './gaps.ts';

const framework = tinyFramework();
const analyse = (answers: Answers, targets?: GapTargets, options?: GapOptions) =>
  gapAnalysis(framework, aggregateAssessment(framework, answers), targets, options);

describe('gapAnalysis', () => {
  const result = analyse(
    { a1: 4, a2: 2, a3: 'na', b1: 1, b2: 4, 'c1-1': 'insufficient_evidence', 'c2-1': 3 },
    { default: 3, groups: { b: 4 }, items: { a1: 4 } },
  );
  const gap = (id: string) => result.items.find((item) => item.itemId === id);

  it.each([
    ['a1', { current: 4, target: 4, gap: 0, normalisedGap: 0, status: 'meets_target', priority: 0 }],
    ['a2', { current: 2, target: 3, gap: 1, normalisedGap: 0.25, status: 'below_target', importance: 1 }],
    ['a3', { current: null, gap: null, status: 'not_applicable', priority: null }],
    // importance = item weight 2 × group weight 3
    ['b1', { current: 1, target: 4, normalisedGap: 0.75, importance: 6, priority: 4.5 }],
    ['c1-1', { status: 'insufficient_evidence', target: 3 }],
    ['c2-2', { status: 'unanswered' }],
  ])('item %s', (id, expected) => {
    expect(gap(id)).toMatchObject(expected);
  });

  it('lists needs by priority, most urgent first', () => {
    expect(result.needs.map((need) => need.itemId)).toEqual(['b1', 'a2']);
  });

  it('keeps framework order for equal priorities, and lets the caller override importance', () => {
    const even = { a1: 2, a2: 2, a3: 2 };
    expect(analyse(even, { default: 4 }).needs.map((need) => need.itemId)).toEqual(['a1', 'a2', 'a3']);
    const reordered = analyse(even, { default: 4 }, { importance: { a3: 5, a1: 0.5 } });
    expect(reordered.needs.map((need) => [need.itemId, need.priority])).toEqual([
      ['a3', 2.5],
      ['a2', 0.5],
      ['a1', 0.25],
    ]);
  });

  it('aims at the top of the scale by default; exceeding a target is no need', () => {
    const result = analyse({ a1: 3, a2: 4 }, { items: { a2: 2 } });
    expect(result.items[0]).toMatchObject({ target: 4, gap: 1 });
    expect(result.items[1]).toMatchObject({ target: 2, gap: -2, normalisedGap: 0, status: 'meets_target' });
    expect(result.needs.map((need) => need.itemId)).toEqual(['a1']);
  });

  it('lets a sub-group target beat its parent group', () => {
    const result = analyse({ 'c1-1': 1, 'c2-1': 3 }, { groups: { c: 2, c2: 4 } });
    const targets = Object.fromEntries(result.items.map((item) => [item.itemId, item.target]));
    expect([targets['c1-1'], targets['c2-1']]).toEqual([2, 4]);
  });

  it.each([
    [{ items: { zz: 3 } }, 'targets.items.zz: no such item'],
    [{ groups: { zz: 3 } }, 'targets.groups.zz: no such group'],
    [{ default: 7 }, 'targets: 7 for item a1 is outside its scale (0–4)'],
  ])('rejects targets %j', (targets, message) => {
    expect(() => analyse({}, targets)).toThrow(message);
  });
});
