import { describe, expect, it } from 'vitest';
import { AggregationError, createAggregator } from './aggregate.ts';
import { type Period, parsePeriod } from './periods.ts';
import type { Aggregation, DataValue } from './types.ts';

const orgUnits = [
  { id: 'N', parent: null },
  { id: 'R1', parent: 'N' },
  { id: 'R2', parent: 'N' },
  { id: 'D1', parent: 'R1' },
  { id: 'D2', parent: 'R1' },
];

function value(orgUnit: string, period: string, amount: number, combo = 'default'): DataValue {
  return { dataElement: 'DE', period, orgUnit, categoryOptionCombo: combo, value: amount };
}

function period(text: string): Period {
  return parsePeriod(text) as Period;
}

function aggregate(aggregation: Aggregation, values: DataValue[]) {
  const aggregator = createAggregator({ orgUnits, dataElements: [{ id: 'DE', aggregation }], values });
  return (orgUnit: string, text: string, combo: string | null = null) =>
    aggregator.value({ dataElement: 'DE', categoryOptionCombo: combo }, period(text), orgUnit);
}

const months = [
  value('D1', '202601', 1),
  value('D1', '202602', 2),
  value('D1', '202603', 3),
  value('D2', '202601', 10),
  value('D2', '202604', 40),
  value('R2', '202602', 100),
];

describe('createAggregator', () => {
  it.each<[Aggregation, string, string, number | null]>([
    // sum: sub-periods and subtree.
    ['sum', 'D1', '2026Q1', 6],
    ['sum', 'R1', '2026Q1', 16],
    ['sum', 'N', '2026Q1', 116],
    ['sum', 'N', '2026', 156],
    ['sum', 'N', '2026S1', 156],
    ['sum', 'D1', '202602', 2],
    ['sum', 'D2', '202602', null],
    ['sum', 'N', '2025', null],
    ['sum', 'N', '2025July', 156],
    ['sum', 'N', '2026July', null],
    ['sum', 'D2', '2025Oct', 50],
    // last: each org unit's latest period in the query period, summed over org units.
    ['last', 'D1', '2026Q1', 3],
    ['last', 'R1', '2026Q1', 13],
    ['last', 'R1', '2026', 43],
    ['last', 'N', '2026', 143],
    // average: each org unit's mean over its months with data, summed over org units.
    ['average', 'D1', '2026Q1', 2],
    ['average', 'R1', '2026Q1', 12],
    ['average', 'R1', '2026', 27],
    ['average', 'N', '2026', 127],
  ])('%s for %s in %s is %s', (aggregation, orgUnit, text, expected) => {
    expect(aggregate(aggregation, months)(orgUnit, text)).toBe(expected);
  });

  it('sums or filters combos', () => {
    const lookup = aggregate('sum', [
      value('D1', '202601', 1, 'F'),
      value('D1', '202601', 2, 'M'),
      value('D2', '202601', 4, 'F'),
    ]);
    expect(lookup('R1', '2026', null)).toBe(7);
    expect(lookup('R1', '2026', 'F')).toBe(5);
    expect(lookup('D2', '2026', 'M')).toBe(null);
    expect(lookup('R1', '2026', 'X')).toBe(null);
  });

  it('applies a combo filter, cached per filter', () => {
    const aggregator = createAggregator({
      orgUnits,
      dataElements: [{ id: 'DE', aggregation: 'sum' }],
      values: [
        value('D1', '2026', 1, 'F_Y15_24'),
        value('D1', '2026', 2, 'M_Y15_24'),
        value('D1', '2026', 4, 'F_Y25'),
      ],
    });
    const operand = { dataElement: 'DE', categoryOptionCombo: null };
    const women = (combo: string) => combo.split('_')[0] === 'F';
    const young = (combo: string) => combo.endsWith('Y15_24');
    expect(aggregator.value(operand, period('2026'), 'N', women)).toBe(5);
    expect(aggregator.value(operand, period('2026'), 'N', young)).toBe(3);
    expect(aggregator.value(operand, period('2026'), 'N')).toBe(7);
  });

  it('counts a week in the year holding its Thursday', () => {
    const lookup = aggregate('sum', [
      value('D1', '2026W1', 5),
      value('D1', '2025W52', 7),
      value('D1', '2026W53', 1),
    ]);
    expect(lookup('D1', '2026')).toBe(6);
    expect(lookup('D1', '2025')).toBe(7);
    expect(lookup('D1', '202601')).toBe(5);
    expect(lookup('D1', '2025Q4')).toBe(7);
  });

  it('takes the latest and shortest period for last, and lets a repeated value replace the earlier one', () => {
    const lookup = aggregate('last', [
      value('D1', '2026Q1', 30),
      value('D1', '202601', 1),
      value('D1', '202601', 2),
      value('D1', '2026W2', 9),
    ]);
    expect(lookup('D1', '2026')).toBe(9);
    expect(lookup('D1', '202601')).toBe(9);
    expect(lookup('D1', '2026Q1')).toBe(9);
    const monthly = aggregate('sum', [value('D1', '2026-01', 1), value('D1', '202601', 2)]);
    expect(monthly('D1', '2026')).toBe(2);
  });

  it('lists the periods with data and the org units with data below them', () => {
    const aggregator = createAggregator({
      orgUnits,
      dataElements: [{ id: 'DE', aggregation: 'sum' }],
      values: months,
    });
    expect(aggregator.periods().map((p) => p.id)).toEqual(['202601', '202602', '202603', '202604']);
    expect(orgUnits.map((unit) => aggregator.hasData(unit.id))).toEqual([true, true, true, true, true]);
    const sparse = createAggregator({
      orgUnits,
      dataElements: [{ id: 'DE', aggregation: 'sum' }],
      values: [value('D2', '2026', 1)],
    });
    expect(orgUnits.filter((unit) => sparse.hasData(unit.id)).map((unit) => unit.id)).toEqual([
      'N',
      'R1',
      'D2',
    ]);
  });

  it.each<[string, Parameters<typeof createAggregator>[0], string]>([
    [
      'an unknown parent',
      { orgUnits: [{ id: 'A', parent: 'Z' }], dataElements: [], values: [] },
      'org unit A: unknown parent Z',
    ],
    [
      'a cycle',
      {
        orgUnits: [
          { id: 'A', parent: 'B' },
          { id: 'B', parent: 'A' },
        ],
        dataElements: [],
        values: [],
      },
      'org unit A: its parents form a cycle',
    ],
    [
      'an unknown org unit',
      { orgUnits, dataElements: [{ id: 'DE', aggregation: 'sum' }], values: [value('X', '2026', 1)] },
      'unknown org unit X',
    ],
    [
      'an unknown data element',
      { orgUnits, dataElements: [], values: [value('N', '2026', 1)] },
      'unknown data element DE',
    ],
    [
      'a bad period',
      { orgUnits, dataElements: [{ id: 'DE', aggregation: 'sum' }], values: [value('N', '2026Q5', 1)] },
      'unknown period 2026Q5',
    ],
  ])('rejects %s', (_, input, message) => {
    expect(() => createAggregator(input)).toThrow(new AggregationError(message));
  });
});
