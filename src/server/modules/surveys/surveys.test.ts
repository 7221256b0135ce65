import { readFileSync } from 'node:fs';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { surveySubmissions, surveys } from '../../db/schema/surveys.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { openSurveyWithResponse, trustPoliceSubmission, uploadForm } from './surveys-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let base: string;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  base = `/api/workspaces/${home.slug}/surveys`;
});
afterAll(() => ctx.close());

const fixtures = sharedDataPath('xlsform/pyxform-tests');
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`${fixtures}/${name}`)) });

const BROKEN_FORM = `| survey |
| | type | name | label |
| | begin group | household | Household |
| | select_one colours | colour | Favourite colour? |
| | integer | age | Age |
| | integer | age | Age again |
| choices |
| | list_name | name | label |
| | yes_no | yes | Yes |
`;

async function auditOf(workspaceId: string, entityId: string) {
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.seq));
}

describe.skipIf(!haveSharedData(fixtures))('importing an XLSForm', () => {
  it.each(['text_and_integer.xlsx', 'text_and_integer.csv', 'text_and_integer.md'])(
    '%s becomes a draft survey with its questions',
    async (name) => {
      const res = await uploadForm(ctx, `${base}/import-form`, home.owner.cookie, fixture(name));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.survey.status).toBe('draft');
      expect(res.body.survey.questionCount).toBe(2);
      expect(res.body.survey.sourceFileName).toBe(name);
      expect(res.body.survey.form.children.map((q: { name: string }) => q.name)).toEqual([
        'your_name',
        'your_age',
      ]);
      const audit = await auditOf(home.id, res.body.survey.id);
      expect(audit.map((a) => a.action)).toEqual(['survey.import_form']);
    },
  );

  it('takes the title given with the file, and keeps the warnings with the survey', async () => {
    const res = await uploadForm(ctx, `${base}/import-form`, home.owner.cookie, fixture('group.md'), {
      title: 'Father survey',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.survey.title).toBe('Father survey');
    const warnings = res.body.issues.filter((i: { severity: string }) => i.severity === 'warning');
    expect(res.body.survey.formIssues).toEqual(warnings);
  });

  it('refuses a form with errors, listing every one with its row, and stores nothing', async () => {
    const before = await api(ctx, 'GET', base, { cookie: home.owner.cookie });
    const file = { name: 'broken.md', bytes: BROKEN_FORM };
    const res = await uploadForm(ctx, `${base}/import-form`, home.owner.cookie, file);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.code).toBe('invalid_form');
    expect(res.body.error.message).toMatch(/^file: /);
    const issues = res.body.error.details.issues as { severity: string; row: number | null; code: string }[];
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(3);
    expect(issues.every((i) => typeof i.code === 'string')).toBe(true);
    expect(issues.some((i) => i.row === 6)).toBe(true); // the duplicate name
    const after = await api(ctx, 'GET', base, { cookie: home.owner.cookie });
    expect(after.body.surveys.length).toBe(before.body.surveys.length);
  });

  it('refuses a file that is not an XLSForm type', async () => {
    const res = await uploadForm(ctx, `${base}/import-form`, home.owner.cookie, {
      name: 'form.txt',
      bytes: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].code).toBeTruthy();
  });

  it('refuses text the database cannot store, naming where it is, and stores nothing', async () => {
    const before = await ctx.db.select().from(surveys).where(eq(surveys.workspaceId, home.id));
    const res = await uploadForm(ctx, `${base}/import-form`, home.owner.cookie, {
      name: 'nul.csv',
      bytes: 'survey,,\n,type,name,label\n,text,q1,Name\u0000here\n',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toMatch(/^file\.form\./);
    const after = await ctx.db.select().from(surveys).where(eq(surveys.workspaceId, home.id));
    expect(after).toHaveLength(before.length);
  });

  it('refuses a viewer before reading the file', async () => {
    const viewer = await newMember(ctx, home, 'viewer');
    const res = await uploadForm(ctx, `${base}/import-form`, viewer.cookie, fixture('group.md'));
    expect(res.status).toBe(403);
  });
});

describe('a survey built in Custodes', () => {
  it('starts empty in the chosen languages, and takes library questions', async () => {
    const created = await api(ctx, 'POST', base, {
      cookie: home.owner.cookie,
      body: { title: 'Perception 2027', languages: ['fr', 'ar'] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const survey = created.body.survey;
    expect(survey.questionCount).toBe(0);
    expect(survey.languages).toEqual(['fr', 'ar']);
    const url = `${base}/${survey.id}/library`;
    const inserted = await api(ctx, 'POST', url, {
      cookie: home.owner.cookie,
      body: { questions: ['trust_police', 'safe_night'] },
      headers: { 'if-match': `"${survey.rowVersion}"` },
    });
    expect(inserted.status, JSON.stringify(inserted.body)).toBe(200);
    expect(inserted.body.survey.questionCount).toBe(2);
    expect(inserted.body.survey.rowVersion).toBe(survey.rowVersion + 1);
    const police = inserted.body.survey.form.children[0];
    expect(police.name).toBe('trust_police');
    expect(Object.keys(police.label).sort()).toEqual(['ar', 'fr']);
    const placed = await api(ctx, 'POST', url, {
      cookie: home.owner.cookie,
      body: { questions: ['reform_aware'], after: 'trust_police' },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    expect(placed.body.survey.form.children.map((q: { name: string }) => q.name)).toEqual([
      'trust_police',
      'reform_aware',
      'safe_night',
    ]);

    // the trust list is already in the stored form (languages in another key order): reused, not refused
    const sameList = await api(ctx, 'POST', url, {
      cookie: home.owner.cookie,
      body: { questions: ['trust_army'] },
    });
    expect(sameList.status, JSON.stringify(sameList.body)).toBe(200);
    expect(Object.keys(sameList.body.survey.form.choices)).toContain('trust');

    const stale = await api(ctx, 'POST', url, {
      cookie: home.owner.cookie,
      body: { questions: ['trust_courts'] },
      headers: { 'if-match': `"${survey.rowVersion}"` },
    });
    expect(stale.status).toBe(412);
    const unknown = await api(ctx, 'POST', url, {
      cookie: home.owner.cookie,
      body: { questions: ['no_such'] },
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body.error)).toMatch(/no_such/);
    const taken = await api(ctx, 'POST', url, {
      cookie: home.owner.cookie,
      body: { questions: ['trust_police'] },
    });
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.body.error)).toMatch(/trust_police/);
  });

  it('cannot be opened while its form has no questions', async () => {
    const created = await api(ctx, 'POST', base, { cookie: home.owner.cookie, body: { title: 'Empty' } });
    expect(created.body.survey.languages).toEqual(['en', 'fr', 'ar', 'es', 'pt']);
    const res = await api(ctx, 'PATCH', `${base}/${created.body.survey.id}`, {
      cookie: home.owner.cookie,
      body: { status: 'open' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^status: /);
  });
});

describe('updating and deleting', () => {
  it('renames and opens with If-Match; a stale version is 412', async () => {
    const { surveyId } = await openSurveyWithResponse(ctx, home, 'To rename');
    const loaded = await api(ctx, 'GET', `${base}/${surveyId}`, { cookie: home.owner.cookie });
    const version = loaded.body.survey.rowVersion;
    expect(loaded.headers.get('etag')).toBe(`"${version}"`);
    const renamed = await api(ctx, 'PATCH', `${base}/${surveyId}`, {
      cookie: home.owner.cookie,
      body: { title: '  Renamed  ', status: 'closed' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.survey).toMatchObject({
      title: 'Renamed',
      status: 'closed',
      rowVersion: version + 1,
    });
    const stale = await api(ctx, 'PATCH', `${base}/${surveyId}`, {
      cookie: home.owner.cookie,
      body: { title: 'Lost update' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.details.currentVersion).toBe(version + 1);
  });

  it('deletes a survey with its responses, audited with their count', async () => {
    const { surveyId } = await openSurveyWithResponse(ctx, home, 'To delete');
    const loaded = await api(ctx, 'GET', `${base}/${surveyId}`, { cookie: home.owner.cookie });
    expect(loaded.body.survey.submissionCount).toBe(1);
    const stale = await api(ctx, 'DELETE', `${base}/${surveyId}`, {
      cookie: home.owner.cookie,
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const removed = await api(ctx, 'DELETE', `${base}/${surveyId}`, {
      cookie: home.owner.cookie,
      headers: { 'if-match': `"${loaded.body.survey.rowVersion}"` },
    });
    expect(removed.status).toBe(204);
    expect((await api(ctx, 'GET', `${base}/${surveyId}`, { cookie: home.owner.cookie })).status).toBe(404);
    const rows = await ctx.db
      .select()
      .from(surveySubmissions)
      .where(eq(surveySubmissions.surveyId, surveyId));
    expect(rows).toEqual([]);
    const audit = await auditOf(home.id, surveyId);
    const deletion = audit.find((a) => a.action === 'survey.delete');
    expect(JSON.stringify(deletion?.changes)).toMatch(/submissionCount/);
  });

  it('lists surveys with their response counts and last response', async () => {
    const { surveyId } = await openSurveyWithResponse(ctx, home, 'Listed');
    const list = await api(ctx, 'GET', base, { cookie: home.owner.cookie });
    const listed = list.body.surveys.find((s: { id: string }) => s.id === surveyId);
    expect(listed).toMatchObject({
      title: 'Listed',
      status: 'open',
      submissionCount: 1,
      hasPublicLink: true,
    });
    expect(listed.lastSubmissionAt).not.toBeNull();
    const outsider = await api(ctx, 'GET', `/api/workspaces/${other.slug}/surveys`, {
      cookie: other.owner.cookie,
    });
    expect(outsider.body.surveys.map((s: { id: string }) => s.id)).not.toContain(surveyId);
  });
});

describe.skipIf(!haveSharedData(fixtures))('replacing the form', () => {
  it('works before any response and is refused once there is one', async () => {
    const created = await api(ctx, 'POST', base, {
      cookie: home.owner.cookie,
      body: { title: 'Replace me' },
    });
    const id = created.body.survey.id;
    const replaced = await uploadForm(
      ctx,
      `${base}/${id}/form`,
      home.owner.cookie,
      fixture('text_and_integer.csv'),
    );
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    expect(replaced.body.survey.questionCount).toBe(2);
    expect(replaced.body.survey.title).toBe('Replace me');

    const { surveyId } = await openSurveyWithResponse(ctx, home, 'Answered');
    const refused = await uploadForm(ctx, `${base}/${surveyId}/form`, home.owner.cookie, fixture('group.md'));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/1 responses/);
  });
});

describe('the public link', () => {
  it('is created, rotated (the old token stops working) and removed; only designers see the token', async () => {
    const { surveyId, token } = await openSurveyWithResponse(ctx, home, 'Linked');
    const publicUrl = (t: string) => `/api/public/${home.slug}/surveys/${t}`;
    expect((await api(ctx, 'GET', publicUrl(token))).status).toBe(200);

    const rotated = await api(ctx, 'POST', `${base}/${surveyId}/public-link`, { cookie: home.owner.cookie });
    expect(rotated.status).toBe(200);
    expect(rotated.body.publicToken).not.toBe(token);
    expect(rotated.body.publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.body.url).toBe(`/p/${home.slug}/survey/${rotated.body.publicToken}`);
    expect((await api(ctx, 'GET', publicUrl(token))).status).toBe(404);
    expect((await api(ctx, 'GET', publicUrl(rotated.body.publicToken))).status).toBe(200);

    const owner = await api(ctx, 'GET', `${base}/${surveyId}`, { cookie: home.owner.cookie });
    expect(owner.body.survey.publicToken).toBe(rotated.body.publicToken);
    const viewer = await newMember(ctx, home, 'viewer');
    const read = await api(ctx, 'GET', `${base}/${surveyId}`, { cookie: viewer.cookie });
    expect(read.body.survey.publicToken).toBeNull();
    expect(read.body.survey.hasPublicLink).toBe(true);

    const removed = await api(ctx, 'DELETE', `${base}/${surveyId}/public-link`, {
      cookie: home.owner.cookie,
    });
    expect(removed.status).toBe(204);
    expect((await api(ctx, 'GET', publicUrl(rotated.body.publicToken))).status).toBe(404);
    const audit = await auditOf(home.id, surveyId);
    expect(audit.map((a) => a.action)).toContain('survey.public_link_delete');
    expect(JSON.stringify(audit.map((a) => a.changes))).not.toContain(rotated.body.publicToken);
  });
});

describe('another workspace', () => {
  it('gets 404 for home’s survey through its own workspace, and 403 at home', async () => {
    const { surveyId } = await openSurveyWithResponse(ctx, home, 'Private');
    const through = await api(ctx, 'GET', `/api/workspaces/${other.slug}/surveys/${surveyId}`, {
      cookie: other.owner.cookie,
    });
    expect(through.status).toBe(404);
    const submit = await api(ctx, 'POST', `/api/workspaces/${other.slug}/surveys/${surveyId}/submissions`, {
      cookie: other.owner.cookie,
      body: trustPoliceSubmission(),
    });
    expect(submit.status).toBe(404);
    const direct = await api(ctx, 'GET', `${base}/${surveyId}`, { cookie: other.owner.cookie });
    expect(direct.status).toBe(403);
  });
});
