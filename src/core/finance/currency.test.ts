import { describe, expect, it } from 'vitest';
import { Converter } from './conversion.ts';
import { RateTable } from './currency.ts';

const table = new RateTable([
  { fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-01-01', rate: 1.1 },
  { fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-07-01', rate: 1.2 },
  { fromCurrency: 'USD', toCurrency: 'EUR', rateDate: '2026-07-01', rate: 0.8 },
  { fromCurrency: 'GBP', toCurrency: 'USD', rateDate: '2026-01-01', rate: 0 },
]);

describe('RateTable', () => {
  it.each([
    // from, to, date, rate, rate date
    ['USD', 'USD', '2026-03-01', 1, null],
    ['EUR', 'USD', '2025-06-01', 1.1, '2026-01-01'], // before the first rate: the first
    ['EUR', 'USD', '2026-03-01', 1.1, '2026-01-01'],
    ['EUR', 'USD', '2026-07-01', 1.2, '2026-07-01'],
    ['EUR', 'USD', '2030-01-01', 1.2, '2026-07-01'], // after the last: the last
    ['USD', 'EUR', '2026-03-01', 1 / 1.1, '2026-01-01'], // derived from the inverse pair
    ['USD', 'EUR', '2026-08-01', 0.8, '2026-07-01'], // a direct rate wins over the derived one
  ])('%s → %s on %s uses %f from %s', (from, to, date, rate, rateDate) => {
    const found = table.rateOn(from, to, date);
    expect(found?.rate).toBeCloseTo(rate as number, 10);
    expect(found?.rateDate).toBe(rateDate);
  });

  it('has no rate between unlinked currencies, nor from a zero rate', () => {
    expect(table.rateOn('XOF', 'USD', '2026-01-01')).toBeNull();
    expect(table.convert(100, 'GBP', 'USD', '2026-01-01')).toBeNull();
  });

  it('converts and returns the rate used', () => {
    expect(table.convert(100, 'EUR', 'USD', '2026-09-30')).toEqual({
      amount: 120,
      rate: 1.2,
      rateDate: '2026-07-01',
    });
  });
});

describe('Converter', () => {
  it('remembers the rates used and the currencies without one', () => {
    const converter = new Converter(table, 'USD');
    expect(converter.convert(10, 'EUR', '2026-02-01')).toBeCloseTo(11);
    expect(converter.convert(10, 'EUR', '2026-03-01')).toBeCloseTo(11);
    expect(converter.convert(10, 'EUR', '2026-08-01')).toBeCloseTo(12);
    expect(converter.convert(10, 'USD', '2026-08-01')).toBe(10);
    expect(converter.convert(10, 'XOF', '2026-08-01')).toBeNull();
    expect(converter.ratesUsed()).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.1, rateDate: '2026-01-01' },
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.2, rateDate: '2026-07-01' },
    ]);
    expect(converter.missingRates()).toEqual([{ currency: 'XOF', toCurrency: 'USD', count: 1, amount: 10 }]);
  });
});
