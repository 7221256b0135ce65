import { describe, expect, it } from 'vitest';
import { categoryOptionCombos, comboMatches, comboOptions } from './combos.ts';

const sex = { code: 'SEX', options: [{ code: 'F' }, { code: 'M' }] };
const age = { code: 'AGE', options: [{ code: 'Y15_24' }, { code: 'Y25' }] };

describe('categoryOptionCombos', () => {
  it.each([
    { categories: [], combos: ['default'] },
    { categories: [sex], combos: ['F', 'M'] },
    { categories: [sex, age], combos: ['F_Y15_24', 'F_Y25', 'M_Y15_24', 'M_Y25'] },
    { categories: [age, sex], combos: ['Y15_24_F', 'Y15_24_M', 'Y25_F', 'Y25_M'] },
    { categories: [sex, { code: 'EMPTY', options: [] }], combos: [] },
  ])('$combos', ({ categories, combos }) => {
    expect(categoryOptionCombos(categories)).toEqual(combos);
  });
});

describe('comboOptions', () => {
  it.each([
    { combo: 'default', categories: [], options: [] },
    { combo: 'F', categories: [], options: null },
    { combo: 'F_Y15_24', categories: [sex, age], options: ['F', 'Y15_24'] },
    { combo: 'Y15_24_M', categories: [age, sex], options: ['Y15_24', 'M'] },
    { combo: 'F_Y99', categories: [sex, age], options: null },
    { combo: 'F', categories: [sex, age], options: null },
  ])('$combo', ({ combo, categories, options }) => {
    expect(comboOptions(combo, categories)).toEqual(options);
  });
});

describe('comboMatches', () => {
  it.each([
    { combo: 'F_Y15_24', filter: { category: 'SEX', option: 'F' }, matches: true },
    { combo: 'F_Y15_24', filter: { category: 'sex', option: 'f' }, matches: true },
    { combo: 'M_Y15_24', filter: { category: 'SEX', option: 'F' }, matches: false },
    { combo: 'M_Y15_24', filter: { category: 'AGE', option: 'Y15_24' }, matches: true },
    { combo: 'M_Y25', filter: { category: 'AGE', option: 'Y15_24' }, matches: false },
    { combo: 'F_Y25', filter: { category: 'REGION', option: 'F' }, matches: false },
    { combo: 'bogus', filter: { category: 'SEX', option: 'F' }, matches: false },
  ])('$combo with $filter.category=$filter.option', ({ combo, filter, matches }) => {
    expect(comboMatches(combo, [sex, age], filter)).toBe(matches);
  });

  it('never matches an element without categories', () => {
    expect(comboMatches('default', [], { category: 'SEX', option: 'F' })).toBe(false);
  });
});
