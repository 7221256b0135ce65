import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTwoWorkspaces, type TestContext, type TestWorkspace } from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let path: string;

const as = (workspace: TestWorkspace) => ({ cookie: workspace.owner.cookie });

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  const created = await api(ctx, 'POST', `/api/workspaces/${home.slug}/actors`, {
    ...as(home),
    body: { name: 'Gendarmerie', category: 'gendarmerie' },
  });
  path = `/api/workspaces/${home.slug}/actors/${created.body.actor.id}`;
});
afterAll(() => ctx.close());

describe('actor versions (ETag, If-Match)', () => {
  it('401 without a session and 403 for another workspace, even with If-Match', async () => {
    const headers = { 'if-match': '"1"' };
    expect((await api(ctx, 'PATCH', path, { headers, body: { name: 'X' } })).status).toBe(401);
    expect((await api(ctx, 'PATCH', path, { ...as(other), headers, body: { name: 'X' } })).status).toBe(403);
  });

  it('400 naming If-Match when it is not a version', async () => {
    const res = await api(ctx, 'PATCH', path, {
      ...as(home),
      headers: { 'if-match': 'soon' },
      body: { name: 'X' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^If-Match: /);
  });

  it('GET and PATCH carry the version as ETag; each change raises it by one', async () => {
    const loaded = await api(ctx, 'GET', path, as(home));
    expect(loaded.body.actor.version).toBe(1);
    expect(loaded.headers.get('etag')).toBe('"1"');
    const changed = await api(ctx, 'PATCH', path, {
      ...as(home),
      headers: { 'if-match': '"1"' },
      body: { name: 'National Gendarmerie' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.actor.version).toBe(2);
    expect(changed.headers.get('etag')).toBe('"2"');
  });

  it('412 with the current version for a stale If-Match, and nothing is written', async () => {
    const before = await api(ctx, 'GET', path, as(home));
    const stale = await api(ctx, 'PATCH', path, {
      ...as(home),
      headers: { 'if-match': `"${before.body.actor.version - 1}"` },
      body: { name: 'Lost change' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error).toEqual({
      code: 'precondition_failed',
      message: 'changed by someone else since you loaded it',
      details: { currentVersion: before.body.actor.version },
    });
    const after = await api(ctx, 'GET', path, as(home));
    expect(after.body.actor).toEqual(before.body.actor);
    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=actor`, as(home));
    expect(JSON.stringify(audit.body)).not.toContain('Lost change');
  });

  it('without If-Match the change goes through (command line and older clients)', async () => {
    const res = await api(ctx, 'PATCH', path, { ...as(home), body: { acronym: 'GN' } });
    expect(res.status).toBe(200);
    expect(res.body.actor.acronym).toBe('GN');
  });
});
