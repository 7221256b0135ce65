import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { surveySubmissions } from '../../db/schema/surveys.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { ORIGIN, openSurveyWithResponse, trustPoliceSubmission } from './surveys-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let survey: { surveyId: string; token: string };
let submitUrl: string;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  survey = await openSurveyWithResponse(ctx, home, 'Collected');
  submitUrl = `/api/workspaces/${home.slug}/surveys/${survey.surveyId}/submissions`;
});
afterAll(() => ctx.close());

const rowsOf = (id: string) =>
  ctx.db
    .select()
    .from(surveySubmissions)
    .where(and(eq(surveySubmissions.workspaceId, home.id), eq(surveySubmissions.id, id)));

/** The audit entries of one submission (they are the survey's, naming the submission in their changes). */
async function auditOfSubmission(submissionId: string) {
  const entries = await ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityId, survey.surveyId)))
    .orderBy(asc(auditLog.seq));
  return entries.filter((entry) => JSON.stringify(entry.changes).includes(submissionId));
}

describe('an enumerator', () => {
  it('gets the form with the survey’s status and the server’s date', async () => {
    const editor = await newMember(ctx, home, 'editor');
    const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}/surveys/${survey.surveyId}/collect`, {
      cookie: editor.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: survey.surveyId, title: 'Collected', status: 'open' });
    expect(res.body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.form.children[0].name).toBe('trust_police');
  });

  it('sends a submission once however often it is sent', async () => {
    const editor = await newMember(ctx, home, 'editor');
    const payload = trustPoliceSubmission(randomUUID(), 'somewhat');
    const first = await api(ctx, 'POST', submitUrl, { cookie: editor.cookie, body: payload });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ id: payload.id, duplicate: false });
    const again = await api(ctx, 'POST', submitUrl, { cookie: editor.cookie, body: payload });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    const rows = await rowsOf(payload.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: 'enumerator',
      submittedBy: editor.id,
      surveyId: survey.surveyId,
    });
    expect(rows[0].answers).toEqual({ trust_police: 'somewhat' });
    const audit = await auditOfSubmission(payload.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['survey_responses.create', editor.id]]);
  });

  it('is told which question is wrong, and nothing is stored', async () => {
    const payload = trustPoliceSubmission(randomUUID(), 'maybe');
    const res = await api(ctx, 'POST', submitUrl, { cookie: home.owner.cookie, body: payload });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_answers');
    expect(res.body.error.message).toMatch(/trust_police/);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: 'trust_police', code: 'not_a_choice' });
    const unknown = await api(ctx, 'POST', submitUrl, {
      cookie: home.owner.cookie,
      body: { ...trustPoliceSubmission(), answers: { trust_police: 'a_lot', smuggled: 'x' } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/smuggled/);
    expect(await rowsOf(payload.id)).toEqual([]);
  });

  it('is refused a malformed payload with the field named', async () => {
    const notUuid = await api(ctx, 'POST', submitUrl, {
      cookie: home.owner.cookie,
      body: { ...trustPoliceSubmission(), id: 'not-a-uuid' },
    });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error.message).toMatch(/^id: /);
    const badDate = await api(ctx, 'POST', submitUrl, {
      cookie: home.owner.cookie,
      body: { ...trustPoliceSubmission(), completedAt: 'yesterday' },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toMatch(/^completedAt: /);
  });

  it('cannot reuse the id of another survey’s response', async () => {
    const second = await openSurveyWithResponse(ctx, home, 'Second');
    const payload = trustPoliceSubmission();
    expect((await api(ctx, 'POST', submitUrl, { cookie: home.owner.cookie, body: payload })).status).toBe(
      201,
    );
    const reused = await api(
      ctx,
      'POST',
      `/api/workspaces/${home.slug}/surveys/${second.surveyId}/submissions`,
      {
        cookie: home.owner.cookie,
        body: payload,
      },
    );
    expect(reused.status).toBe(409);
    expect(reused.body.error.message).toMatch(/^id: /);
  });

  it('cannot send to a survey that is not open', async () => {
    const closed = await openSurveyWithResponse(ctx, home, 'Closing');
    const url = `/api/workspaces/${home.slug}/surveys/${closed.surveyId}`;
    await api(ctx, 'PATCH', url, { cookie: home.owner.cookie, body: { status: 'closed' } });
    const res = await api(ctx, 'POST', `${url}/submissions`, {
      cookie: home.owner.cookie,
      body: trustPoliceSubmission(),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('survey_not_open');
    // a response stored before it closed, sent again by a device that lost the answer, is acknowledged
    const resent = await api(ctx, 'POST', `${url}/submissions`, {
      cookie: home.owner.cookie,
      body: trustPoliceSubmission(closed.submissionId),
    });
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expect(resent.body).toMatchObject({ id: closed.submissionId, duplicate: true });
  });

  it('must hold survey:collect', async () => {
    const viewer = await newMember(ctx, home, 'viewer');
    const res = await api(ctx, 'POST', submitUrl, { cookie: viewer.cookie, body: trustPoliceSubmission() });
    expect(res.status).toBe(403);
  });
});

describe('a citizen through the public link', () => {
  const publicUrl = (slug: string, token: string) => `/api/public/${slug}/surveys/${token}`;

  it('answers without an account; neither the address nor the browser is stored', async () => {
    const form = await api(ctx, 'GET', publicUrl(home.slug, survey.token));
    expect(form.status).toBe(200);
    expect(form.body.title).toBe('Collected');
    expect(Object.keys(form.body).sort()).toEqual(['form', 'title', 'today']);

    const payload = trustPoliceSubmission(randomUUID(), 'not_at_all');
    const headers = { 'x-forwarded-for': '203.0.113.77', 'user-agent': 'CitizenPhone/9.9' };
    const sent = await api(ctx, 'POST', `${publicUrl(home.slug, survey.token)}/submissions`, {
      body: payload,
      headers,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const again = await api(ctx, 'POST', `${publicUrl(home.slug, survey.token)}/submissions`, {
      body: payload,
      headers,
    });
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);

    const rows = await rowsOf(payload.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'public', submittedBy: null });
    const audit = await auditOfSubmission(payload.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['survey_responses.create_public', null]]);
    const stored = JSON.stringify([rows, audit]);
    expect(stored).not.toContain('203.0.113.77');
    expect(stored).not.toContain('CitizenPhone');
    expect(stored).not.toContain(survey.token);
  });

  it('gets the same 404 for an unknown token, another workspace’s slug and a survey not open', async () => {
    const unknown = await api(ctx, 'GET', publicUrl(home.slug, 'no-such-token'));
    const crossed = await api(ctx, 'GET', publicUrl(other.slug, survey.token));
    const closed = await openSurveyWithResponse(ctx, home, 'Closed link');
    await api(ctx, 'PATCH', `/api/workspaces/${home.slug}/surveys/${closed.surveyId}`, {
      cookie: home.owner.cookie,
      body: { status: 'closed' },
    });
    const notOpen = await api(ctx, 'GET', publicUrl(home.slug, closed.token));
    for (const res of [unknown, crossed, notOpen]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknown.body);
    }
    const crossedPost = await api(ctx, 'POST', `${publicUrl(other.slug, survey.token)}/submissions`, {
      body: trustPoliceSubmission(),
    });
    expect(crossedPost.status).toBe(404);
  });

  it('is refused invalid answers with the question named', async () => {
    const res = await api(ctx, 'POST', `${publicUrl(home.slug, survey.token)}/submissions`, {
      body: trustPoliceSubmission(randomUUID(), 'maybe'),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toBe('trust_police');
  });

  it('is rate-limited per address (429), in memory', async () => {
    const limited = createApp({
      database: ctx.database,
      auth: ctx.auth,
      version: 'test',
      webRoot: null,
      trustProxy: true,
      publicRequestsPerMinute: 2,
    });
    const get = (address: string) =>
      limited.request(`${ORIGIN}${publicUrl(home.slug, survey.token)}`, {
        headers: { origin: ORIGIN, 'x-forwarded-for': address },
      });
    expect((await get('198.51.100.1')).status).toBe(200);
    expect((await get('198.51.100.1')).status).toBe(200);
    const third = await get('198.51.100.1');
    expect(third.status).toBe(429);
    expect((await get('198.51.100.2')).status).toBe(200);
  });
});
