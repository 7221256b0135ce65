import { randomUUID } from 'node:crypto';
import { api, type TestContext, type TestWorkspace } from '../../testing/harness.ts';

export const ORIGIN = 'http://localhost:3000';

/** A submission the library's `trust_police` form accepts. */
export function trustPoliceSubmission(id = randomUUID(), answer = 'a_lot') {
  return { id, answers: { trust_police: answer }, startedAt: null, completedAt: '2026-11-23T10:00:00.000Z' };
}

async function must(ctx: TestContext, method: string, path: string, cookie: string, body?: unknown) {
  const res = await api(ctx, method, path, { cookie, body });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A survey built through the API: the library's trust-in-the-police question, open, with a public
 * link and one enumerator response.
 */
export async function openSurveyWithResponse(
  ctx: TestContext,
  workspace: TestWorkspace,
  title = 'Home survey',
) {
  const base = `/api/workspaces/${workspace.slug}/surveys`;
  const cookie = workspace.owner.cookie;
  const created = await must(ctx, 'POST', base, cookie, { title, languages: ['en', 'fr'] });
  const surveyId: string = created.survey.id;
  await must(ctx, 'POST', `${base}/${surveyId}/library`, cookie, { questions: ['trust_police'] });
  await must(ctx, 'PATCH', `${base}/${surveyId}`, cookie, { status: 'open' });
  const link = await must(ctx, 'POST', `${base}/${surveyId}/public-link`, cookie);
  const submission = trustPoliceSubmission();
  await must(ctx, 'POST', `${base}/${surveyId}/submissions`, cookie, submission);
  return { surveyId, token: link.publicToken as string, submissionId: submission.id };
}

/** Posts an XLSForm file as multipart `file` to an upload route. */
export async function uploadForm(
  ctx: TestContext,
  path: string,
  cookie: string,
  file: { name: string; bytes: Uint8Array | string },
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  form.set('file', new File([file.bytes as BlobPart], file.name));
  const response = await ctx.app.request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { cookie, origin: ORIGIN, ...headers },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}
