import { describe, expect, it } from 'vitest';
import type { SurveyDesign } from '../types.ts';
import {
  designWeights,
  estimate,
  SurveyDataError,
  SurveyDesignError,
  tableFromCsv,
  tableFromRecords,
  Z_95,
} from './index.ts';

const srs: SurveyDesign = { ids: [], strata: null, weights: null, fpc: null };

function thrown(run: () => unknown): SurveyDataError | SurveyDesignError {
  try {
    run();
  } catch (error) {
    if (error instanceof SurveyDataError || error instanceof SurveyDesignError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('hand-computed designs', () => {
  const four = tableFromRecords([{ y: 1 }, { y: 2 }, { y: 3 }, { y: 6 }]);

  it('a simple random sample with replacement: mean 3, variance s²/n = (14/3)/4', () => {
    const [row] = estimate(four, srs, [{ stat: 'mean', variable: 'y' }]);
    expect(row?.estimate).toBe(3);
    expect(row?.se).toBeCloseTo(Math.sqrt(14 / 12), 12);
    expect(row?.ci[0]).toBeCloseTo(3 - Z_95 * Math.sqrt(14 / 12), 12);
    expect(row?.n).toBe(4);
  });

  it('a total with the population size as fpc: weights N/n, variance N²(1 − n/N)s²/n', () => {
    const table = tableFromRecords([1, 2, 3, 6].map((y) => ({ y, N: 10 })));
    const [row] = estimate(table, { ...srs, fpc: 'N' }, [{ stat: 'total', variable: 'y' }]);
    expect(row?.estimate).toBeCloseTo(30, 12);
    expect(row?.se).toBeCloseTo(Math.sqrt(100 * 0.6 * (14 / 12)), 10);
    // a sampling fraction of 0.4 is the same design
    const [same] = estimate(
      tableFromRecords([1, 2, 3, 6].map((y) => ({ y, N: 0.4 }))),
      { ...srs, fpc: 'N' },
      [{ stat: 'total', variable: 'y' }],
    );
    expect(same?.se).toBeCloseTo(row?.se as number, 10);
  });

  it('strata add their variances; a proportion is the mean of an indicator, per category in sorted order', () => {
    const table = tableFromRecords([
      { h: 'a', c: 'yes' },
      { h: 'a', c: 'no' },
      { h: 'b', c: 'yes' },
      { h: 'b', c: 'yes' },
    ]);
    const rows = estimate(table, { ...srs, strata: 'h' }, [{ stat: 'proportion', variable: 'c' }]);
    expect(rows.map((r) => r.category)).toEqual(['no', 'yes']);
    expect(rows[1]?.estimate).toBe(0.75);
    // stratum a: z = ±1/8 → 2/1 × 2/64; stratum b: no spread
    expect(rows[1]?.se).toBeCloseTo(Math.sqrt(4 / 64), 12);
  });

  it('missing values and domains: rows without a value leave the domain, rows without a domain value leave every domain', () => {
    const table = tableFromCsv('y,g\n1,x\nNA,x\n3,x\n10,\n20,z\n');
    const rows = estimate(table, srs, [{ stat: 'mean', variable: 'y', by: 'g' }]);
    expect(rows.map((r) => [r.domain, r.estimate, r.n])).toEqual([
      ['g=x', 2, 2],
      ['g=z', 20, 1],
    ]);
  });

  it('numeric categories sort as numbers, as R sorts a numeric column', () => {
    const table = tableFromRecords([{ v: 10 }, { v: 9 }, { v: 2 }]);
    const rows = estimate(table, srs, [{ stat: 'proportion', variable: 'v' }]);
    expect(rows.map((r) => r.category)).toEqual(['2', '9', '10']);
  });

  it('weights from the fpc of every stage: product of population ÷ sample size', () => {
    const table = tableFromRecords([
      { psu: 1, ssu: 1, N1: 10, N2: 4 },
      { psu: 1, ssu: 2, N1: 10, N2: 4 },
      { psu: 2, ssu: 1, N1: 10, N2: 6 },
    ]);
    expect([
      ...designWeights(table, { ids: ['psu', 'ssu'], strata: null, weights: null, fpc: ['N1', 'N2'] }),
    ]).toEqual([10, 10, 30]);
  });

  it('calibrated weights replace the design weights, and the residualizing step runs on every influence vector', () => {
    const calls: number[] = [];
    const weights = Float64Array.from([2, 2, 2, 2]);
    const rows = estimate(
      four,
      { ...srs, calibration: { method: 'postStratify', margin: { variables: ['y'], population: {} } } },
      [{ stat: 'total', variable: 'y' }],
      {
        calibrated: {
          weights,
          residualize: (z) => {
            calls.push(z.length);
            return new Float64Array(z.length);
          },
        },
      },
    );
    expect(rows[0]?.estimate).toBe(24);
    expect(rows[0]?.se).toBe(0);
    expect(calls).toEqual([4]);
  });
});

describe('errors name the column, row or field', () => {
  const table = tableFromCsv('y,h,w,id\n1,a,2,1\nx,a,2,2\n3,b,2,\n');

  it('an unknown column is a design error naming the field', () => {
    const error = thrown(() => estimate(table, { ...srs, strata: 'region' }, []));
    expect(error).toBeInstanceOf(SurveyDesignError);
    expect([error.code, error.params, (error as SurveyDesignError).field]).toEqual([
      'unknown_column',
      { column: 'region', field: 'strata' },
      'strata',
    ]);
    const clean = tableFromRecords([{ y: 1 }, { y: 2 }]);
    const spec = thrown(() =>
      estimate(clean, srs, [
        { stat: 'mean', variable: 'y' },
        { stat: 'mean', variable: 'nope' },
      ]),
    );
    expect((spec as SurveyDesignError).field).toBe('estimates[1].variable');
  });

  it('a value that is not a number names its column and data row', () => {
    const error = thrown(() => estimate(table, srs, [{ stat: 'mean', variable: 'y' }]));
    expect([error.code, error.params]).toEqual(['not_numeric', { column: 'y', row: 2, value: 'x' }]);
  });

  it('a missing cluster id names its row', () => {
    const error = thrown(() => estimate(table, { ...srs, ids: ['id'] }, []));
    expect([error.code, error.params]).toEqual(['missing_value', { column: 'id', row: 3 }]);
  });

  it('a lonely PSU fails by default, naming the stratum', () => {
    const lonely = tableFromRecords([
      { y: 1, h: 'a' },
      { y: 2, h: 'a' },
      { y: 3, h: 'b' },
    ]);
    const error = thrown(() => estimate(lonely, { ...srs, strata: 'h' }, [{ stat: 'mean', variable: 'y' }]));
    expect([error.code, error.params]).toEqual(['lonely_psu', { stratum: 'b', stage: 1 }]);
    expect(
      estimate(lonely, { ...srs, strata: 'h', lonelyPsu: 'remove' }, [{ stat: 'mean', variable: 'y' }]),
    ).toHaveLength(1);
  });

  it('fpc that varies within a stratum, mixes sizes and fractions, or is below the sample size', () => {
    const varies = tableFromRecords([
      { y: 1, N: 10 },
      { y: 2, N: 12 },
    ]);
    expect(thrown(() => estimate(varies, { ...srs, fpc: 'N' }, [])).code).toBe('fpc_inconsistent');
    const mixed = tableFromRecords([
      { y: 1, N: 10 },
      { y: 2, N: 0.5 },
    ]);
    expect(thrown(() => estimate(mixed, { ...srs, fpc: 'N' }, [])).code).toBe('fpc_mixed');
    const small = tableFromRecords([
      { y: 1, N: 1.5 },
      { y: 2, N: 1.5 },
    ]);
    expect(thrown(() => estimate(small, { ...srs, fpc: 'N' }, [])).code).toBe('fpc_too_small');
  });

  it('a ratio without a denominator, a calibration without calibrated weights', () => {
    expect(thrown(() => estimate(table, srs, [{ stat: 'ratio', variable: 'w' }])).code).toBe(
      'denominator_missing',
    );
    const calibrated: SurveyDesign = { ...srs, calibration: { method: 'rake', margins: [] } };
    expect(thrown(() => estimate(table, calibrated, [])).code).toBe('calibration_not_applied');
  });
});
