import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../testing/shared-data.ts';
import { runCli } from './run-cli.ts';

/** `custodes survey estimate` through the real binary: the output shape, REFERENCE.md, and bad input. */

const scratch = mkdtempSync(join(tmpdir(), 'custodes-survey-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string | object): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function estimate(data: string, design: string, ...more: string[]) {
  return runCli(['survey', 'estimate', '--data', data, '--design', design, ...more], {});
}

const apistrat = sharedDataPath('survey/apistrat.csv');
const apiclus1 = sharedDataPath('survey/apiclus1.csv');
const small = file('small.csv', 'y,h,g\n1,a,x\n2,a,y\n3,b,x\n6,b,NA\n');

describe('custodes survey estimate', () => {
  it.skipIf(!haveSharedData(apistrat))('prints REFERENCE.md figures in the exact JSON shape', async () => {
    const strat = file('strat.json', {
      ids: [],
      strata: 'stype',
      weights: 'pw',
      fpc: 'fpc',
      estimates: [
        { stat: 'mean', variable: 'api00' },
        { stat: 'total', variable: 'enroll' },
        { stat: 'mean', variable: 'api00', by: 'stype' },
      ],
    });
    const result = await estimate(apistrat, strat, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\{"estimates":\[\{"stat":"mean","variable":"api00","category":null,"domain":null,"estimate":662\.287\d+,"se":9\.40894\d+,"ci":\[643\.846\d+,680\.728\d+\]\},/,
    );
    const rows = JSON.parse(result.stdout).estimates;
    expect(rows.map((r: { domain: string | null }) => r.domain)).toEqual([
      null,
      null,
      'stype=E',
      'stype=H',
      'stype=M',
    ]);
    expect(Object.keys(rows[0])).toEqual(['stat', 'variable', 'category', 'domain', 'estimate', 'se', 'ci']);
    expect(rows[1].estimate).toBeCloseTo(3687178, 0);
    expect(rows[1].se).toBeCloseTo(114642, -1);
  });

  it.skipIf(!haveSharedData(apiclus1))(
    'a one-stage cluster design, a proportion per category, as a table without --json',
    async () => {
      const clus = file('clus.json', {
        ids: ['dnum'],
        strata: null,
        weights: 'pw',
        fpc: 'fpc',
        estimates: [
          { stat: 'mean', variable: 'api00' },
          { stat: 'total', variable: 'enroll' },
          { stat: 'proportion', variable: 'stype' },
        ],
      });
      const json = JSON.parse((await estimate(apiclus1, clus, '--json')).stdout).estimates;
      expect(json[0].estimate).toBeCloseTo(644.17, 2);
      expect(json[0].se).toBeCloseTo(23.542, 3);
      expect(json[1].estimate).toBeCloseTo(3404940, -1);
      expect(json[1].se).toBeCloseTo(932235, -1);
      expect(json.slice(2).map((r: { category: string }) => r.category)).toEqual(['E', 'H', 'M']);
      const table = await estimate(apiclus1, clus);
      expect(table.code).toBe(0);
      expect(table.stdout.split('\n')[0]).toMatch(
        /^stat\s+variable\s+category\s+domain\s+estimate\s+se\s+ci low\s+ci high$/,
      );
      expect(table.stdout).toMatch(/mean\s+api00\s+644\.169\s+23\.5422/);
    },
  );

  it('a ratio by domain, hand-checked, with missing domain values in no domain', async () => {
    const design = file('ratio.json', {
      ids: [],
      strata: null,
      weights: null,
      fpc: null,
      estimates: [{ stat: 'ratio', variable: 'y', denominator: 'y', by: 'g' }],
    });
    const result = await estimate(small, design, '--json');
    const rows = JSON.parse(result.stdout).estimates;
    expect(
      rows.map((r: { domain: string; estimate: number; se: number }) => [r.domain, r.estimate, r.se]),
    ).toEqual([
      ['g=x', 1, 0],
      ['g=y', 1, 0],
    ]);
  });

  const bad: [string, () => [string, string], RegExp][] = [
    [
      'a missing data file',
      () => ['nope.csv', file('d1.json', { estimates: [{ stat: 'mean', variable: 'y' }] })],
      /--data nope\.csv: no such file/,
    ],
    ['a design that is not JSON', () => [small, file('d2.json', '{ids:')], /d2\.json: not valid JSON/],
    [
      'an unknown statistic',
      () => [small, file('d3.json', { estimates: [{ stat: 'median', variable: 'y' }] })],
      /d3\.json: estimates\[0\]\.stat: /,
    ],
    [
      'a misspelt design field',
      () => [small, file('d4.json', { weight: 'w', estimates: [{ stat: 'mean', variable: 'y' }] })],
      /d4\.json: .*"weight"/,
    ],
    [
      'a ratio without denominator',
      () => [small, file('d5.json', { estimates: [{ stat: 'ratio', variable: 'y' }] })],
      /estimates\[0\]\.denominator: a ratio needs a denominator/,
    ],
    [
      'an unknown column',
      () => [small, file('d6.json', { strata: 'region', estimates: [{ stat: 'mean', variable: 'y' }] })],
      /d6\.json: strata: there is no column "region"/,
    ],
    [
      'a value that is not a number',
      () => [small, file('d7.json', { estimates: [{ stat: 'mean', variable: 'h' }] })],
      /small\.csv: Column "h", data row 1: "a" is not a number/,
    ],
    [
      'a lonely PSU under "fail"',
      () => [
        file('lonely.csv', 'y,h\n1,a\n2,a\n3,b\n'),
        file('d8.json', { strata: 'h', estimates: [{ stat: 'mean', variable: 'y' }] }),
      ],
      /Stratum "b" has only one PSU at stage 1/,
    ],
    [
      'an unclosed quote',
      () => [
        file('quote.csv', 'y,h\n1,"a\n'),
        file('d9.json', { estimates: [{ stat: 'mean', variable: 'y' }] }),
      ],
      /quote\.csv: Data row 1: Quoted field unterminated/,
    ],
  ];
  for (const [name, inputs, message] of bad) {
    it(`${name}: a message on stderr and exit code 1, no stack trace`, async () => {
      const [data, design] = inputs();
      const result = await estimate(data, design, '--json');
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
