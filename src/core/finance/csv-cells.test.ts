import { describe, expect, it } from 'vitest';
import { columnKey, parseAmount, parseFiscalYear } from './csv-cells.ts';

describe('parseAmount', () => {
  it.each([
    ['1200', 1200],
    ['1 200 000', 1_200_000],
    ['1\u00a0200,50', 1200.5],
    ['1,200', 1200],
    ['1,200,000.75', 1_200_000.75],
    ['1.200.000,75', 1_200_000.75],
    ['1.200.000', 1_200_000],
    ["1'200'000", 1_200_000],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['0', 0],
    ['-30', -30],
  ])('%s is %d', (raw, expected) => expect(parseAmount(raw)).toBe(expected));

  it.each(['', 'abc', '12a', '1,200,5', '1.2.3,4,5', '$100', '1e5', '.', ','])('%s is not an amount', (raw) =>
    expect(parseAmount(raw)).toBeNull(),
  );
});

describe('parseFiscalYear', () => {
  it.each([
    ['2025', 2025],
    [' 1999 ', 1999],
    ['25', null],
    ['1800', null],
    ['2025.0', null],
  ])('%s → %s', (raw, expected) => expect(parseFiscalYear(raw)).toBe(expected));
});

describe('columnKey', () => {
  it.each([
    ['fiscalYear', 'fiscalyear'],
    ['Fiscal year', 'fiscalyear'],
    ['fiscal_year', 'fiscalyear'],
    [' OFF-BUDGET ', 'offbudget'],
  ])('%s → %s', (raw, expected) => expect(columnKey(raw)).toBe(expected));
});
