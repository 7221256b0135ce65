import { describe, expect, it } from 'vitest';
import { DEFENCE_INTEGRITY_RISK } from '../frameworks/defence-integrity-risk.ts';
import { consolidate } from './consolidate.ts';
import { tinyFramework } from './fixtures.ts';

const framework = tinyFramework();
const answersByAssessor = {
  amina: { a1: 2, a2: 1, a3: 'na', b1: 0 },
  bruno: { a1: 3, a2: 3, a3: 2, b1: 4 },
  chen: { a1: 3, a2: 2, a3: 2 },
} as const;

describe('consolidate', () => {
  const result = consolidate(framework, answersByAssessor);
  const item = (id: string) => result.items.find((entry) => entry.itemId === id);

  it.each([
    ['a1', { mean: 8 / 3, min: 2, max: 3, spread: 1, spreadSteps: 1, disagreement: false }],
    ['a2', { mean: 2, min: 1, max: 3, spread: 2, spreadSteps: 2, disagreement: true }],
    ['a3', { scored: 2, spread: 0, disagreement: false, applicabilityConflict: true }],
    ['b1', { scored: 2, mean: 2, spread: 4, spreadSteps: 4, disagreement: true }],
    ['b2', { scored: 0, mean: null, spread: null, disagreement: false, applicabilityConflict: false }],
  ])('item %s', (id, expected) => {
    expect(item(id)).toMatchObject(expected);
  });

  it("keeps each assessor's answer, null where they gave none", () => {
    expect(item('b1')?.answers).toEqual({ amina: 0, bruno: 4, chen: null });
    expect(result.assessors).toEqual(['amina', 'bruno', 'chen']);
  });

  it('lists the items in disagreement in framework order', () => {
    expect(result.disagreements).toEqual(['a2', 'b1']);
  });

  it('flags neighbouring levels too when no difference is tolerated', () => {
    expect(consolidate(framework, answersByAssessor, { toleratedSteps: 0 }).disagreements).toEqual([
      'a1',
      'a2',
      'b1',
    ]);
  });

  it('counts steps of the scale, not raw points', () => {
    const [first] = DEFENCE_INTEGRITY_RISK.groups[0].items;
    const apart = (a: number, b: number) =>
      consolidate(DEFENCE_INTEGRITY_RISK, { x: { [first.id]: a }, y: { [first.id]: b } }).items[0];
    expect(apart(25, 50)).toMatchObject({ spread: 25, spreadSteps: 1, disagreement: false });
    expect(apart(25, 75)).toMatchObject({ spread: 50, spreadSteps: 2, disagreement: true });

    const uneven = tinyFramework();
    uneven.scale = [0, 1, 5, 10, 20].map((value) => ({
      value,
      label: String(value),
      descriptor: { en: '' },
    }));
    const close = consolidate(uneven, { x: { a1: 1 }, y: { a1: 5 } }).items[0];
    expect(close).toMatchObject({ spread: 4, spreadSteps: 1, disagreement: false });
  });

  it('rejects an answer off the scale, naming the assessor', () => {
    expect(() => consolidate(framework, { amina: { a1: 9 } })).toThrow(
      'answersByAssessor.amina.a1: 9 is not a level',
    );
  });
});
