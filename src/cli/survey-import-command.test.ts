import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdForm } from '../core/survey/responses/fixtures.ts';
import { surveySubmissions } from '../server/db/schema/surveys.ts';
import { createToken } from '../server/modules/api-tokens/service.ts';
import { insertSurvey } from '../server/modules/surveys/responses-fixtures.ts';
import {
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../server/testing/harness.ts';
import { runCli } from './run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'custodes-survey-import-'));
const env = {
  CUSTODES_DATA_DIR: join(scratch, 'data'),
  CUSTODES_SERVER: undefined,
  CUSTODES_TOKEN: undefined,
};
let ctx: TestContext;
let home: TestWorkspace;
let server: ServerType;
let url: string;
let token: string;
let surveyId: string;

function write(name: string, text: string) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const cli = (files: string[], extra: string[] = []) =>
  runCli(
    [
      'survey',
      'import',
      '--server',
      url,
      '--token',
      token,
      '--workspace',
      home.slug,
      '--survey',
      surveyId,
      ...files,
      ...extra,
    ],
    env,
  );

beforeAll(async () => {
  ctx = await createTestContext();
  home = await newWorkspace(ctx);
  surveyId = await insertSurvey(ctx.db, home.id, householdForm);
  server = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  token = (await createToken({ db: ctx.db, user: { id: home.owner.id }, input: { name: 'cli' } })).secret;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await ctx?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('custodes survey import', () => {
  it('posts the main CSV and a repeat CSV through the server and prints the summary as JSON', async () => {
    const main = write(
      'household.csv',
      'village;safety/feel_safe;_uuid;_index;note\nHill;yes;cli-1;1;x\nDale;no;cli-2;2;y\n',
    );
    const member = write('member.csv', 'member/age;member/about/sex;_parent_index\n40;f;1\n');
    const first = await cli([main, member], ['--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ imported: 2, skipped: 0 });
    expect(summary.warnings.map((w: { column: string }) => w.column)).toEqual(['note']);
    const rows = await ctx.db
      .select({ id: surveySubmissions.id, answers: surveySubmissions.answers })
      .from(surveySubmissions)
      .where(and(eq(surveySubmissions.workspaceId, home.id), eq(surveySubmissions.surveyId, surveyId)));
    expect(rows.find((r) => r.id === 'cli-1')?.answers).toEqual({
      village: 'Hill',
      feel_safe: 'yes',
      member: [{ age: 40, sex: 'f' }],
    });

    const again = await cli([main, member]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(
      'imported 0 responses, skipped 2 already there\nwarning: sheet household.csv, column note: not a question of the form: ignored\n',
    );
  }, 60_000);

  it('prints every error with its sheet, row and column and exits 1', async () => {
    const bad = write(
      'bad.csv',
      'village,safety/feel_safe,visit_date,_uuid\nA,yes,2026-01-01,bad-1\nB,sometimes,2026-13-01,bad-2\n',
    );
    const result = await cli([bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').slice(1)).toEqual([
      'sheet bad.csv, row 3, column safety/feel_safe: "sometimes" is not one of the question\'s choices',
      'sheet bad.csv, row 3, column visit_date: not a date (YYYY-MM-DD)',
      '',
    ]);
  }, 60_000);

  it('needs the server', async () => {
    const result = await runCli(
      ['survey', 'import', '--workspace', 'x', '--survey', 'y', join(scratch, 'household.csv')],
      env,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/goes through the server: give --server URL and --token TOKEN/);
  }, 60_000);
});
