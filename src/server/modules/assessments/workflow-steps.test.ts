import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { SubmitReadinessSchema } from './schemas.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let admin: Awaited<ReturnType<typeof newMember>>;
let editor: Awaited<ReturnType<typeof newMember>>;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  admin = await newMember(ctx, home, 'admin');
  editor = await newMember(ctx, home, 'editor');
});
afterAll(() => ctx.close());

const assessmentPath = (id: string, workspace = home) =>
  `/api/workspaces/${workspace.slug}/assessments/${id}`;
const transition = (id: string, action: string, cookie?: string) =>
  api(ctx, 'POST', `${assessmentPath(id)}/transitions`, { cookie, body: { action } });

describe('unpublishing an assessment', () => {
  it('401 without a session, 403 from another workspace, 400 for an unknown action', async () => {
    const { id } = await scoredAssessment(ctx, home, { status: 'published' });
    expect((await transition(id, 'unpublish')).status).toBe(401);
    expect((await transition(id, 'unpublish', other.owner.cookie)).status).toBe(403);
    const bad = await transition(id, 'retract', home.owner.cookie);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^action: /);
  });

  it('403 for an editor and for the assessment’s own assessor, naming who may', async () => {
    const { id, lead } = await scoredAssessment(ctx, home, { status: 'published' });
    for (const who of [editor, lead]) {
      const refused = await transition(id, 'unpublish', who.cookie);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        'only the secretariat (owner or admin) unpublishes assessments',
      );
    }
  });

  it('409 when the assessment is not published', async () => {
    for (const status of ['draft', 'validated'] as const) {
      const { id } = await scoredAssessment(ctx, home, { status });
      const refused = await transition(id, 'unpublish', home.owner.cookie);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(`cannot unpublish an assessment that is ${status}`);
    }
  });

  it('an owner or admin takes it back to validated, keeps the validation, and the audit says so', async () => {
    const { id } = await scoredAssessment(ctx, home, { status: 'published' });
    const published = await api(ctx, 'GET', assessmentPath(id), { cookie: editor.cookie });
    const publishedAt = published.body.assessment.publishedAt as string;
    expect(publishedAt).not.toBeNull();

    const undone = await transition(id, 'unpublish', home.owner.cookie);
    expect(undone.status).toBe(200);
    expect(undone.body.assessment).toMatchObject({ status: 'validated', publishedAt: null });
    expect(undone.body.assessment.validatedAt).not.toBeNull();
    // Scores stay frozen: a validated assessment is still no draft.
    expect((await transition(id, 'unpublish', home.owner.cookie)).status).toBe(409);

    expect((await transition(id, 'publish', admin.cookie)).body.assessment.status).toBe('published');
    expect((await transition(id, 'unpublish', admin.cookie)).body.assessment.status).toBe('validated');

    const audit = await api(
      ctx,
      'GET',
      `/api/workspaces/${home.slug}/audit?action=assessment.unpublish&limit=10`,
      { cookie: home.owner.cookie },
    );
    const entries = audit.body.entries.filter((entry: { entityId: string }) => entry.entityId === id);
    expect(entries).toHaveLength(2);
    const byOwner = entries.find((entry: { actor: { id: string } }) => entry.actor.id === home.owner.id);
    expect(byOwner.changes).toMatchObject({
      status: { before: 'published', after: 'validated' },
      publishedAt: { before: publishedAt },
    });
  });
});

describe('readiness to submit for review', () => {
  const readinessPath = (id: string, workspace = home) => `${assessmentPath(id, workspace)}/submit-readiness`;

  it('401, 403 from another workspace, 404 for another workspace’s assessment', async () => {
    const mine = await scoredAssessment(ctx, home, { status: 'draft' });
    const foreign = await scoredAssessment(ctx, other, { status: 'draft' });
    expect((await api(ctx, 'GET', readinessPath(mine.id))).status).toBe(401);
    expect((await api(ctx, 'GET', readinessPath(mine.id), { cookie: other.owner.cookie })).status).toBe(403);
    expect((await api(ctx, 'GET', readinessPath(foreign.id), { cookie: editor.cookie })).status).toBe(404);
  });

  it('names the unanswered items and says whether a reviewer who scored nothing is on the team', async () => {
    // The fixture's team is its lead alone, who scored the first three items.
    const { id, itemIds, lead } = await scoredAssessment(ctx, home, { status: 'draft', scores: [1, 2, 3] });
    const alone = await api(ctx, 'GET', readinessPath(id), { cookie: lead.cookie });
    expect(alone.status).toBe(200);
    const readiness = SubmitReadinessSchema.parse(alone.body);
    expect(readiness.hasReviewer).toBe(false);
    expect(readiness.unansweredCount).toBe(itemIds.length - 3);
    expect(readiness.unanswered).toHaveLength(10);
    expect(readiness.unanswered[0]).toMatchObject({ itemId: itemIds[3], code: 'C2.1' });
    expect(readiness.unanswered[0].text.en).toBeTruthy();

    const reviewer = await newMember(ctx, home, 'viewer');
    const team = [
      { userId: lead.id, side: 'government', teamRole: 'lead' },
      { userId: reviewer.id, side: 'civil_society', teamRole: 'reviewer' },
    ];
    expect(
      (await api(ctx, 'PATCH', assessmentPath(id), { cookie: home.owner.cookie, body: { team } })).status,
    ).toBe(200);
    const withReviewer = await api(ctx, 'GET', readinessPath(id), { cookie: reviewer.cookie });
    expect(withReviewer.body.hasReviewer).toBe(true);

    // The warnings do not stop the team from submitting.
    expect((await transition(id, 'submit', lead.cookie)).body.assessment.status).toBe('in_review');
  });
});
