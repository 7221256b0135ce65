import { describe, expect, it } from 'vitest';
import {
  flowKindOfTransaction,
  funderTypeOfIatiOrg,
  fundingOrganisation,
  purposeCodeOf,
  storableDate,
} from './import-mapping.ts';
import type { IatiSector } from './types.ts';

const sector = (code: string, percentage: number | null = null, vocabulary = '1'): IatiSector => ({
  code,
  vocabulary,
  percentage,
});

describe('funderTypeOfIatiOrg', () => {
  it.each([
    ['10', 'bilateral'],
    ['15', 'bilateral'],
    ['40', 'multilateral'],
    ['60', 'trust_fund'],
    ['21', 'bilateral'],
    [null, 'bilateral'],
  ])('%s → %s', (type, expected) => expect(funderTypeOfIatiOrg(type)).toBe(expected));
});

describe('flowKindOfTransaction', () => {
  it.each([
    ['commitment', 'commitment'],
    ['disbursement', 'disbursement'],
    ['expenditure', 'expenditure'],
    ['incoming-funds', 'incoming_funds'],
    ['loan-repayment', null],
    ['incoming-commitment', null],
  ] as const)('%s → %s', (type, expected) => expect(flowKindOfTransaction(type)).toBe(expected));
});

describe('purposeCodeOf', () => {
  it.each([
    {
      case: 'the transaction’s own DAC sector',
      tx: [sector('15220')],
      activity: [sector('15210', 100)],
      expected: '15220',
    },
    {
      case: 'else the activity’s largest share',
      tx: [],
      activity: [sector('15210', 30), sector('15130', 70)],
      expected: '15130',
    },
    {
      case: 'other vocabularies do not count',
      tx: [sector('1', null, '99')],
      activity: [sector('151', 100, '2')],
      expected: null,
    },
    {
      case: 'no percentages: the first',
      tx: [],
      activity: [sector('15240'), sector('15250')],
      expected: '15240',
    },
  ])('$case', ({ tx, activity, expected }) =>
    expect(purposeCodeOf({ sectors: tx }, activity)).toBe(expected),
  );
});

describe('storableDate', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026-03-01T10:00:00Z', '2026-03-01'],
    ['2026-02-30', null],
    ['01/03/2026', null],
    [null, null],
  ])('%s → %s', (value, expected) => expect(storableDate(value)).toBe(expected));
});

describe('fundingOrganisation', () => {
  const org = (ref: string | null, name: string | null, role: string | null = null) => ({
    ref,
    name,
    role,
    type: null,
  });
  it('prefers the reporting organisation, else the first funder among the participants', () => {
    expect(fundingOrganisation(org('GB-GOV-1', 'UK'), [org('XM-1', 'Fund', '1')])?.ref).toBe('GB-GOV-1');
    expect(fundingOrganisation(null, [org('X', 'Impl', '4'), org('XM-1', 'Fund', '1')])?.ref).toBe('XM-1');
    expect(fundingOrganisation(org(null, null), [org(null, 'Donor', 'Funding')])?.name).toBe('Donor');
    expect(fundingOrganisation(null, [org('X', 'Impl', '4')])).toBeNull();
  });
});
