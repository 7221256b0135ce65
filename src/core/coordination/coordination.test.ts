import { describe, expect, it } from 'vitest';
import { RateTable } from '../finance/currency.ts';
import { actionOverdue, commitmentOverdue, daysBetween, partyRefusal, reminders } from './compacts.ts';
import { type CoverageFlow, type CoverageInput, coverageMatrix, duplicationReason } from './coverage.ts';

const items = [
  { id: 'P1', parentId: null, planId: 'plan', code: 'P1', name: 'Police' },
  { id: 'P1.1', parentId: 'P1', planId: 'plan', code: 'P1.1', name: 'Recruitment' },
  { id: 'P1.1.1', parentId: 'P1.1', planId: 'plan', code: 'P1.1.1', name: 'Academy' },
  { id: 'P2', parentId: null, planId: 'plan', code: 'P2', name: 'Justice' },
  { id: 'OLD', parentId: null, planId: 'old', code: 'X', name: 'Old plan item' },
];

let flowSeq = 0;
const flow = (
  funderId: string,
  planItemId: string | null,
  extra: Partial<CoverageFlow> = {},
): CoverageFlow => ({
  id: `f${++flowSeq}`,
  funderId,
  kind: 'commitment',
  amount: 100,
  currency: 'USD',
  flowDate: '2027-01-01',
  purposeCode: '15210',
  planItemId,
  toFunderId: null,
  ...extra,
});

const base = (extra: Partial<CoverageInput>): CoverageInput => ({
  currency: 'USD',
  rates: new RateTable([{ fromCurrency: 'EUR', toCurrency: 'USD', rateDate: '2026-01-01', rate: 1.1 }]),
  funders: [
    { id: 'eu', name: 'EU' },
    { id: 'uk', name: 'UK' },
    { id: 'un', name: 'UN' },
  ],
  needs: [
    { id: 'n-high', title: 'Vetting', severity: 5, importance: 4 },
    { id: 'n-funded', title: 'Training', severity: 4, importance: 4 },
    { id: 'n-low', title: 'Uniforms', severity: 2, importance: 2 },
  ],
  items,
  itemNeeds: [{ itemId: 'P1.1', needId: 'n-funded' }],
  flows: [],
  mechanisms: [],
  planId: 'plan',
  ...extra,
});

const row = (matrix: ReturnType<typeof coverageMatrix>, id: string) => {
  const found = matrix.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('coverage matrix', () => {
  it('orders needs by priority, then areas by code, then unlinked flows by purpose code', () => {
    const matrix = coverageMatrix(base({ flows: [flow('eu', null, { purposeCode: '15130' })] }));
    expect(matrix.rows.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'need:n-high',
      'need:n-funded',
      'need:n-low',
      'area:P1',
      'area:P2',
      'unlinked:15130',
    ]);
    expect(row(matrix, 'n-high').priority).toBe(20);
  });

  it.each([
    // [flows, need, gap?]
    ['no flows: the priority need above the threshold is a gap', [], 'n-high', true],
    ['a need below the threshold is never a gap', [], 'n-low', false],
    [
      'a flow on an activity under the linked project funds the need',
      [flow('uk', 'P1.1.1')],
      'n-funded',
      false,
    ],
    ['no flow at all leaves the linked need a gap', [], 'n-funded', true],
    [
      'a disbursement alone counts as funding',
      [flow('uk', 'P1.1', { kind: 'disbursement' })],
      'n-funded',
      false,
    ],
    ['expenditure is not counted', [flow('uk', 'P1.1', { kind: 'expenditure' })], 'n-funded', true],
    [
      'a contribution into a pooled fund is not counted',
      [flow('uk', 'P1.1', { toFunderId: 'un' })],
      'n-funded',
      true,
    ],
  ] as const)('%s', (_label, flows, needId, gap) => {
    const matrix = coverageMatrix(base({ flows: [...flows] }));
    expect(row(matrix, needId).gap !== null).toBe(gap);
  });

  it('a gap says its key, the priority and the threshold; the threshold can be changed', () => {
    expect(row(coverageMatrix(base({})), 'n-high').gap).toEqual({
      key: 'coverage.gap.unfunded',
      params: { priority: 20, threshold: 15 },
    });
    expect(row(coverageMatrix(base({ gapThreshold: 4 })), 'n-low').gap).not.toBeNull();
  });

  it('sums committed and disbursed per funder in the chosen currency and lists the rates used', () => {
    const matrix = coverageMatrix(
      base({
        flows: [
          flow('eu', 'P1.1.1', { amount: 1000, currency: 'EUR' }),
          flow('eu', 'P1', { kind: 'disbursement', amount: 50 }),
          flow('uk', 'P2', { amount: 10, currency: 'GBP' }),
        ],
      }),
    );
    const police = row(matrix, 'P1');
    expect(police.cells.find((c) => c.funderId === 'eu')).toEqual({
      funderId: 'eu',
      committed: 1100,
      disbursed: 50,
    });
    expect(police.committed).toBeCloseTo(1100);
    expect(matrix.ratesUsed).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.1, rateDate: '2026-01-01' },
    ]);
    expect(matrix.missingRates).toEqual([{ currency: 'GBP', toCurrency: 'USD', count: 1, amount: 10 }]);
    expect(row(matrix, 'P2').committed).toBe(0);
  });

  it('flows on another plan or on no item stay visible by purpose code', () => {
    const matrix = coverageMatrix(
      base({ flows: [flow('eu', 'OLD', { purposeCode: '15220' }), flow('uk', null, { purposeCode: null })] }),
    );
    expect(row(matrix, '15220').committed).toBe(100);
    expect(row(matrix, '').committed).toBe(100);
  });

  it('flags an area with two funders and no mechanism, and clears it when a mechanism brings them together', () => {
    const flows = [flow('eu', 'P1.1.1'), flow('uk', 'P1')];
    expect(row(coverageMatrix(base({ flows })), 'P1').duplication).toEqual({
      key: 'coverage.duplication.noMechanism',
      params: { funders: 2 },
    });
    const byItem = {
      id: 'm',
      name: 'Police board',
      memberFunderIds: ['eu', 'uk'],
      planItemIds: ['P1.1'],
      purposeCodes: [],
    };
    expect(row(coverageMatrix(base({ flows, mechanisms: [byItem] })), 'P1').duplication).toBeNull();
    const byCode = { ...byItem, planItemIds: [], purposeCodes: ['15210'] };
    expect(row(coverageMatrix(base({ flows, mechanisms: [byCode] })), 'P1').duplication).toBeNull();
  });
});

describe('what a donor sees', () => {
  it('keeps the flags drawn from all funding but shows only the amounts of the funders they speak for', () => {
    const flows = [
      flow('eu', 'P1.1.1', { amount: 300 }),
      flow('uk', 'P1'),
      flow('uk', 'P2', { currency: 'JPY' }),
    ];
    const matrix = coverageMatrix(base({ flows, visibleFunderIds: new Set(['eu']) }));
    expect(matrix.funders.map((f) => f.id)).toEqual(['eu']);
    expect(matrix.hiddenFunderCount).toBe(2);
    const police = row(matrix, 'P1');
    expect(police.cells).toEqual([{ funderId: 'eu', committed: 300, disbursed: 0 }]);
    expect(police.committed).toBe(300);
    expect(police.duplication?.key).toBe('coverage.duplication.noMechanism');
    // the hidden funder's flow in a currency without a rate is neither counted nor named to this reader
    expect(matrix.missingRates).toEqual([]);
  });
});

describe('duplication reasons', () => {
  const mechanism = {
    id: 'm',
    name: 'Board',
    memberFunderIds: ['eu', 'un'],
    planItemIds: ['A'],
    purposeCodes: [],
  };
  it.each([
    ['one funder is never a duplication', ['eu'], [mechanism], null],
    ['two funders, no mechanism', ['eu', 'uk'], [], 'coverage.duplication.noMechanism'],
    [
      'a covering mechanism with only one of them',
      ['eu', 'uk'],
      [mechanism],
      'coverage.duplication.tooFewMembers',
    ],
    ['a covering mechanism with two of three', ['eu', 'uk', 'un'], [mechanism], null],
  ] as const)('%s', (_label, funders, mechanisms, key) => {
    const reason = duplicationReason(funders, new Set(['A']), new Set(), mechanisms);
    expect(reason?.key ?? null).toBe(key);
  });

  it('a mechanism elsewhere does not count', () => {
    expect(duplicationReason(['eu', 'un'], new Set(['B']), new Set(['15110']), [mechanism])?.key).toBe(
      'coverage.duplication.noMechanism',
    );
  });
});

describe('compact commitments and actions', () => {
  it.each([
    ['2027-03-01', 'pending', '2027-03-02', true],
    ['2027-03-01', 'in_progress', '2027-03-02', true],
    ['2027-03-01', 'missed', '2027-03-02', true],
    ['2027-03-01', 'met', '2027-03-02', false],
    ['2027-03-01', 'pending', '2027-03-01', false],
    ['2027-03-01', 'pending', '2027-02-01', false],
  ] as const)('due %s, %s, on %s: overdue %s', (dueDate, status, on, overdue) => {
    expect(commitmentOverdue({ dueDate, status }, on)).toBe(overdue);
  });

  it.each([
    [null, 'open', false],
    ['2027-01-01', 'open', true],
    ['2027-01-01', 'done', false],
  ] as const)('action due %s, %s: overdue %s', (dueDate, status, overdue) => {
    expect(actionOverdue({ dueDate, status }, '2027-02-01')).toBe(overdue);
  });

  it('lists reminders by due date with days overdue', () => {
    const list = reminders(
      [
        {
          id: 'c1',
          mechanismId: 'm',
          commitment: 'Pass the police act',
          dueDate: '2027-01-20',
          status: 'pending',
        },
        {
          id: 'c2',
          mechanismId: 'm',
          commitment: 'Disburse tranche',
          dueDate: '2026-12-31',
          status: 'missed',
        },
        { id: 'c3', mechanismId: 'm', commitment: 'Kept', dueDate: '2026-01-01', status: 'met' },
      ],
      [{ id: 'a1', mechanismId: 'm', description: 'Send minutes', dueDate: '2027-01-10', status: 'open' }],
      '2027-02-01',
    );
    expect(list.map((r) => [r.kind, r.id, r.daysOverdue])).toEqual([
      ['commitment', 'c2', 32],
      ['action', 'a1', 22],
      ['commitment', 'c1', 12],
    ]);
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-31', '2027-03-01')).toBe(60);
  });

  it.each([
    ['government', 'actor', null, null],
    ['government', null, 'funder', 'funderId'],
    ['donor', null, 'funder', null],
    ['donor', 'actor', null, 'actorId'],
  ] as const)('a %s commitment with actor %s and funder %s', (party, actorId, funderId, field) => {
    const refusal = partyRefusal(party, actorId, funderId);
    expect(refusal === null ? null : refusal.split(':')[0]).toBe(field);
  });
});
