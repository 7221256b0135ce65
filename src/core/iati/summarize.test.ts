import { describe, expect, it } from 'vitest';
import { IatiSummaryBuilder } from './summarize';
import type { IatiActivity, IatiTransaction } from './types';

const tx = (
  type: IatiTransaction['type'],
  value: number,
  currency: string | null,
  sectors: string[] = [],
): IatiTransaction => ({
  type,
  date: '2020-01-01',
  value: { value, currency, valueDate: '2020-01-01' },
  description: null,
  providerOrg: null,
  receiverOrg: null,
  sectors: sectors.map((code) => ({ code, vocabulary: '1', percentage: null })),
});

const activity = (
  defaultCurrency: string | null,
  sectors: string[],
  transactions: IatiTransaction[],
): IatiActivity => ({
  identifier: 'A',
  title: 'A',
  description: null,
  defaultCurrency,
  language: null,
  reportingOrg: null,
  participatingOrgs: [],
  status: null,
  plannedStart: null,
  actualStart: null,
  plannedEnd: null,
  actualEnd: null,
  recipientCountries: [],
  sectors: sectors.map((code) => ({ code, vocabulary: '1', percentage: null })),
  budgets: [],
  plannedDisbursements: [],
  transactions,
  results: [],
});

describe('IATI summary', () => {
  it('counts activities per sector once, sums the four main types by currency, leaves the others out', () => {
    const summary = new IatiSummaryBuilder();
    summary.add(
      activity(
        'GBP',
        ['15210', '15220'],
        [tx('commitment', 100, null, ['15210']), tx('disbursement', 40, 'EUR')],
      ),
    );
    summary.add(
      activity(
        null,
        [],
        [
          tx('disbursement', 10, null, ['15130']),
          tx('loan-repayment', 5, 'USD'),
          tx('expenditure', 2, 'usd'),
        ],
      ),
    );
    summary.add(activity('GBP', ['15210'], [tx('commitment', 0.1, null), tx('commitment', 0.2, null)]));
    expect(JSON.stringify(summary.result('2.03'))).toBe(
      JSON.stringify({
        version: '2.03',
        activities: 3,
        activitiesBySector: { '15130': 1, '15210': 2, '15220': 1 },
        transactionTotals: {
          commitment: { GBP: 100.3 },
          disbursement: { EUR: 40, XXX: 10 },
          expenditure: { USD: 2 },
          'incoming-funds': {},
        },
      }),
    );
  });

  it('keeps the four main types even for an empty file', () => {
    expect(new IatiSummaryBuilder().result('1.00')).toEqual({
      version: '1.00',
      activities: 0,
      activitiesBySector: {},
      transactionTotals: { commitment: {}, disbursement: {}, expenditure: {}, 'incoming-funds': {} },
    });
  });

  it('adds a million small amounts without float drift', () => {
    const summary = new IatiSummaryBuilder();
    summary.add(
      activity(
        'EUR',
        [],
        Array.from({ length: 1_000_000 }, () => tx('expenditure', 0.1, null)),
      ),
    );
    expect(summary.result('2.03').transactionTotals.expenditure).toEqual({ EUR: 100000 });
  });
});
