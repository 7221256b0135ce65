import { describe, expect, it } from 'vitest';
import { RateTable } from './currency.ts';
import { type FlowAmount, fundingTotals, odaShare } from './funding-totals.ts';

const rates = new RateTable([
  { fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-01-01', rate: 1.1 },
  { fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-07-01', rate: 1.2 },
  { fromCurrency: 'USD', toCurrency: 'GBP', rateDate: '2026-01-01', rate: 0.8 },
]);
const flow = (over: Partial<FlowAmount>): FlowAmount => ({
  kind: 'commitment',
  amount: 100,
  currency: 'USD',
  flowDate: '2026-03-01',
  purposeCode: '15220',
  ...over,
});

describe('fundingTotals', () => {
  it.each<[string, FlowAmount[], string, Record<string, number>]>([
    ['same currency adds up as is', [flow({}), flow({ amount: 50 })], 'USD', { commitment: 150 }],
    [
      'a rate by the flow date',
      [flow({ currency: 'EUR' }), flow({ currency: 'EUR', flowDate: '2026-08-01' })],
      'USD',
      { commitment: 230 },
    ],
    [
      'before the first rate, the first applies',
      [flow({ currency: 'EUR', flowDate: '2025-05-01' })],
      'USD',
      { commitment: 110 },
    ],
    ['the inverse of a given rate', [flow({ currency: 'GBP', amount: 80 })], 'USD', { commitment: 100 }],
    [
      'kinds apart',
      [flow({}), flow({ kind: 'disbursement', amount: 40 }), flow({ kind: 'expenditure', amount: 10 })],
      'USD',
      { commitment: 100, disbursement: 40, expenditure: 10 },
    ],
  ])('%s', (_label, flows, currency, expected) => {
    const totals = fundingTotals(flows, rates, currency);
    expect(totals.byKind).toEqual({
      commitment: 0,
      disbursement: 0,
      expenditure: 0,
      incoming_funds: 0,
      ...expected,
    });
    expect(totals.missingRates).toEqual([]);
  });

  it('lists the rates used with how many flows each converted', () => {
    const totals = fundingTotals(
      [flow({ currency: 'EUR' }), flow({ currency: 'EUR', flowDate: '2026-04-01' }), flow({})],
      rates,
      'USD',
    );
    expect(totals.ratesUsed).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.1, rateDate: '2026-01-01' },
    ]);
  });

  it('reports flows no rate converts and leaves them out, never guessing', () => {
    const totals = fundingTotals(
      [flow({}), flow({ currency: 'XOF', amount: 5000 }), flow({ currency: 'XOF' })],
      rates,
      'USD',
    );
    expect(totals.byKind.commitment).toBe(100);
    expect(totals.missingRates).toEqual([{ currency: 'XOF', toCurrency: 'USD', count: 2, amount: 5100 }]);
    // EUR → GBP would need a cross rate through USD: not derived
    expect(fundingTotals([flow({ currency: 'EUR' })], rates, 'GBP').missingRates).toHaveLength(1);
  });

  it('splits each kind by the ODA status of its purpose codes', () => {
    const totals = fundingTotals(
      [
        flow({ purposeCode: '15220', amount: 60 }),
        flow({ purposeCode: '15210', amount: 30 }),
        flow({ purposeCode: null, amount: 10 }),
        flow({ purposeCode: '99999', amount: 0.5 }),
      ],
      rates,
      'USD',
    );
    expect(totals.odaByKind.commitment).toEqual({ yes: 60, partly: 30, unknown: 10.5 });
    expect(odaShare(totals, 'commitment')?.yes).toBeCloseTo(60 / 100.5);
    expect(odaShare(totals, 'disbursement')).toBeNull();
  });
});
