import { describe, expect, it } from 'vitest';
import { aggregateAssessment } from './aggregate.ts';
import { tinyFramework } from './fixtures.ts';
import { gapAnalysis } from './gaps.ts';
import {
  gapNeedTitle,
  importanceLevel,
  needPriority,
  needsFromGaps,
  parseGeneratedNeed,
  severityFromGap,
} from './needs.ts';

describe('severityFromGap', () => {
  it.each([
    [0, null],
    [0.01, 1],
    [0.2, 1],
    [0.21, 2],
    [0.25, 2],
    [0.4, 2],
    [0.5, 3],
    [3 / 5, 3],
    [0.61, 4],
    [0.75, 4],
    [0.8, 4],
    [0.81, 5],
    [1, 5],
  ])('%s → %s', (gap, severity) => {
    expect(severityFromGap(gap)).toBe(severity);
  });

  it.each([-0.1, 1.5, Number.NaN])('refuses %s', (gap) => {
    expect(() => severityFromGap(gap)).toThrow(/normalisedGap/);
  });
});

describe('importanceLevel', () => {
  it.each([
    [6, 6, 5],
    [5, 6, 5],
    [3, 6, 3],
    [2, 6, 2],
    [1, 6, 1],
    [0, 6, 1],
    [1, 1, 5],
    [1, 0, 5],
  ])('%s of at most %s → %s', (importance, max, level) => {
    expect(importanceLevel(importance, max)).toBe(level);
  });

  it('refuses negative importance', () => {
    expect(() => importanceLevel(-1, 5)).toThrow(/importance/);
  });
});

describe('needPriority', () => {
  it.each([
    [1, 1, 1],
    [5, 5, 25],
    [3, 4, 12],
  ])('%s × %s = %s', (severity, importance, priority) => {
    expect(needPriority(severity, importance)).toBe(priority);
  });

  it.each([
    [0, 3, /severity/],
    [6, 3, /severity/],
    [2.5, 3, /severity/],
    [3, 0, /importance/],
  ])('refuses %s × %s', (severity, importance, message) => {
    expect(() => needPriority(severity, importance)).toThrow(message);
  });
});

describe('needsFromGaps', () => {
  it('drafts one need per item below target, by priority, as a message key and parameters', () => {
    const framework = tinyFramework();
    // Importance: a* 1, b1 2×3 = 6 (the most), b2 3, c1-1 1, c2-* 2.
    const aggregation = aggregateAssessment(framework, {
      a1: 0,
      a2: 3,
      a3: 4,
      b1: 2,
      b2: 'na',
      'c1-1': 1,
      'c2-1': 4,
    });
    const drafts = needsFromGaps(framework, gapAnalysis(framework, aggregation));
    expect(drafts).toEqual([
      {
        itemId: 'b1',
        generated: {
          key: 'gap',
          frameworkId: framework.id,
          frameworkVersion: framework.version,
          itemId: 'b1',
          code: 'B1',
          current: 2,
          target: 4,
        },
        severity: 3,
        importance: 5,
      },
      expect.objectContaining({ itemId: 'a1', severity: 5, importance: 1 }),
      expect.objectContaining({ itemId: 'c1-1', severity: 4, importance: 1 }),
      expect.objectContaining({ itemId: 'a2', severity: 2, importance: 1 }),
    ]);
  });

  it('drafts nothing when every scored item meets its target', () => {
    const framework = tinyFramework();
    const aggregation = aggregateAssessment(framework, { a1: 3, b1: 2 });
    expect(needsFromGaps(framework, gapAnalysis(framework, aggregation, { default: 2 }))).toEqual([]);
  });
});

describe('generated needs', () => {
  const generated = {
    key: 'gap' as const,
    frameworkId: 'f',
    frameworkVersion: '1.0.0',
    itemId: 'c6-1',
    code: 'C6.1',
    current: 0,
    target: 4,
  };

  it("title the item in the reader's language, in English when it has no translation", () => {
    const text = { en: 'Does parliament vote the budget?', fr: 'Le parlement vote-t-il le budget ?' };
    expect(gapNeedTitle(generated, text, 'fr')).toBe('C6.1 Le parlement vote-t-il le budget ?');
    expect(gapNeedTitle(generated, text, 'ar')).toBe('C6.1 Does parliament vote the budget?');
    expect(gapNeedTitle(generated, undefined, 'ar')).toBe('C6.1');
  });

  it('read back only when the stored value has the expected shape', () => {
    expect(parseGeneratedNeed(generated)).toEqual(generated);
    expect(parseGeneratedNeed(null)).toBeNull();
    expect(parseGeneratedNeed({ ...generated, key: 'other' })).toBeNull();
    expect(parseGeneratedNeed({ ...generated, current: '0' })).toBeNull();
  });
});
