import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { findFramework } from '../core/frameworks/index.ts';
import { cliSucceeding } from './cli-fixtures.ts';
import { runCli } from './run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'custodes-frameworks-'));
const env = { CUSTODES_DATA_DIR: join(scratch, 'data') };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ok = cliSucceeding(env);

describe('custodes frameworks', () => {
  it('lists the built-in frameworks as JSON', async () => {
    const list = JSON.parse(await ok(['frameworks', 'list', '--json']));
    expect(list.map((f: { id: string }) => f.id)).toEqual([
      'ssg-ten-criteria',
      'ssr-principles',
      'ssr-dimensions',
      'integrity-areas',
      'defence-integrity-risk',
      'pefa-style',
    ]);
    expect(list[0]).toEqual({
      id: 'ssg-ten-criteria',
      name: 'Ten criteria of good security sector governance',
      version: '1.0.0',
      items: 30,
    });
  });

  it('lists them as an aligned table without --json', async () => {
    const lines = (await ok(['frameworks', 'list'])).trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map((line) => line.indexOf('1.0.0'))).size).toBe(1);
  });

  it('exports JSON that validates and equals the built-in', async () => {
    const json = await ok(['frameworks', 'export', 'integrity-areas', '--format', 'json']);
    expect(JSON.parse(json)).toEqual(findFramework('integrity-areas'));
    const file = join(scratch, 'integrity-areas.json');
    writeFileSync(file, json);
    expect(await ok(['frameworks', 'validate', file])).toBe('valid: 27 items\n');
  });

  it('exports a real xlsx workbook that validates', async () => {
    const file = join(scratch, 'defence.xlsx');
    await ok(['frameworks', 'export', 'defence-integrity-risk', '--format', 'xlsx', '--out', file]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Framework',
      'Scale',
      'Bands',
      'Groups',
      'Items',
    ]);
    expect(workbook.getWorksheet('Framework')?.getRow(2).values).toEqual([
      undefined,
      'id',
      'defence-integrity-risk',
    ]);
    expect(await ok(['frameworks', 'validate', file])).toBe('valid: 20 items\n');
  });

  it('writes xlsx to standard output when there is no --out', async () => {
    const stdout = await ok(['frameworks', 'export', 'pefa-style', '--format', 'xlsx']);
    expect(stdout.startsWith('PK')).toBe(true);
  });

  it('refuses an unknown id and a bad format', async () => {
    const unknown = await runCli(['frameworks', 'export', 'atlantis', '--format', 'json'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error: no framework "atlantis" (see custodes frameworks list)');
    const badFormat = await runCli(['frameworks', 'export', 'pefa-style', '--format', 'csv'], env);
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.stderr).toMatch(/argument 'csv' is invalid. Allowed choices are json, xlsx/);
  });

  it('names the path of the first problem in an invalid framework', async () => {
    const framework = JSON.parse(await ok(['frameworks', 'export', 'ssg-ten-criteria']));
    framework.groups[2].items[0].weight = 0;
    const file = join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify(framework));
    const result = await runCli(['frameworks', 'validate', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: groups.2.items.0.weight: must be greater than 0\n');
    const missing = await runCli(['frameworks', 'validate', join(scratch, 'nowhere.json')], env);
    expect(missing.stderr).toMatch(/nowhere.json: no such file/);
  });
});
