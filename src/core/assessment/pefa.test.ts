import { describe, expect, it } from 'vitest';
import { PEFA_STYLE } from '../frameworks/pefa-style.ts';
import { aggregateAssessment } from './aggregate.ts';
import { pefaFramework } from './fixtures.ts';
import {
  type PefaGrade,
  pefaDerivedIndicatorIds,
  pefaIndicatorScore,
  pefaM1,
  pefaM2,
  pefaM2IsDerived,
  pefaScoreFromValue,
  pefaScoreValue,
} from './pefa.ts';

const grades = (letters: string) => [...letters] as PefaGrade[];

describe('pefaM1 (weakest link)', () => {
  it.each([
    ['A', 'A'],
    ['D', 'D'],
    ['AA', 'A'],
    ['BB', 'B'],
    ['CCC', 'C'],
    ['BC', 'C+'],
    ['CB', 'C+'],
    ['DA', 'D+'],
    ['ABC', 'C+'],
    ['BBBD', 'D+'],
    ['DDDD', 'D'],
    ['AAAB', 'B+'],
  ])('%s → %s', (letters, expected) => {
    expect(pefaM1(grades(letters))).toBe(expected);
  });

  it('has no score without dimensions', () => {
    expect(pefaM1([])).toBeNull();
  });
});

/*
 * Every combination of dimension grades (order does not matter) and the M2 score our derived rule
 * gives: the mean of D=1 … A=4 rounded to the nearest half grade, halves up. Two dimensions match
 * the published PEFA table; compare the three- and four-dimension rows with the official table
 * before relying on them (see pefaM2).
 */
const M2_TWO = [
  ['DD', 'D'],
  ['DC', 'D+'],
  ['DB', 'C'],
  ['DA', 'C+'],
  ['CC', 'C'],
  ['CB', 'C+'],
  ['CA', 'B'],
  ['BB', 'B'],
  ['BA', 'B+'],
  ['AA', 'A'],
];
const M2_THREE = [
  ['DDD', 'D'],
  ['DDC', 'D+'],
  ['DDB', 'D+'],
  ['DDA', 'C'],
  ['DCC', 'D+'],
  ['DCB', 'C'],
  ['DCA', 'C+'],
  ['DBB', 'C+'],
  ['DBA', 'C+'],
  ['DAA', 'B'],
  ['CCC', 'C'],
  ['CCB', 'C+'],
  ['CCA', 'C+'],
  ['CBB', 'C+'],
  ['CBA', 'B'],
  ['CAA', 'B+'],
  ['BBB', 'B'],
  ['BBA', 'B+'],
  ['BAA', 'B+'],
  ['AAA', 'A'],
];
const M2_FOUR = [
  ['DDDD', 'D'],
  ['DDDC', 'D+'],
  ['DDDB', 'D+'],
  ['DDDA', 'C'],
  ['DDCC', 'D+'],
  ['DDCB', 'C'],
  ['DDCA', 'C'],
  ['DDBB', 'C'],
  ['DDBA', 'C+'],
  ['DDAA', 'C+'],
  ['DCCC', 'C'],
  ['DCCB', 'C'],
  ['DCCA', 'C+'],
  ['DCBB', 'C+'],
  ['DCBA', 'C+'],
  ['DCAA', 'B'],
  ['DBBB', 'C+'],
  ['DBBA', 'B'],
  ['DBAA', 'B'],
  ['DAAA', 'B+'],
  ['CCCC', 'C'],
  ['CCCB', 'C+'],
  ['CCCA', 'C+'],
  ['CCBB', 'C+'],
  ['CCBA', 'B'],
  ['CCAA', 'B'],
  ['CBBB', 'B'],
  ['CBBA', 'B'],
  ['CBAA', 'B+'],
  ['CAAA', 'B+'],
  ['BBBB', 'B'],
  ['BBBA', 'B+'],
  ['BBAA', 'B+'],
  ['BAAA', 'A'],
  ['AAAA', 'A'],
];

describe('pefaM2 (averaging)', () => {
  it('lists every combination once', () => {
    expect([M2_TWO.length, M2_THREE.length, M2_FOUR.length]).toEqual([10, 20, 35]);
  });

  it.each([...M2_TWO, ...M2_THREE, ...M2_FOUR])('%s → %s', (letters, expected) => {
    expect(pefaM2(grades(letters))).toBe(expected);
  });

  it('does not depend on the order of dimensions', () => {
    expect(pefaM2(grades('ADCB'))).toBe(pefaM2(grades('ABCD')));
    expect(pefaM2(grades('AD'))).toBe('C+');
  });

  it('keeps a single dimension as it is, and has no score without dimensions', () => {
    expect(pefaM2(grades('B'))).toBe('B');
    expect(pefaM2([])).toBeNull();
  });
});

describe('PEFA score values', () => {
  it('puts a "+" half-way to the next grade', () => {
    expect(['D', 'D+', 'C', 'C+', 'B', 'B+', 'A'].map((s) => pefaScoreValue(s as 'A'))).toEqual([
      1, 1.5, 2, 2.5, 3, 3.5, 4,
    ]);
    expect(pefaScoreFromValue(2.5)).toBe('C+');
    expect(() => pefaScoreFromValue(2.25)).toThrow(/not a PEFA score/);
  });
});

describe('which M2 scores rest on the derived rule', () => {
  it.each([
    [0, false],
    [1, false],
    [2, false],
    [3, true],
    [4, true],
    [5, true],
  ])('%i graded dimensions → derived %s', (count, derived) => {
    expect(pefaM2IsDerived(count)).toBe(derived);
  });

  it('flags M2 scores over three or more dimensions, never M1 ones', () => {
    expect(pefaIndicatorScore('M2', grades('AB'))).toEqual({ score: 'B+', derived: false });
    expect(pefaIndicatorScore('M2', grades('ABC'))).toEqual({ score: 'B', derived: true });
    expect(pefaIndicatorScore('M2', grades('ABCD'))).toEqual({ score: 'C+', derived: true });
    expect(pefaIndicatorScore('M1', grades('ABCD'))).toEqual({ score: 'D+', derived: false });
  });

  it('names the framework indicators that can be scored by the derived rule', () => {
    expect(pefaDerivedIndicatorIds(pefaFramework().groups)).toEqual(['m2']);
    // The built-in PEFA-style framework: SPI-2 (three dimensions) and SPI-5 (four) average.
    expect(pefaDerivedIndicatorIds(PEFA_STYLE.groups)).toEqual(
      PEFA_STYLE.groups
        .filter((group) => group.pefaMethod === 'M2' && group.items.length >= 3)
        .map((group) => group.id),
    );
    expect(pefaDerivedIndicatorIds(PEFA_STYLE.groups)).toContain('spi-2');
  });

  it('marks the computed indicator score, counting only the dimensions that were graded', () => {
    const byId = (answers: Parameters<typeof aggregateAssessment>[1]) =>
      Object.fromEntries(
        aggregateAssessment(pefaFramework(), answers).groups.map((group) => [group.id, group]),
      );
    const threeGraded = byId({
      'm1-1': 4,
      'm1-2': 3,
      'm1-3': 2,
      'm2-1': 4,
      'm2-2': 3,
      'm2-3': 1,
      'm2-4': 'na',
    });
    expect(threeGraded.m2).toMatchObject({ band: 'C+', derivedRule: true });
    expect(threeGraded.m1).toMatchObject({ band: 'C+', derivedRule: false });
    const twoGraded = byId({ 'm2-1': 4, 'm2-2': 3, 'm2-3': 'na', 'm2-4': 'na' });
    expect(twoGraded.m2).toMatchObject({ band: 'B+', derivedRule: false });
    const shortOfEvidence = byId({ 'm2-1': 4, 'm2-2': 3, 'm2-3': 'insufficient_evidence' });
    expect(shortOfEvidence.m2).toMatchObject({ band: 'C+', derivedRule: true });
    expect(byId({}).m2).toMatchObject({ band: null, derivedRule: false });
  });
});
