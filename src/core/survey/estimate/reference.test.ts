import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import type { EstimateSpec, LonelyPsuRule } from '../types.ts';
import { estimate, SurveyDataError, tableFromCsv } from './index.ts';

// Numbers from R's survey package, written by reference.R (see its header for the command).
interface Case {
  name: string;
  data: string;
  design: {
    ids: string[];
    strata: string | null;
    weights: string | null;
    fpc: string[] | string | null;
    lonelyPsu: LonelyPsuRule | null;
  };
  estimates: EstimateSpec[];
  expected?: {
    stat: string;
    variable: string;
    category: string | null;
    domain: string | null;
    estimate: number;
    se: number;
    deff: number | null;
  }[];
  error?: string;
}
const { cases } = JSON.parse(readFileSync(new URL('./reference.expected.json', import.meta.url), 'utf8')) as {
  cases: Case[];
};

function dataPath(source: string): string {
  const [where, file] = source.split(':') as [string, string];
  return where === 'shared'
    ? sharedDataPath(`survey/${file}`)
    : new URL(`./fixtures/${file}`, import.meta.url).pathname;
}

function close(actual: number | null, expected: number | null, label: string) {
  if (expected === null) return expect(actual, label).toBeNull();
  expect(actual, label).not.toBeNull();
  expect(Math.abs((actual as number) - expected), label).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

describe('estimates equal R survey package', () => {
  for (const c of cases) {
    const path = dataPath(c.data);
    it.skipIf(c.data.startsWith('shared:') && !haveSharedData(path))(c.name, () => {
      const table = tableFromCsv(readFileSync(path));
      const design = { ...c.design, lonelyPsu: c.design.lonelyPsu ?? undefined };
      if (c.error) {
        expect(() => estimate(table, design, c.estimates)).toThrow(SurveyDataError);
        return;
      }
      const actual = estimate(table, design, c.estimates);
      const expected = c.expected ?? [];
      expect(actual.map((r) => [r.stat, r.variable, r.category, r.domain])).toEqual(
        expected.map((r) => [r.stat, r.variable, r.category, r.domain]),
      );
      actual.forEach((row, i) => {
        const want = expected[i] as NonNullable<Case['expected']>[number];
        const label = `${row.stat} ${row.variable} ${row.category ?? ''} ${row.domain ?? ''}`;
        close(row.estimate, want.estimate, `${label} estimate`);
        close(row.se, want.se, `${label} se`);
        close(row.deff, want.deff, `${label} deff`);
      });
    });
  }
});
