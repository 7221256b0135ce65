import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import type { CalibratedWeights, Calibration } from '../types.ts';
import { CalibrationError, type CalibrationTable, calibrate } from './calibrate.ts';

// Expected numbers: `Rscript src/core/survey/calibrate/reference.R ../shared/data/survey` (R survey 4.x).

interface Loaded extends CalibrationTable {
  num(name: string): Float64Array;
}

function load(file: string): Loaded {
  const records: Record<string, string>[] = parse(readFileSync(sharedDataPath(`survey/${file}`)), {
    columns: true,
  });
  const value = (raw: string | undefined) => (raw === undefined || raw === 'NA' ? null : raw);
  return {
    rowCount: records.length,
    has: (name) => name in (records[0] ?? {}),
    text: (name) => records.map((r) => value(r[name])),
    num: (name) => Float64Array.from(records, (r) => Number(r[name])),
  };
}

/** One-stage (stratified) cluster variance with fpc, as R's `onestage` computes it. */
function variance(x: Float64Array, strata: string[], psus: string[], fpc: Float64Array): number {
  const byStratum = new Map<string, Map<string, number>>();
  const popOf = new Map<string, number>();
  x.forEach((value, row) => {
    const h = strata[row] as string;
    const psu = byStratum.get(h) ?? new Map<string, number>();
    psu.set(psus[row] as string, (psu.get(psus[row] as string) ?? 0) + value);
    byStratum.set(h, psu);
    popOf.set(h, fpc[row] as number);
  });
  let v = 0;
  for (const [h, totals] of byStratum) {
    const n = totals.size;
    const f = ((popOf.get(h) as number) - n) / (popOf.get(h) as number);
    const mean = [...totals.values()].reduce((a, b) => a + b, 0) / n;
    for (const t of totals.values()) v += ((f * n) / (n - 1)) * (t - mean) ** 2;
  }
  return v;
}

function estimates(data: Loaded, calibrated: CalibratedWeights, strata: string[], psus: string[]) {
  const w = calibrated.weights;
  const fpc = data.num('fpc');
  const sumW = w.reduce((a, b) => a + b, 0);
  const se = (influence: Float64Array) =>
    Math.sqrt(variance(calibrated.residualize(influence), strata, psus, fpc));
  const meanOf = (y: Float64Array) => {
    const m = y.reduce((a, v, i) => a + v * (w[i] as number), 0) / sumW;
    return { estimate: m, se: se(y.map((v, i) => ((w[i] as number) * (v - m)) / sumW)) };
  };
  const enroll = data.num('enroll');
  const awards = Float64Array.from(data.text('awards'), (v) => (v === 'Yes' ? 1 : 0));
  return {
    weights: [w[0], w[1], w[2]],
    sum: sumW,
    mean: meanOf(data.num('api00')),
    total: {
      estimate: enroll.reduce((a, v, i) => a + v * (w[i] as number), 0),
      se: se(enroll.map((v, i) => v * (w[i] as number))),
    },
    proportion: meanOf(awards),
  };
}

const stypeAwards = {
  'E|No': 1111,
  'E|Yes': 3310,
  'H|No': 467,
  'H|Yes': 288,
  'M|No': 449,
  'M|Yes': 569,
};
const stype = { E: 4421, H: 755, M: 1018 };
const awards = { No: 2027, Yes: 4167 };
const schWide = { No: 1072, Yes: 5122 };

type Expected = [number[], number, [number, number], [number, number], [number, number]];

const cases: { name: string; file: string; cluster: boolean; calibration: Calibration; r: Expected }[] = [
  {
    name: 'apistrat post-stratified on stype × awards',
    file: 'apistrat.csv',
    cluster: false,
    calibration: {
      method: 'postStratify',
      margin: { variables: ['stype', 'awards'], population: stypeAwards },
    },
    r: [
      [41.1481481481, 45.3424657534, 41.1481481481],
      6194,
      [663.9663144931, 9.3267662865],
      [3675350.799462, 111662.358115],
      [0.672747820471, 0],
    ],
  },
  {
    name: 'apistrat raked to stype, awards, sch.wide',
    file: 'apistrat.csv',
    cluster: false,
    calibration: {
      method: 'rake',
      margins: [
        { variables: ['stype'], population: stype },
        { variables: ['awards'], population: awards },
        { variables: ['sch.wide'], population: schWide },
      ],
    },
    r: [
      [35.8142140057, 46.336504772, 43.7825230549],
      6194,
      [662.4047560923, 9.2490429887],
      [3705253.758598, 116491.0805],
      [0.672620161, 0.000000737016],
    ],
  },
  {
    name: 'apiclus1 post-stratified on stype',
    file: 'apiclus1.csv',
    cluster: true,
    calibration: { method: 'postStratify', margin: { variables: ['stype'], population: stype } },
    r: [
      [53.9285714286, 30.7013888889, 30.7013888889],
      6194,
      [642.3107882116, 23.9204864451],
      [3680892.945119, 406292.636295],
      [0.687889182312, 0.033087838274],
    ],
  },
  {
    name: 'apiclus1 raked to stype, sch.wide',
    file: 'apiclus1.csv',
    cluster: true,
    calibration: {
      method: 'rake',
      margins: [
        { variables: ['stype'], population: stype },
        { variables: ['sch.wide'], population: schWide },
      ],
    },
    r: [
      [50.3301527727, 29.8704638727, 29.8704638727],
      6194,
      [641.2302468622, 23.7036412402],
      [3647300.031314, 400602.719734],
      [0.661269093986, 0.021788728718],
    ],
  },
  {
    name: 'apiclus1 raked with maxIterations 50, epsilon 1e-6 (relative to the weight total, as R)',
    file: 'apiclus1.csv',
    cluster: true,
    calibration: {
      method: 'rake',
      maxIterations: 50,
      epsilon: 1e-6,
      margins: [
        { variables: ['stype'], population: stype },
        { variables: ['sch.wide'], population: schWide },
      ],
    },
    r: [
      [50.3294059719, 29.8706741256, 29.8706741256],
      6194,
      [641.2303204484, 23.7036170452],
      [3647280.276513, 400603.25339],
      [0.661269726212, 0.021788601719],
    ],
  },
];

const close = (actual: number, expected: number, digits = 8) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1, Math.abs(expected)) * 10 ** -digits);

describe.runIf(haveSharedData(sharedDataPath('survey/apistrat.csv')))('calibrate matches R survey', () => {
  for (const c of cases)
    it(c.name, () => {
      const data = load(c.file);
      const result = calibrate(data, { calibration: c.calibration }, data.num('pw'));
      const rows = Array.from({ length: data.rowCount }, (_, i) => String(i));
      const strata = c.cluster ? rows.map(() => '1') : (data.text('stype') as string[]);
      const psus = c.cluster ? (data.text('dnum') as string[]) : rows;
      const got = estimates(data, result, strata, psus);
      const [weights, sum, mean, total, proportion] = c.r;
      for (const [i, w] of weights.entries()) close(got.weights[i] as number, w);
      close(got.sum, sum);
      close(got.mean.estimate, mean[0]);
      close(got.mean.se, mean[1]);
      close(got.total.estimate, total[0]);
      close(got.total.se, total[1], 7);
      close(got.proportion.estimate, proportion[0]);
      expect(Math.abs(got.proportion.se - proportion[1])).toBeLessThan(1e-9);
    });
});

describe('calibrate errors', () => {
  const table: CalibrationTable = {
    rowCount: 3,
    has: (name) => name === 'sex' || name === 'age',
    text: (name) => (name === 'sex' ? ['f', 'm', 'f'] : ['y', null, 'o']),
  };
  const weights = Float64Array.of(1, 1, 1);
  const fail = (calibration: Calibration) => {
    try {
      calibrate(table, { calibration }, weights);
    } catch (error) {
      if (error instanceof CalibrationError) return { code: error.code, params: error.params };
      throw error;
    }
    throw new Error('calibration did not fail');
  };

  it('leaves weights alone without a calibration', () => {
    const result = calibrate(table, { calibration: null }, weights);
    expect(Array.from(result.weights)).toEqual([1, 1, 1]);
    expect(Array.from(result.residualize(Float64Array.of(1, 2, 3)))).toEqual([1, 2, 3]);
  });

  it('post-stratifies a small table by hand', () => {
    const result = calibrate(
      table,
      {
        calibration: { method: 'postStratify', margin: { variables: ['sex'], population: { f: 10, m: 4 } } },
      },
      Float64Array.of(1, 2, 3),
    );
    expect(Array.from(result.weights)).toEqual([2.5, 4, 7.5]);
    // within each cell, x/w loses its (old-weighted) mean: f has x/w = 1/2.5, 3/7.5 → mean 0.4 → 0
    expect(
      Array.from(result.residualize(Float64Array.of(1, 8, 3))).map((v) => Math.round(v * 1e12) / 1e12),
    ).toEqual([0, 0, 0]);
  });

  it('names a population cell without respondents', () => {
    expect(
      fail({ method: 'postStratify', margin: { variables: ['sex'], population: { f: 10, m: 5, x: 3 } } }),
    ).toEqual({
      code: 'calibration_cell_empty',
      params: { variables: 'sex', value: 'x' },
    });
  });

  it('names a sample value without a population count', () => {
    expect(fail({ method: 'postStratify', margin: { variables: ['sex'], population: { f: 10 } } })).toEqual({
      code: 'calibration_cell_unknown',
      params: { variables: 'sex', value: 'm', row: 2 },
    });
  });

  it('names a missing value and an unknown variable', () => {
    expect(
      fail({ method: 'postStratify', margin: { variables: ['age'], population: { y: 1, o: 1 } } }).code,
    ).toBe('calibration_value_missing');
    expect(fail({ method: 'rake', margins: [{ variables: ['region'], population: { a: 1 } }] })).toEqual({
      code: 'calibration_variable_unknown',
      params: { variable: 'region' },
    });
  });

  it('reports raking that does not converge', () => {
    const crossed: CalibrationTable = {
      rowCount: 4,
      has: (name) => name === 'a' || name === 'b',
      text: (name) => (name === 'a' ? ['1', '1', '2', '2'] : ['1', '2', '1', '2']),
    };
    let error: unknown;
    try {
      calibrate(
        crossed,
        {
          calibration: {
            method: 'rake',
            maxIterations: 1,
            epsilon: 1e-9,
            margins: [
              { variables: ['a'], population: { 1: 30, 2: 70 } },
              { variables: ['b'], population: { 1: 60, 2: 40 } },
            ],
          },
        },
        Float64Array.of(1, 5, 9, 2),
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalibrationError);
    expect((error as CalibrationError).code).toBe('calibration_no_convergence');
    expect((error as CalibrationError).params.iterations).toBe(1);
  });
});
