import { describe, expect, it } from 'vitest';
import { parseBudgetCsv, parseCofog, parseEconomicClass } from './budget-csv.ts';
import { parseMacroCsv } from './macro-csv.ts';
import { parseRatesCsv } from './rates-csv.ts';

const lookups = {
  institutions: [
    { id: 'police', name: 'National Police', acronym: 'PN' },
    { id: 'army', name: 'Armed Forces', acronym: 'FA' },
    { id: 'guard', name: 'Presidential Guard', acronym: 'FA' },
  ],
  funders: [{ id: 'eu', name: 'European Union', acronym: 'EU' }],
};
const row = {
  fiscalYear: '2026',
  institution: 'pn',
  cofog: '03.1',
  economicClass: 'Personnel',
  description: 'Salaries',
  currency: 'xof',
  approved: '1 200 000',
  revised: '',
  executed: '900000',
  source: '',
  secret: 'no',
  offBudget: '',
};

describe('parseCofog and parseEconomicClass', () => {
  it.each([
    ['02.1', '02.1'],
    ['2.1', '02.1'],
    ['031', '03.1'],
    ['03.6', '03.6'],
    ['03.7', null],
    ['01.1', null],
    ['police', null],
  ])('COFOG %s → %s', (raw, expected) => expect(parseCofog(raw)).toBe(expected));
  it.each([
    ['personnel', 'personnel'],
    ['Goods services', 'goods_services'],
    ['goods and services', 'goods_services'],
    ['CAPITAL', 'capital'],
    ['salaries', null],
  ])('class %s → %s', (raw, expected) => expect(parseEconomicClass(raw)).toBe(expected));
});

describe('parseBudgetCsv', () => {
  it('reads a valid row, resolving the institution by acronym and a blank source as domestic', () => {
    const result = parseBudgetCsv(
      [row, { ...row, source: 'European Union', secret: 'yes', institution: '' }],
      lookups,
    );
    expect(result).toEqual({
      ok: true,
      lines: [
        {
          fiscalYear: 2026,
          actorId: 'police',
          cofog: '03.1',
          economicClass: 'personnel',
          description: 'Salaries',
          currency: 'XOF',
          approved: 1_200_000,
          revised: null,
          executed: 900_000,
          sourceFunderId: null,
          secret: false,
          offBudget: false,
        },
        expect.objectContaining({ actorId: null, sourceFunderId: 'eu', secret: true }),
      ],
    });
  });

  it.each([
    [{ fiscalYear: '26' }, 'fiscalYear', /not a year/],
    [{ cofog: '04.1' }, 'cofog', /not a COFOG group/],
    [{ economicClass: 'wages' }, 'economicClass', /not one of/],
    [{ currency: 'euro' }, 'currency', /ISO 4217/],
    [{ approved: '' }, 'approved', /required/],
    [{ approved: '-5' }, 'approved', /negative/],
    [{ executed: 'lots' }, 'executed', /not a number/],
    [{ approved: '9'.repeat(25) }, 'approved', /too large/],
    [{ institution: 'Ministry of Magic' }, 'institution', /not the name or acronym/],
    [{ institution: 'FA' }, 'institution', /several records/],
    [{ source: 'World Bank' }, 'source', /funder/],
    [{ offBudget: 'maybe' }, 'offBudget', /yes or no/],
  ])('%o fails on %s, naming row 3', (change, field, message) => {
    const result = parseBudgetCsv([row, { ...row, ...change }], lookups);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 3, field });
    expect(result.errors[0].message).toMatch(message);
  });

  it('refuses unknown and missing columns on the header row, and an empty file', () => {
    const { currency: _omitted, ...noCurrency } = row;
    const result = parseBudgetCsv([{ ...noCurrency, colour: 'red' }], lookups);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 1, field: 'colour', message: expect.stringMatching(/not a known column/) },
        { row: 1, field: 'currency', message: 'column is missing' },
      ],
    });
    expect(parseBudgetCsv([], lookups)).toMatchObject({ ok: false, errors: [{ row: 1, field: 'file' }] });
  });
});

describe('parseMacroCsv', () => {
  it('reads years with blank values as unknown', () => {
    expect(
      parseMacroCsv([{ 'Fiscal year': '2025', GDP: '15,000,000,000', revenue: '', expenditure: '2.5' }]),
    ).toEqual({
      ok: true,
      years: [{ fiscalYear: 2025, gdp: 15e9, revenue: null, expenditure: 2.5 }],
    });
  });
  it('refuses a year given twice and a negative value', () => {
    const result = parseMacroCsv([
      { fiscalYear: '2025', gdp: '1' },
      { fiscalYear: '2025', gdp: '2' },
      { fiscalYear: '2026', gdp: '-2' },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, field: 'fiscalYear', message: '2025 is already on row 2' },
        { row: 4, field: 'gdp', message: 'must not be negative' },
      ],
    });
  });
});

describe('parseRatesCsv', () => {
  const rate = { fromCurrency: 'eur', toCurrency: 'XOF', rateDate: '2026-01-01', rate: '655.957' };
  it('reads rates, upper-casing codes', () => {
    expect(parseRatesCsv([rate])).toEqual({
      ok: true,
      rates: [{ fromCurrency: 'EUR', toCurrency: 'XOF', rateDate: '2026-01-01', rate: 655.957, row: 2 }],
    });
  });
  it.each([
    [{ rateDate: '2026-02-30' }, 'rateDate', /YYYY-MM-DD/],
    [{ rateDate: '01/01/2026' }, 'rateDate', /YYYY-MM-DD/],
    [{ rate: '0' }, 'rate', /greater than 0/],
    [{ toCurrency: 'EUR' }, 'toCurrency', /must differ/],
    [{ fromCurrency: 'euro' }, 'fromCurrency', /ISO 4217/],
  ])('%o fails on %s', (change, field, message) => {
    const result = parseRatesCsv([{ ...rate, ...change }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ row: 2, field, message: expect.stringMatching(message) }]);
  });
  it('refuses the same pair and date twice', () => {
    expect(parseRatesCsv([rate, { ...rate, rate: '656' }])).toEqual({
      ok: false,
      errors: [{ row: 3, field: 'rateDate', message: 'the EUR→XOF rate of 2026-01-01 is already on row 2' }],
    });
  });
});
