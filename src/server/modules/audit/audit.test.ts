import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  for (const title of ['First', 'Second', 'Third']) {
    await api(ctx, 'POST', `/api/workspaces/${home.slug}/oversight-notes`, {
      cookie: home.owner.cookie,
      body: { title, body: `${title} note` },
    });
  }
});
afterAll(() => ctx.close());

const auditPath = () => `/api/workspaces/${home.slug}/audit`;

describe('GET /api/workspaces/:slug/audit', () => {
  it('401, 403 for another workspace, 403 for a donor, 400 for a bad date', async () => {
    expect((await api(ctx, 'GET', auditPath())).status).toBe(401);
    expect((await api(ctx, 'GET', auditPath(), { cookie: other.owner.cookie })).status).toBe(403);
    const donor = await newMember(ctx, home, 'donor');
    expect((await api(ctx, 'GET', auditPath(), { cookie: donor.cookie })).status).toBe(403);
    const bad = await api(ctx, 'GET', `${auditPath()}?from=yesterday`, { cookie: home.owner.cookie });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^from: /);
  });

  it('lists newest first with actor and changes; filters by action, entity, actor and date; pages', async () => {
    const oversight = await newMember(ctx, home, 'oversight');
    const all = await api(ctx, 'GET', auditPath(), { cookie: oversight.cookie });
    expect(all.status).toBe(200);
    const seqs = all.body.entries.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const notes = await api(ctx, 'GET', `${auditPath()}?entityType=oversight_note`, {
      cookie: home.owner.cookie,
    });
    expect(notes.body.entries).toHaveLength(3);
    expect(notes.body.entries[0]).toMatchObject({
      action: 'oversight_note.create',
      actor: { id: home.owner.id, email: home.owner.email },
      changes: { title: { before: null, after: 'Third' } },
    });
    const byAction = await api(ctx, 'GET', `${auditPath()}?action=workspace.create`, {
      cookie: home.owner.cookie,
    });
    expect(byAction.body.entries).toHaveLength(1);
    const byActor = await api(ctx, 'GET', `${auditPath()}?actorId=${oversight.id}`, {
      cookie: home.owner.cookie,
    });
    expect(byActor.body.entries).toHaveLength(0);
    const future = await api(ctx, 'GET', `${auditPath()}?from=2999-01-01`, { cookie: home.owner.cookie });
    expect(future.body.entries).toHaveLength(0);
    const page1 = await api(ctx, 'GET', `${auditPath()}?limit=2`, { cookie: home.owner.cookie });
    expect(page1.body.entries).toHaveLength(2);
    const page2 = await api(ctx, 'GET', `${auditPath()}?limit=2&before=${page1.body.nextBefore}`, {
      cookie: home.owner.cookie,
    });
    expect(page2.body.entries[0].seq).toBe(page1.body.entries[1].seq - 1);
  });
});

describe('GET /api/workspaces/:slug/audit/verify', () => {
  it('401 and 403 like the log itself', async () => {
    expect((await api(ctx, 'GET', `${auditPath()}/verify`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${auditPath()}/verify`, { cookie: other.owner.cookie })).status).toBe(403);
  });

  it('reports an intact chain, then names the entry altered directly in the database', async () => {
    const intact = await api(ctx, 'GET', `${auditPath()}/verify`, { cookie: home.owner.cookie });
    expect(intact.body.ok).toBe(true);
    expect(intact.body.checked).toBeGreaterThanOrEqual(5);
    await ctx.db.execute(
      sql`update audit_log set changes = '{"title":{"before":null,"after":"Forged"}}'::jsonb where chain = ${home.id} and seq = 3`,
    );
    const broken = await api(ctx, 'GET', `${auditPath()}/verify`, { cookie: home.owner.cookie });
    expect(broken.body.ok).toBe(false);
    expect(broken.body.checked).toBe(2);
    expect(broken.body.firstBroken).toMatchObject({ seq: 3, reason: expect.stringMatching(/altered/) });
    const untouched = await api(ctx, 'GET', `/api/workspaces/${other.slug}/audit/verify`, {
      cookie: other.owner.cookie,
    });
    expect(untouched.body.ok).toBe(true);
  });
});
