import { describe, expect, it } from 'vitest';
import { DEFENCE_INTEGRITY_RISK } from '../frameworks/defence-integrity-risk.ts';
import { listItems } from '../frameworks/structure.ts';
import { aggregateAssessment, flattenGroups, flattenItems } from './aggregate.ts';
import type { Answers } from './answers.ts';
import { pefaFramework, tinyFramework } from './fixtures.ts';

const answers: Answers = {
  a1: 4,
  a2: 2,
  a3: 'na',
  b1: 1,
  b2: 4,
  'c1-1': 'insufficient_evidence',
  'c2-1': 3,
};

const byId = (result: ReturnType<typeof aggregateAssessment>) =>
  Object.fromEntries(flattenGroups(result.groups).map((group) => [group.id, group]));

describe('aggregateAssessment with plain means', () => {
  const result = aggregateAssessment(tinyFramework('mean'), answers);
  const groups = byId(result);

  it.each([
    ['a', 3], // (4 + 2) / 2: "na" is left out, not counted as 0
    ['b', 2.5], // weights ignored by "mean"
    ['c1', null], // only insufficient evidence: nothing to score
    ['c2', 3], // the unanswered item is left out
    ['c', 3], // the mean of the sub-groups that have a score
  ])('group %s scores %s', (id, score) => {
    expect(groups[id].score).toBe(score);
  });

  it('averages the top-level groups at full precision', () => {
    expect(result.overall.score).toBeCloseTo((3 + 2.5 + 3) / 3, 12);
  });

  it('counts every kind of answer, per item, per group and overall', () => {
    expect(result.overall.counts).toEqual({
      scored: 5,
      notApplicable: 1,
      insufficientEvidence: 1,
      unanswered: 1,
    });
    expect(groups.a.counts).toEqual({ scored: 2, notApplicable: 1, insufficientEvidence: 0, unanswered: 0 });
    expect(groups.c.counts).toEqual({ scored: 1, notApplicable: 0, insufficientEvidence: 1, unanswered: 1 });
    const items = Object.fromEntries(flattenItems(result.groups).map((item) => [item.id, item]));
    expect(items.a3).toMatchObject({ answer: 'na', score: null });
    expect(items['c2-2']).toMatchObject({ answer: null, score: null, counts: { unanswered: 1 } });
  });

  it('keeps the dimension a group declares, and lists items in framework order', () => {
    expect(groups.a.dimension).toBe('political');
    expect(groups.b.dimension).toBeNull();
    expect(flattenItems(result.groups).map((item) => item.id)).toEqual(
      listItems(tinyFramework()).map(({ item }) => item.id),
    );
  });
});

describe('aggregateAssessment with weighted means', () => {
  const result = aggregateAssessment(tinyFramework('weighted_mean'), answers);
  const groups = byId(result);

  it('weights items and groups', () => {
    expect(groups.b.score).toBe((1 * 2 + 4 * 1) / 3);
    expect(groups.c.score).toBe(3); // c1 has no score, so its weight does not count
    expect(result.overall.score).toBe((3 * 1 + 2 * 3 + 3 * 1) / 5);
  });
});

describe('empty and unscored groups', () => {
  it('gives null, never zero, when nothing is scored', () => {
    const result = aggregateAssessment(tinyFramework(), {});
    expect(result.overall.score).toBeNull();
    expect(flattenGroups(result.groups).every((group) => group.score === null)).toBe(true);
    expect(result.overall.counts.unanswered).toBe(8);
  });

  it('gives null for a group where everything is not applicable', () => {
    const result = aggregateAssessment(tinyFramework(), { a1: 'na', a2: 'na', a3: 'na', b1: 2 });
    expect(byId(result).a).toMatchObject({ score: null, counts: { notApplicable: 3 } });
    expect(result.overall.score).toBe(2);
  });

  it('treats a real 0 as a score', () => {
    expect(byId(aggregateAssessment(tinyFramework(), { a1: 0, a2: 4 })).a.score).toBe(2);
  });
});

describe('answers that do not fit', () => {
  it.each([
    [{ a1: 5 }, 'answers.a1: 5 is not a level of the scale (0, 1, 2, 3, 4)'],
    [{ a1: 'yes' }, 'answers.a1: "yes" is not a level'],
    [{ zz: 1 }, 'answers.zz: no item "zz" in tiny'],
  ])('rejects %j', (bad, message) => {
    expect(() => aggregateAssessment(tinyFramework(), bad as Answers)).toThrow(message);
  });
});

describe('PEFA indicators', () => {
  const result = aggregateAssessment(pefaFramework(), {
    'm1-1': 4,
    'm1-2': 2,
    'm1-3': 'insufficient_evidence',
    'm2-1': 4,
    'm2-2': 3,
    'm2-3': 'na',
  });
  const groups = byId(result);

  it('grades a dimension short of evidence as D (D*) in M1, and still counts it as such', () => {
    expect(groups.m1).toMatchObject({
      score: 1.5,
      band: 'D+',
      counts: { scored: 2, insufficientEvidence: 1 },
    });
  });

  it('averages the applicable dimensions in M2', () => {
    expect(groups.m2).toMatchObject({ score: 3.5, band: 'B+', counts: { notApplicable: 1, unanswered: 1 } });
  });

  it('letters each dimension and gives the overall mean without a letter', () => {
    expect(flattenItems(result.groups).map((item) => item.band)).toEqual([
      'A',
      'C',
      null,
      'A',
      'B',
      null,
      null,
    ]);
    expect(result.overall).toMatchObject({ score: 2.5, band: null });
  });
});

describe('defence integrity risk', () => {
  const scoreArea = (areaId: string, scores: number[]) =>
    Object.fromEntries(
      (DEFENCE_INTEGRITY_RISK.groups.find((g) => g.id === areaId)?.items ?? []).map((item, index) => [
        item.id,
        scores[index],
      ]),
    );

  it('bands indicators, areas and the overall score, rounding 82.5 up to A', () => {
    const result = aggregateAssessment(DEFENCE_INTEGRITY_RISK, {
      ...scoreArea('political', [100, 100, 100, 100]),
      ...scoreArea('financial', [75, 75, 75, 75]),
      ...scoreArea('personnel', [75, 75, 75, 75]),
      ...scoreArea('operations', [100, 100, 75, 75]),
      ...scoreArea('procurement', [50, 100, 75, 75]),
    });
    const groups = byId(result);
    expect([
      groups.political.band,
      groups.financial.band,
      groups.operations.score,
      groups.operations.band,
    ]).toEqual(['A', 'B', 87.5, 'A']);
    expect(result.overall).toMatchObject({ score: 82.5, band: 'A' });
    expect(flattenItems(result.groups)[0]).toMatchObject({ score: 100, band: 'A' });
  });
});
