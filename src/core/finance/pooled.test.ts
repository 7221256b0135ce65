import { describe, expect, it } from 'vitest';
import { RateTable } from './currency.ts';
import { activityBudgetCost, type PooledFlow, summarisePooledFund } from './pooled.ts';

const rates = new RateTable([{ fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-01-01', rate: 1.25 }]);
const FUND = 'fund';
const flow = (over: Partial<PooledFlow>): PooledFlow => ({
  funderId: 'uk',
  toFunderId: FUND,
  kind: 'commitment',
  amount: 100,
  currency: 'USD',
  flowDate: '2026-03-01',
  planItemId: null,
  ...over,
});
const summary = (flows: PooledFlow[]) =>
  summarisePooledFund({
    fundId: FUND,
    flows,
    table: rates,
    currency: 'USD',
    planOfItem: new Map([
      ['a1', 'plan'],
      ['a2', 'plan'],
    ]),
    planCosts: [
      { planId: 'plan', planName: 'National plan', cost: 1000, unconvertedCurrencies: [] },
      { planId: 'other', planName: 'Other plan', cost: 500, unconvertedCurrencies: [] },
    ],
  });

describe('summarisePooledFund', () => {
  const flows = [
    flow({ funderId: 'uk', amount: 400 }),
    flow({ funderId: 'uk', kind: 'disbursement', amount: 300 }),
    flow({ funderId: 'eu', kind: 'commitment', amount: 200, currency: 'EUR' }),
    flow({ funderId: 'eu', kind: 'incoming_funds', amount: 80, currency: 'EUR' }),
    flow({ funderId: FUND, toFunderId: null, planItemId: 'a1', amount: 250 }),
    flow({ funderId: FUND, toFunderId: null, planItemId: 'a1', kind: 'disbursement', amount: 150 }),
    flow({ funderId: FUND, toFunderId: null, planItemId: 'a2', amount: 50 }),
    flow({ funderId: FUND, toFunderId: null, planItemId: 'a2', kind: 'expenditure', amount: 20 }),
    // another fund's flows and a donor's own project are not this fund's
    flow({ funderId: 'uk', toFunderId: null, planItemId: 'a1', amount: 999 }),
    flow({ funderId: 'eu', toFunderId: 'other-fund', amount: 999 }),
  ];

  it('adds contributions in by contributor, converted to one currency', () => {
    const result = summary(flows);
    expect(result.contributions).toEqual([
      { funderId: 'uk', committed: 400, paid: 300 },
      { funderId: 'eu', committed: 250, paid: 100 },
    ]);
    expect([result.contributedCommitted, result.contributedPaid]).toEqual([650, 400]);
  });

  it('adds allocations out by item, and the balance is paid in less disbursed out', () => {
    const result = summary(flows);
    expect(result.allocations).toEqual([
      { planItemId: 'a1', committed: 250, disbursed: 150, spent: 0 },
      { planItemId: 'a2', committed: 50, disbursed: 0, spent: 20 },
    ]);
    expect(result.balance).toBe(400 - 150);
    expect(result.unallocated).toBe(400 - 300);
  });

  it('gives the share of each plan its allocations cover, only for plans it allocates to', () => {
    expect(summary(flows).programmeShares).toEqual([
      {
        planId: 'plan',
        planName: 'National plan',
        allocated: 300,
        cost: 1000,
        unconvertedCurrencies: [],
        share: 0.3,
      },
    ]);
  });

  it.each<[string, number, string[]]>([
    ['no budget cost, without dividing by zero', 0, []],
    ['a cost partly in a currency no rate converts', 800, ['XOF']],
  ])('gives no share for a plan with %s', (_label, cost, unconvertedCurrencies) => {
    const result = summarisePooledFund({
      fundId: FUND,
      flows: [flow({ funderId: FUND, toFunderId: null, planItemId: 'a1' })],
      table: rates,
      currency: 'USD',
      planOfItem: new Map([['a1', 'plan']]),
      planCosts: [{ planId: 'plan', planName: 'National plan', cost, unconvertedCurrencies }],
    });
    expect(result.programmeShares[0].share).toBeNull();
  });

  it('leaves out and reports flows no rate converts', () => {
    const result = summary([flow({ currency: 'XOF', amount: 1000 }), flow({ amount: 10 })]);
    expect(result.contributedCommitted).toBe(10);
    expect(result.missingRates).toEqual([{ currency: 'XOF', toCurrency: 'USD', count: 1, amount: 1000 }]);
  });
});

describe('activityBudgetCost', () => {
  it.each<[number, string, number, number]>([
    [1200, 'total', 6, 1200],
    [100, 'concurrent', 6, 600],
    [100, 'concurrent', 0, 0],
    [500, 'total', 0, 500],
  ])('%d on a %s budget over %d months costs %d', (amount, limitKind, duration, cost) => {
    expect(activityBudgetCost(amount, limitKind, duration)).toBe(cost);
  });
});
