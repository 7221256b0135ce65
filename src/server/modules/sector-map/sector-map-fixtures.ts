import { api, type TestContext, type TestWorkspace } from '../../testing/harness.ts';

const ORIGIN = 'http://localhost:3000';

export const actorsPath = (workspace: TestWorkspace) => `/api/workspaces/${workspace.slug}/actors`;
export const relationsPath = (workspace: TestWorkspace) => `/api/workspaces/${workspace.slug}/relations`;

/** Posts a file as the multipart field `file`, as a browser form would. */
export async function upload(
  ctx: TestContext,
  path: string,
  file: { name: string; content: string | Uint8Array },
  cookie?: string,
) {
  const form = new FormData();
  form.append('file', new File([file.content as BlobPart], file.name));
  const headers: Record<string, string> = { origin: ORIGIN };
  if (cookie) headers.cookie = cookie;
  const response = await ctx.app.request(`${ORIGIN}${path}`, { method: 'POST', headers, body: form });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Downloads an export: the raw bytes and the headers. */
export async function download(ctx: TestContext, path: string, cookie?: string) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (cookie) headers.cookie = cookie;
  const response = await ctx.app.request(`${ORIGIN}${path}`, { headers });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

export async function createActor(ctx: TestContext, workspace: TestWorkspace, body: Record<string, unknown>) {
  const res = await api(ctx, 'POST', actorsPath(workspace), { cookie: workspace.owner.cookie, body });
  if (res.status !== 201) throw new Error(`actor not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.actor as { id: string; name: string };
}

export async function createRelation(
  ctx: TestContext,
  workspace: TestWorkspace,
  body: Record<string, unknown>,
) {
  const res = await api(ctx, 'POST', relationsPath(workspace), { cookie: workspace.owner.cookie, body });
  if (res.status !== 201) throw new Error(`relation not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.relation as { id: string };
}

export async function auditActions(ctx: TestContext, workspace: TestWorkspace, entityType: string) {
  const res = await api(ctx, 'GET', `/api/workspaces/${workspace.slug}/audit?entityType=${entityType}`, {
    cookie: workspace.owner.cookie,
  });
  return res.body.entries as Array<{
    action: string;
    entityId: string | null;
    changes: Record<string, unknown>;
  }>;
}
