import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../testing/shared-data.ts';
import { checkSchedule, criticalPathBound, optimiseSchedule, parsePsplib, psplibToProblem } from './index.ts';
import { Rng } from './random.ts';
import type { SchedulingProblem } from './types.ts';

const dataDir = sharedDataPath('psplib/j30/');
const haveData = haveSharedData(dataDir);
const read = (name: string) => readFileSync(`${dataDir}${name}`, 'utf8');

describe.skipIf(!haveData)(`PSPLIB j30 (needs ${dataDir})`, () => {
  it('parses j301_1.sm', () => {
    const instance = parsePsplib(read('j301_1.sm'));
    expect(instance.jobs).toBe(32);
    expect(instance.capacities).toEqual([12, 13, 4, 12]);
    expect(instance.durations.slice(0, 3)).toEqual([0, 8, 4]);
    expect(instance.successors[0]).toEqual([1, 2, 3]);
    expect(instance.demands[2]).toEqual([10, 0, 0, 0]);
    const problem = psplibToProblem(instance);
    expect(problem.precedences).toHaveLength(48);
    expect(criticalPathBound(problem)).toBe(38);
  });

  for (const [name, optimum] of [
    ['j301_1.sm', 43],
    ['j305_3.sm', 76],
    ['j301_2.sm', 47],
  ] as const)
    it(`reaches the optimum of ${name} (${optimum})`, () => {
      const problem = psplibToProblem(parsePsplib(read(name)));
      const result = optimiseSchedule(problem, { schedules: 20_000, seed: 1 });
      expect(checkSchedule(problem, result.starts)).toEqual([]);
      expect(result.makespan).toBe(optimum);
    });

  it('names the line of a malformed file', () => {
    const lines = read('j301_1.sm').split('\n');
    lines[20] = '   3        1          3           7   8';
    expect(() => parsePsplib(lines.join('\n'))).toThrow(/^line 21: job 3: 3 successors announced, 2 listed/);
    expect(() => parsePsplib('jobs (incl. supersource/sink ):  32\n')).toThrow(
      /line \d+: missing the "horizon" line/,
    );
  });
});

/** A random 120-job instance in the PSPLIB mould: dummy source and sink, 4 renewable resources. */
function random120(seed: number): SchedulingProblem {
  const rng = new Rng(seed);
  const n = 122;
  const capacities = [0, 0, 0, 0].map(() => 10 + rng.int(20));
  const activities = Array.from({ length: n }, (_, i) => {
    const dummy = i === 0 || i === n - 1;
    return {
      label: String(i + 1),
      duration: dummy ? 0 : 1 + rng.int(10),
      demands: capacities.map((c) => (dummy || rng.next() < 0.5 ? 0 : 1 + rng.int(c))),
    };
  });
  const precedences: SchedulingProblem['precedences'] = [];
  const hasPred = new Uint8Array(n);
  const hasSucc = new Uint8Array(n);
  for (let j = 2; j < n - 1; j++)
    for (let k = 0; k < 1 + rng.int(3); k++) {
      const i = 1 + rng.int(j - 1);
      if (precedences.some((p) => p.from === i && p.to === j)) continue;
      precedences.push({ from: i, to: j, type: 'FS', lag: 0 });
      hasPred[j] = hasSucc[i] = 1;
    }
  for (let j = 1; j < n - 1; j++) {
    if (!hasPred[j]) precedences.push({ from: 0, to: j, type: 'FS', lag: 0 });
    if (!hasSucc[j]) precedences.push({ from: j, to: n - 1, type: 'FS', lag: 0 });
  }
  return {
    activities,
    precedences,
    resources: capacities.map((c, k) => ({ kind: 'renewable', name: `R${k + 1}`, capacity: [c] })),
  };
}

describe('120-job instances', () => {
  it('runs and returns feasible schedules', () => {
    for (const seed of [1, 2, 3]) {
      const problem = random120(seed);
      const result = optimiseSchedule(problem, { schedules: 5000, seed });
      expect(checkSchedule(problem, result.starts)).toEqual([]);
      expect(result.makespan).toBeGreaterThanOrEqual(result.lowerBound);
      expect(result.schedules).toBeLessThanOrEqual(5002);
    }
  });
});
