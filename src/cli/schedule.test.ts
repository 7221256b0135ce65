import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchedule, parsePsplib, psplibToProblem } from '../core/scheduling/index.ts';
import { haveSharedData, sharedDataPath } from '../testing/shared-data.ts';
import { runCli } from './run-cli.ts';

const file = sharedDataPath('psplib/j30/j301_1.sm');
// The command is pure: point the database settings at nothing usable to prove it opens none.
const env = { CUSTODES_DATA_DIR: '/nonexistent/custodes-data', DATABASE_URL: undefined };

/**
 * A four-job instance in the PSPLIB format: jobs 2, 4 and 5 cannot overlap pairwise on the one resource, so
 * the optimum is 3 + 4 + 2 = 9, while the resource bound is ceil(27 / 4) = 7.
 */
const MINI = `************************************************************************
file with basedata            : mini.bas
initial value random generator: 1
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  6
horizon                       :  11
RESOURCES
  - renewable                 :  1   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1      4      0        5        0        5
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          3           2   3   4
   2        1          1           5
   3        1          1           5
   4        1          1           6
   5        1          1           6
   6        1          0        
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     3       3
  3      1     2       2
  4      1     4       2
  5      1     2       3
  6      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    4
************************************************************************
`;

describe('custodes schedule psplib on a small instance', () => {
  it('prints the optimal schedule with exactly the four keys, and opens no database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psplib-mini-'));
    writeFileSync(join(dir, 'mini_1.sm'), MINI);
    const result = await runCli(
      ['schedule', 'psplib', join(dir, 'mini_1.sm'), '--schedules', '500', '--json'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const line = JSON.parse(result.stdout.trim());
    expect(Object.keys(line)).toEqual(['instance', 'makespan', 'lowerBound', 'starts']);
    expect(line).toMatchObject({ instance: 'mini_1.sm', makespan: 9, lowerBound: 7 });
    expect(checkSchedule(psplibToProblem(parsePsplib(MINI)), line.starts)).toEqual([]);
  });

  it('names the file and line of a malformed instance and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psplib-bad-'));
    writeFileSync(
      join(dir, 'bad_1.sm'),
      MINI.replace('  2      1     3       3', '  2      1     x       3'),
    );
    const result = await runCli(['schedule', 'psplib', dir, '--json'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad_1\.sm: line \d+: /);
    expect(result.stdout).toBe('');
  });
});

describe.skipIf(!haveSharedData(file))(`custodes schedule psplib (needs ${file})`, () => {
  it('prints one JSON line with a feasible schedule', async () => {
    const result = await runCli(['schedule', 'psplib', file, '--schedules', '5000', '--json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(Object.keys(line)).toEqual(['instance', 'makespan', 'lowerBound', 'starts']);
    expect(line).toMatchObject({ instance: 'j301_1.sm', makespan: 43, lowerBound: 38 });
    const problem = psplibToProblem(parsePsplib(readFileSync(file, 'utf8')));
    expect(line.starts).toHaveLength(32);
    expect(checkSchedule(problem, line.starts)).toEqual([]);
  });

  it('solves a directory in natural order and names the line of a malformed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psplib-'));
    const text = readFileSync(file, 'utf8');
    for (const name of ['j3010_1.sm', 'j301_2.sm', 'j301_10.sm']) writeFileSync(join(dir, name), text);
    writeFileSync(
      join(dir, 'j301_3.sm'),
      text.replace('RESOURCEAVAILABILITIES:', 'RESOURCEAVAILABILITIES:\n  R 1'),
    );
    const result = await runCli(['schedule', 'psplib', dir, '--schedules', '300', '--json'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/j301_3\.sm: line 90: /);
    const names = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).instance);
    expect(names).toEqual(['j301_2.sm', 'j301_10.sm', 'j3010_1.sm']);
  });
});
