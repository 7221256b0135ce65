import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSchedule, parsePsplib, psplibToProblem } from '../core/scheduling/index.ts';
import { runCli } from './run-cli.ts';

const file = fileURLToPath(new URL('../../../shared/data/psplib/j30/j301_1.sm', import.meta.url));
// The command is pure: point the database settings at nothing usable to prove it opens none.
const env = { CUSTODES_DATA_DIR: '/nonexistent/custodes-data', DATABASE_URL: undefined };

describe.skipIf(!existsSync(file))(`custodes schedule psplib (needs ${file})`, () => {
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
