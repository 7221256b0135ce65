import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from './testing/harness.ts';

/**
 * Walks every workspace route in the OpenAPI document as a member of another workspace and
 * expects 403 or 404 each time. A new route must add its example body and ids here, or this fails.
 */
let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
const ids: Record<string, string> = {};

const validBodies: Record<string, unknown> = {
  'PATCH /api/workspaces/{slug}': { name: 'Taken over' },
  'PATCH /api/workspaces/{slug}/members/{memberId}': { role: 'viewer' },
  'POST /api/workspaces/{slug}/invitations': { email: 'intruder@example.org', role: 'admin' },
  'POST /api/workspaces/{slug}/oversight-notes': { title: 'Intrusion', body: 'Should not land' },
  'PATCH /api/workspaces/{slug}/oversight-notes/{id}': { title: 'Changed' },
};

/** Which real resource of the home workspace each path parameter names. */
function paramValue(path: string, param: string): string {
  if (param === 'memberId') return ids.member;
  if (path.includes('/invitations/')) return ids.invitation;
  if (path.includes('/oversight-notes/')) return ids.note;
  throw new Error(`isolation test: say which resource {${param}} in ${path} names`);
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  const member = await newMember(ctx, home, 'editor');
  ids.member = member.memberId;
  const invitation = await api(ctx, 'POST', `/api/workspaces/${home.slug}/invitations`, {
    cookie: home.owner.cookie,
    body: { email: 'guest@example.org', role: 'viewer' },
  });
  ids.invitation = invitation.body.invitation.id;
  const note = await api(ctx, 'POST', `/api/workspaces/${home.slug}/oversight-notes`, {
    cookie: home.owner.cookie,
    body: { title: 'Home note', body: 'Private to home' },
  });
  ids.note = note.body.note.id;
});
afterAll(() => ctx.close());

describe('workspace isolation', () => {
  it('every workspace route refuses members of another workspace, and leaves the data unchanged', async () => {
    const doc = await api(ctx, 'GET', '/api/openapi.json');
    const routes: Array<{ method: string; path: string }> = [];
    for (const [path, operations] of Object.entries(doc.body.paths as Record<string, object>)) {
      if (!path.includes('{slug}')) continue;
      for (const method of Object.keys(operations)) routes.push({ method: method.toUpperCase(), path });
    }
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const auditBefore = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit/verify`, {
      cookie: home.owner.cookie,
    });

    for (const { method, path } of routes) {
      const key = `${method} ${path}`;
      if ((method === 'POST' || method === 'PATCH') && !(key in validBodies))
        throw new Error(`add a valid body for ${key}`);
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'slug');
      const fill = (slug: string) =>
        params.reduce(
          (p, param) => p.replace(`{${param}}`, paramValue(path, param)),
          path.replace('{slug}', slug),
        );
      // Straight at the other workspace, and at its resources through the outsider's own workspace.
      for (const url of [fill(home.slug), ...(params.length ? [fill(other.slug)] : [])]) {
        const res = await api(ctx, method, url, { cookie: other.owner.cookie, body: validBodies[key] });
        expect([403, 404], `${method} ${url} gave ${res.status}`).toContain(res.status);
      }
    }

    const auditAfter = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit/verify`, {
      cookie: home.owner.cookie,
    });
    expect(auditAfter.body.checked).toBe(auditBefore.body.checked);
    const notes = await api(ctx, 'GET', `/api/workspaces/${home.slug}/oversight-notes`, {
      cookie: home.owner.cookie,
    });
    expect(notes.body.notes.map((n: { title: string }) => n.title)).toEqual(['Home note']);
  });

  it('a viewer of the same workspace cannot write anything', async () => {
    const viewer = await newMember(ctx, home, 'viewer');
    for (const [key, body] of Object.entries(validBodies)) {
      const [method, path] = key.split(' ');
      const url = path
        .replace('{slug}', home.slug)
        .replace(/\{(\w+)\}/g, (_m, param: string) => paramValue(path, param));
      const res = await api(ctx, method, url, { cookie: viewer.cookie, body });
      expect(res.status, `${key} as viewer`).toBe(403);
    }
  });
});
