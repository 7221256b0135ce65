import { describe, expect, it } from 'vitest';
import { costRows } from './costRows';

const side = (
  costPerYear: { resourceId: string; name: string; currency: string | null; years: number[] }[],
) => ({
  planId: 'p',
  name: 'n',
  finishMonth: 0,
  costPerYear,
});

describe('costRows', () => {
  it('matches budgets by name and currency across the copy', () => {
    const rows = costRows({
      base: side([
        { resourceId: 'b1', name: 'EU budget', currency: 'EUR', years: [100, 200] },
        { resourceId: 'b2', name: 'Treasury', currency: 'XOF', years: [5] },
      ]),
      scenario: side([
        { resourceId: 's1', name: 'EU budget', currency: 'EUR', years: [100, 0, 0] },
        { resourceId: 's3', name: 'World Bank', currency: 'USD', years: [50] },
      ]),
    });
    expect(rows).toEqual([
      { key: 'eu budget|EUR', name: 'EU budget', currency: 'EUR', base: [100, 200], scenario: [100, 0, 0] },
      { key: 'treasury|XOF', name: 'Treasury', currency: 'XOF', base: [5], scenario: [] },
      { key: 'world bank|USD', name: 'World Bank', currency: 'USD', base: [], scenario: [50] },
    ]);
  });

  it('adds up same-named budgets on one side', () => {
    const rows = costRows({
      base: side([
        { resourceId: 'a', name: 'Grant', currency: null, years: [1, 2] },
        { resourceId: 'b', name: 'Grant', currency: null, years: [10] },
      ]),
      scenario: side([]),
    });
    expect(rows[0].base).toEqual([11, 2]);
  });
});
