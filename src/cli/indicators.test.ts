import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

/** `custodes indicators compute` through the real binary, on hand-computed cases. */

const scratch = mkdtempSync(join(tmpdir(), 'custodes-indicators-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const metadata = {
  orgUnits: [
    { id: 'N', name: 'Nation', parent: null },
    { id: 'R1', name: 'North', parent: { id: 'N' } },
    { id: 'R2', name: 'South', parent: 'N' },
    { id: 'D1', name: 'North-East', parent: 'R1' },
    { id: 'D2', name: 'North-West', parent: 'R1' },
    { id: 'D3', name: 'Islands', parent: 'R2' },
  ],
  dataElements: [
    { id: 'cases', aggregation: 'sum', categories: ['sex'] },
    { id: 'pop', aggregation: 'sum' },
    { id: 'staff', aggregation: 'last' },
    { id: 'stock', aggregation: 'average' },
    { id: 'weekly', aggregation: 'sum' },
    { id: 'zero', aggregation: 'sum' },
  ],
  indicators: [
    { code: 'CASES', numerator: '#{cases}', denominator: '1', factor: 1 },
    { code: 'WOMEN_SHARE', numerator: '#{cases.F}', denominator: '#{cases}', factor: 100 },
    { code: 'STAFF', numerator: '#{staff}' },
    { code: 'STOCK', numerator: '#{stock}', denominator: '1', factor: 1, name: 'extra fields are fine' },
    { code: 'WEEKLY', numerator: '#{weekly}', denominator: '1', factor: 1 },
    { code: 'RATE', numerator: '#{cases}', denominator: '#{zero}', factor: 1000 },
    { code: 'MISSING', numerator: '#{pop}', denominator: '#{staff}', factor: 1 },
  ],
};

// dataElement, period, orgUnit, sex ('' = no disaggregation), value
const values: [string, string, string, string, string][] = [
  ['cases', '202601', 'D1', 'F', '1'],
  ['cases', '2026-01', 'D1', 'M', '2'],
  ['cases', '202602', 'D1', 'F', '3'],
  ['cases', '202603', 'D2', 'F', '4'],
  ['cases', '202604', 'R2', 'M', '5'],
  ['cases', '202507', 'D1', 'F', '100'],
  ['staff', '202601', 'D1', '', '10'],
  ['staff', '202603', 'D1', '', '12'],
  ['staff', '2026Q1', 'D2', '', '7'],
  ['staff', '202602', 'D2', '', '9'],
  ['stock', '202601', 'D1', '', '10'],
  ['stock', '202602', 'D1', '', '20'],
  ['stock', '202603', 'D1', '', '60'],
  ['stock', '202601', 'D2', '', '5'],
  ['weekly', '2026W1', 'D1', '', '7'],
  ['weekly', '2025W52', 'D1', '', '1'],
  ['zero', '202601', 'D1', '', '0'],
];

const metaFile = file('meta.json', JSON.stringify(metadata));
const csvFile = file(
  'values.csv',
  `dataElement,period,orgUnit,sex,value\n${values.map((row) => row.join(',')).join('\n')}\n`,
);
const jsonFile = file(
  'values.json',
  JSON.stringify({
    dataValues: values.map(([dataElement, period, orgUnit, sex, value]) => ({
      dataElement,
      period,
      orgUnit,
      ...(sex ? { categoryOptionCombo: sex } : {}),
      value,
    })),
  }),
);

interface Row {
  indicator: string;
  period: string;
  orgUnit: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

function compute(...args: string[]) {
  return runCli(['indicators', 'compute', '--metadata', metaFile, ...args], {});
}

describe('custodes indicators compute', () => {
  it('computes hand-checked figures for the requested periods and org units', async () => {
    const result = await compute(
      '--values',
      csvFile,
      '--json',
      '--period',
      '2026Q1,2026,2025July,2025,202601',
      '--orgunit',
      'N,R1,R2,D1,D2',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\{"rows":\[\{"indicator":"CASES","period":"2026Q1","orgUnit":"N","numerator":10,"denominator":1,"value":10\},/,
    );
    const rows: Row[] = JSON.parse(result.stdout).rows;
    expect(rows).toHaveLength(7 * 5 * 5);
    const at = (indicator: string, period: string, orgUnit: string) => {
      const row = rows.find((r) => r.indicator === indicator && r.period === period && r.orgUnit === orgUnit);
      return row && [row.numerator, row.denominator, row.value];
    };
    // sum over months into a quarter and a year, over the subtree
    expect(at('CASES', '2026Q1', 'D1')).toEqual([6, 1, 6]);
    expect(at('CASES', '2026Q1', 'R1')).toEqual([10, 1, 10]);
    expect(at('CASES', '2026', 'N')).toEqual([15, 1, 15]);
    expect(at('CASES', '202601', 'D1')).toEqual([3, 1, 3]);
    expect(at('CASES', '2026Q1', 'R2')).toEqual([null, 1, null]);
    // a fiscal year from July 2025 to June 2026
    expect(at('CASES', '2025July', 'N')).toEqual([115, 1, 115]);
    expect(at('CASES', '2025', 'N')).toEqual([100, 1, 100]);
    // combo operands
    expect(at('WOMEN_SHARE', '2026Q1', 'N')).toEqual([8, 10, 80]);
    expect(at('WOMEN_SHARE', '2026', 'N')).toEqual([8, 15, (8 / 15) * 100]);
    expect(at('WOMEN_SHARE', '2026', 'R2')).toEqual([null, 5, null]);
    // last: each org unit's latest value in the period, summed
    expect(at('STAFF', '2026Q1', 'D2')).toEqual([9, 1, 9]);
    expect(at('STAFF', '2026Q1', 'R1')).toEqual([21, 1, 21]);
    expect(at('STAFF', '202601', 'R1')).toEqual([10, 1, 10]);
    // average: each org unit's mean over its months with data, summed
    expect(at('STOCK', '2026Q1', 'D1')).toEqual([30, 1, 30]);
    expect(at('STOCK', '2026Q1', 'R1')).toEqual([35, 1, 35]);
    // weeks count in the year holding their Thursday: 2026W1 starts on 29 December 2025
    expect(at('WEEKLY', '2026', 'D1')).toEqual([7, 1, 7]);
    expect(at('WEEKLY', '2025', 'D1')).toEqual([1, 1, 1]);
    expect(at('WEEKLY', '202601', 'N')).toEqual([7, 1, 7]);
    // a zero denominator and missing data give null
    expect(at('RATE', '2026Q1', 'N')).toEqual([10, 0, null]);
    expect(at('RATE', '2026Q1', 'D2')).toEqual([4, null, null]);
    expect(at('MISSING', '2026Q1', 'R1')).toEqual([null, 21, null]);
  }, 120_000);

  it('gives the same rows from CSV and from dataValueSets, for every period present and org unit with data', async () => {
    const [csv, json] = await Promise.all([
      compute('--values', csvFile, '--json'),
      compute('--values', jsonFile, '--json'),
    ]);
    expect(csv.code).toBe(0);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(csv.stdout);
    const rows: Row[] = JSON.parse(csv.stdout).rows;
    const periods = [...new Set(rows.map((row) => row.period))];
    expect(periods).toEqual([
      '202507',
      '2025W52',
      '2026W1',
      '2026Q1',
      '202601',
      '202602',
      '202603',
      '202604',
    ]);
    expect([...new Set(rows.map((row) => row.orgUnit))]).toEqual(['N', 'R1', 'R2', 'D1', 'D2']);
    expect([...new Set(rows.map((row) => row.indicator))]).toEqual(metadata.indicators.map((i) => i.code));
    expect(rows).toHaveLength(7 * 8 * 5);
  }, 120_000);

  it.each([
    [
      'a bad period in the values, with its line',
      () => [
        '--values',
        // a comment over two lines and an empty line before the faulty one
        file(
          'bad-period.csv',
          'dataElement,period,orgUnit,value,comment\ncases,2026,N,1,"two\nlines"\n\ncases,2026Q5,N,2,\n',
        ),
      ],
      /^error: .*bad-period\.csv: line 5: period: unknown period "2026Q5"\n$/,
    ],
    [
      'a bad value in dataValueSets, with its position',
      () => [
        '--values',
        file(
          'bad.json',
          '{"dataValues":[{"dataElement":"cases","period":"2026","orgUnit":"N","value":"1"},{"dataElement":"cases","period":"2026","orgUnit":"N","value":"x"}]}',
        ),
      ],
      /^error: .*bad\.json: dataValues #2: value: not a number: "x"\n$/,
    ],
    [
      'an unknown org unit in the values',
      () => ['--values', file('unknown-unit.csv', 'dataElement,period,orgUnit,value\ncases,2026,Z9,1\n')],
      /^error: .*unknown-unit\.csv: line 2: orgUnit: unknown org unit Z9\n$/,
    ],
    [
      'an unknown aggregation, naming the data element',
      () => [
        '--metadata',
        file(
          'meta-agg.json',
          JSON.stringify({ ...metadata, dataElements: [{ id: 'cases', aggregation: 'max' }] }),
        ),
        '--values',
        csvFile,
      ],
      /^error: .*meta-agg\.json: data element cases: unknown aggregation "max" \(expected sum, average, last\)\n$/,
    ],
    [
      'a bad expression',
      () => [
        '--metadata',
        file(
          'meta-expr.json',
          JSON.stringify({ ...metadata, indicators: [{ code: 'X', numerator: '#{cases} +* 2' }] }),
        ),
        '--values',
        csvFile,
      ],
      /^error: .*meta-expr\.json: indicator X numerator: unexpected token at 10\n$/,
    ],
    [
      'org units whose parents form a cycle',
      () => [
        '--metadata',
        file(
          'meta-cycle.json',
          JSON.stringify({
            ...metadata,
            orgUnits: [
              { id: 'A', parent: 'B' },
              { id: 'B', parent: { id: 'A' } },
            ],
          }),
        ),
        '--values',
        csvFile,
      ],
      /^error: .*meta-cycle\.json: org unit A: its parents form a cycle\n$/,
    ],
    [
      'an unknown requested period',
      () => ['--values', csvFile, '--period', '2026,2026Q7'],
      /^error: --period: unknown period 2026Q7\n$/,
    ],
    [
      'a missing values file',
      () => ['--values', join(scratch, 'nothing.csv')],
      /^error: .*nothing\.csv: no such file\n$/,
    ],
  ])(
    'exits 1 on %s',
    async (_, args, message) => {
      const result = await runCli(['indicators', 'compute', '--metadata', metaFile, ...args(), '--json'], {});
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    },
    120_000,
  );
});
