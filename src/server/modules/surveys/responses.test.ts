import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdForm } from '../../../core/survey/responses/fixtures.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { surveySubmissions } from '../../db/schema/surveys.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { insertSurvey, readWorkbook, workbook } from './responses-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let surveyId: string;

const ORIGIN = 'http://localhost:3000';
const base = (id = surveyId, workspace = home) => `/api/workspaces/${workspace.slug}/surveys/${id}`;

const MAIN = [
  'village',
  'safety/feel_safe',
  'safety/threats',
  'visit_date',
  'start',
  'end',
  '_uuid',
  '_submission_time',
  '_index',
];
const MEMBERS = [
  'member/age',
  'member/about/sex',
  '_index',
  '_parent_table_name',
  '_parent_index',
  '_submission__uuid',
];
// Submission ids are unique across workspaces, and the PostgreSQL test database outlives a run: each run
// imports ids of its own.
const RUN = randomUUID().replaceAll('-', '').slice(0, 12);
const uuid = (n: number, prefix = '5b0c') =>
  `${prefix}1d2e-${RUN.slice(0, 4)}-4000-8000-${RUN.slice(4, 8)}${String(n).padStart(8, '0')}`;

/** A Kobo XLSX export: `count` households with two members each. */
function koboRows(count: number, prefix = '5b0c') {
  const main: (string | number)[][] = [[...MAIN]];
  const members: (string | number)[][] = [[...MEMBERS]];
  for (let i = 1; i <= count; i += 1) {
    main.push([
      `Village ${i}`,
      i % 2 ? 'yes' : 'no',
      i % 3 ? 'theft' : 'theft assault',
      '2026-03-01',
      '2026-03-01T09:00:00Z',
      '2026-03-01T09:15:00Z',
      uuid(i, prefix),
      '2026-03-02T10:00:00',
      i,
    ]);
    members.push(
      [30 + i, 'f', 2 * i - 1, 'household', i, uuid(i, prefix)],
      [i, 'm', 2 * i, 'household', i, uuid(i, prefix)],
    );
  }
  return { main, members };
}

async function upload(
  who: TestUser | null,
  files: { name: string; bytes: Uint8Array | string }[],
  id = surveyId,
  workspace = home,
) {
  const form = new FormData();
  for (const file of files) form.append('file', new File([file.bytes as BlobPart], file.name));
  const headers: Record<string, string> = { origin: ORIGIN };
  if (who) headers.cookie = who.cookie;
  const response = await ctx.app.request(`${ORIGIN}${base(id, workspace)}/submissions/import`, {
    method: 'POST',
    headers,
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

async function stored(id = surveyId) {
  return ctx.db
    .select()
    .from(surveySubmissions)
    .where(and(eq(surveySubmissions.workspaceId, home.id), eq(surveySubmissions.surveyId, id)))
    .orderBy(asc(surveySubmissions.id));
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  surveyId = await insertSurvey(ctx.db, home.id, householdForm);
});
afterAll(() => ctx.close());

describe('response import', () => {
  it('refuses a bad value at row 7 naming sheet, row and column, and writes nothing', async () => {
    const { main, members } = koboRows(8);
    main[6][1] = 'perhaps';
    members[3][0] = 'three';
    const bytes = await workbook([
      { name: 'household', rows: main },
      { name: 'member', rows: members },
    ]);
    const response = await upload(home.owner, [{ name: 'export.xlsx', bytes }]);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_import');
    expect(response.body.error.details.errors).toEqual([
      {
        sheet: 'household',
        row: 7,
        column: 'safety/feel_safe',
        code: 'notChoice',
        params: { value: 'perhaps' },
        message:
          'sheet household, row 7, column safety/feel_safe: "perhaps" is not one of the question\'s choices',
      },
      {
        sheet: 'member',
        row: 4,
        column: 'member/age',
        code: 'notInteger',
        params: {},
        message: 'sheet member, row 4, column member/age: not a whole number',
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('imports a Kobo XLSX with a repeat sheet, then skips every response on a second import', async () => {
    const { main, members } = koboRows(12);
    main[0].push('colour');
    for (const row of main.slice(1)) row.push('blue');
    const bytes = await workbook([
      { name: 'household', rows: main },
      { name: 'member', rows: members },
    ]);
    const first = await upload(home.owner, [{ name: 'export.xlsx', bytes }]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ imported: 12, skipped: 0 });
    expect(first.body.warnings).toEqual([
      {
        sheet: 'household',
        row: null,
        column: 'colour',
        code: 'unknownColumn',
        params: {},
        message: 'sheet household, column colour: not a question of the form: ignored',
      },
    ]);
    const rows = await stored();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({
      id: uuid(1),
      source: 'import',
      importId: first.body.importId,
      submittedBy: home.owner.id,
      answers: {
        village: 'Village 1',
        feel_safe: 'yes',
        threats: 'theft',
        visit_date: '2026-03-01',
        member: [
          { age: 31, sex: 'f' },
          { age: 1, sex: 'm' },
        ],
      },
    });
    expect(rows[0].startedAt?.toISOString()).toBe('2026-03-01T09:00:00.000Z');

    const again = await upload(home.owner, [{ name: 'export.xlsx', bytes }]);
    expect(again.body).toEqual({ importId: null, imported: 0, skipped: 12, warnings: first.body.warnings });
    expect(await stored()).toHaveLength(12);

    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.action, 'survey_responses.import')))
      .orderBy(asc(auditLog.seq));
    expect(audit).toHaveLength(1);
    expect(audit[0].entityId).toBe(surveyId);
  });

  it('checks answers with the form runtime (required, constraint), naming the row in the repeat sheet', async () => {
    const form = structuredClone(householdForm);
    const village = form.children[0];
    const member = form.children[3];
    if (village.kind !== 'question' || member.kind !== 'repeat' || member.children[0].kind !== 'question')
      throw new Error('fixture changed');
    village.required = 'yes';
    member.children[0].constraint = '. <= 110';
    const id = await insertSurvey(ctx.db, home.id, form);
    const { main, members } = koboRows(3, '9a9a');
    main[2][0] = '';
    members[4][0] = 150;
    const bytes = await workbook([
      { name: 'household', rows: main },
      { name: 'member', rows: members },
    ]);
    const response = await upload(home.owner, [{ name: 'export.xlsx', bytes }], id);
    expect(response.status).toBe(400);
    expect(
      response.body.error.details.errors.map((e: Record<string, unknown>) => [
        e.sheet,
        e.row,
        e.column,
        e.code,
      ]),
    ).toEqual([
      ['household', 3, 'village', 'required'],
      ['member', 5, 'member/age', 'constraint'],
    ]);
    expect(await stored(id)).toEqual([]);
  });

  it('imports a pair of CSV files (Kobo `;` main file, ODK-style repeat file by PARENT_KEY)', async () => {
    const id = await insertSurvey(ctx.db, home.id, householdForm);
    const mainCsv = `village;safety/feel_safe;safety/threats;visit_date;meta/instanceID;KEY\nHill;Yes;Theft Fraud;2026-04-01;uuid:aaa-1-${RUN};uuid:aaa-1-${RUN}\n`;
    const memberCsv = `age,about-sex,PARENT_KEY,KEY\n22,Femme,uuid:aaa-1-${RUN},uuid:aaa-1-${RUN}/member[1]\n`;
    const response = await upload(
      home.owner,
      [
        { name: 'household.csv', bytes: mainCsv },
        { name: 'household-member.csv', bytes: memberCsv },
      ],
      id,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ imported: 1, skipped: 0, warnings: [] });
    expect((await stored(id)).map((r) => [r.id, r.answers])).toEqual([
      [
        `aaa-1-${RUN}`,
        {
          village: 'Hill',
          feel_safe: 'yes',
          threats: 'theft fraud',
          visit_date: '2026-04-01',
          member: [{ age: 22, sex: 'f' }],
        },
      ],
    ]);
  });

  it('refuses editors and non-members (403), anonymous callers (401), and a survey of another workspace (404)', async () => {
    const files = [{ name: 'x.csv', bytes: `village,_uuid\nA,zz-1-${RUN}\n` }];
    expect((await upload(editor, files)).status).toBe(403);
    expect((await upload(null, files)).status).toBe(401);
    expect((await upload(other.owner, files)).status).toBe(403);
    expect((await upload(other.owner, files, surveyId, other)).status).toBe(404);
  });
});

describe('responses list, export, delete', () => {
  it('lists a page with counts by source and who sent them', async () => {
    const page = await api(ctx, 'GET', `${base()}/submissions?limit=5&offset=0`, {
      cookie: home.owner.cookie,
    });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(12);
    expect(page.body.bySource).toEqual({ enumerator: 0, public: 0, import: 12 });
    expect(page.body.submissions).toHaveLength(5);
    expect(page.body.submissions[0].submittedBy).toEqual({ id: home.owner.id, name: home.owner.name });
    expect(
      (await api(ctx, 'GET', `${base()}/submissions?limit=500`, { cookie: home.owner.cookie })).status,
    ).toBe(400);
    expect((await api(ctx, 'GET', `${base()}/submissions`, { cookie: editor.cookie })).status).toBe(403);
  });

  it('exports XLSX in the Kobo layout that imports into a fresh survey with the same answers', async () => {
    const response = await ctx.app.request(`${ORIGIN}${base()}/submissions/export?format=xlsx`, {
      headers: { cookie: home.owner.cookie },
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => [s.name, s.rows[0], s.rows.length])).toEqual([
      ['household', MAIN, 13],
      ['member', MEMBERS, 25],
    ]);
    const fresh = await insertSurvey(ctx.db, home.id, { ...householdForm });
    // ids are unique across surveys: the copy gets new ones
    const renamed = await workbook(
      sheets.map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows.map((row, i) => (i === 0 ? row : row.map((cell) => cell.replace(/^5b0c/, '7777')))),
      })),
    );
    const imported = await upload(home.owner, [{ name: 'back.xlsx', bytes: renamed }], fresh);
    expect(imported.body).toMatchObject({ imported: 12, skipped: 0, warnings: [] });
    const answersOf = async (id: string) =>
      (await stored(id)).map((r) => [r.id.slice(4), r.answers, r.startedAt, r.completedAt]);
    expect(await answersOf(fresh)).toEqual(await answersOf(surveyId));
  });

  it('exports CSV (main sheet only) with formula-like text neutralised', async () => {
    const id = await insertSurvey(ctx.db, home.id, householdForm);
    await upload(home.owner, [{ name: 'x.csv', bytes: `village,_uuid\n"=HYPERLINK(1)",csv-1-${RUN}\n` }], id);
    const response = await ctx.app.request(`${ORIGIN}${base(id)}/submissions/export?format=csv`, {
      headers: { cookie: home.owner.cookie },
    });
    const text = await response.text();
    expect(text.split('\n')[0]).toBe(MAIN.join(','));
    expect(text).toContain("'=HYPERLINK(1)");
    expect((await stored(id))[0].answers).toEqual({ village: '=HYPERLINK(1)' });
  });

  it('deletes one response (audited), and undoes an import', async () => {
    const id = await insertSurvey(ctx.db, home.id, householdForm);
    const first = await upload(
      home.owner,
      [{ name: 'a.csv', bytes: `village,_uuid\nA,del-1-${RUN}\nB,del-2-${RUN}\n` }],
      id,
    );
    expect(
      (await api(ctx, 'DELETE', `${base(id)}/submissions/del-1-${RUN}`, { cookie: editor.cookie })).status,
    ).toBe(403);
    expect(
      (
        await api(ctx, 'DELETE', `${base(id, other)}/submissions/del-1-${RUN}`, {
          cookie: other.owner.cookie,
        })
      ).status,
    ).toBe(404);
    expect((await api(ctx, 'DELETE', `${base(id)}/imports/nope`, { cookie: home.owner.cookie })).status).toBe(
      404,
    );
    const removed = await api(ctx, 'DELETE', `${base(id)}/submissions/del-1-${RUN}`, {
      cookie: home.owner.cookie,
    });
    expect(removed).toMatchObject({ status: 200, body: { deleted: 1 } });
    expect(
      (await api(ctx, 'DELETE', `${base(id)}/submissions/del-1-${RUN}`, { cookie: home.owner.cookie }))
        .status,
    ).toBe(404);
    const undone = await api(ctx, 'DELETE', `${base(id)}/imports/${first.body.importId}`, {
      cookie: home.owner.cookie,
    });
    expect(undone).toMatchObject({ status: 200, body: { deleted: 1 } });
    expect(await stored(id)).toEqual([]);
    const actions = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityId, id)))
      .orderBy(asc(auditLog.seq));
    expect(actions.map((a) => a.action)).toEqual([
      'survey_responses.import',
      'survey_responses.delete',
      'survey_responses.import_undo',
    ]);
  });
});
