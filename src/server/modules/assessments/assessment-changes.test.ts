import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';

// Changing an assessment's team and removing evidence: both succeed, show in the next read, and are audited.

let ctx: TestContext;
let home: TestWorkspace;
let lead: Awaited<ReturnType<typeof newMember>>;
let assessor: Awaited<ReturnType<typeof newMember>>;
let newcomer: Awaited<ReturnType<typeof newMember>>;

beforeAll(async () => {
  ({ ctx, home } = await createTwoWorkspaces());
  lead = await newMember(ctx, home, 'assessor');
  assessor = await newMember(ctx, home, 'editor');
  newcomer = await newMember(ctx, home, 'viewer');
});
afterAll(() => ctx.close());

const path = () => `/api/workspaces/${home.slug}/assessments`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });

async function newAssessment() {
  const res = await api(ctx, 'POST', path(), {
    ...as(lead),
    body: {
      title: 'Justice sector 2026',
      frameworkId: 'ssg-ten-criteria',
      scope: 'sector',
      leadSide: 'government',
      team: [
        { userId: lead.id, side: 'government', teamRole: 'lead' },
        { userId: assessor.id, side: 'government', teamRole: 'assessor' },
      ],
    },
  });
  expect(res.status).toBe(201);
  return res.body.assessment.id as string;
}

async function auditOf(action: string, assessmentId: string) {
  const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?action=${action}`, as(home.owner));
  expect(res.status).toBe(200);
  return (
    res.body.entries as Array<{ entityId: string; actor: { id: string }; changes: Record<string, unknown> }>
  ).filter((entry) => entry.entityId === assessmentId);
}

describe('PATCH assessment: team change', () => {
  it('200, the new team is what the next read shows (the one who left loses their team role), audited', async () => {
    const id = await newAssessment();
    const team = [
      { userId: lead.id, side: 'government', teamRole: 'lead' },
      { userId: newcomer.id, side: 'civil_society', teamRole: 'reviewer' },
    ];
    const changed = await api(ctx, 'PATCH', `${path()}/${id}`, { ...as(lead), body: { team } });
    expect(changed.status).toBe(200);
    expect(changed.body.assessment.id).toBe(id);

    const detail = await api(ctx, 'GET', `${path()}/${id}`, as(newcomer));
    expect(detail.status).toBe(200);
    expect(
      detail.body.team.map((member: { userId: string; side: string; teamRole: string }) => ({
        userId: member.userId,
        side: member.side,
        teamRole: member.teamRole,
      })),
    ).toEqual(expect.arrayContaining(team));
    expect(detail.body.team).toHaveLength(2);
    expect(detail.body.myTeamRole).toBe('reviewer');
    const left = await api(ctx, 'GET', `${path()}/${id}`, as(assessor));
    expect(left.body.myTeamRole).toBeNull();

    const [entry] = await auditOf('assessment.update', id);
    expect(entry).toMatchObject({ actor: { id: lead.id }, changes: { team: { before: null, after: team } } });
  });
});

describe('DELETE evidence', () => {
  it('204 for the team, gone from the assessment and its file, audited; refused to someone off the team', async () => {
    const id = await newAssessment();
    const detail = await api(ctx, 'GET', `${path()}/${id}`, as(lead));
    const itemId = detail.body.framework.groups[0].items[0].id as string;
    const form = new FormData();
    form.set('itemId', itemId);
    form.set('sourceType', 'desk_research');
    form.set('description', 'Court statistics 2025');
    form.set('file', new File(['cases,days\n120,45\n'], 'courts.csv', { type: 'text/csv' }));
    const added = await ctx.app.request(`http://localhost:3000${path()}/${id}/evidence`, {
      method: 'POST',
      headers: { cookie: lead.cookie, origin: 'http://localhost:3000' },
      body: form,
    });
    expect(added.status).toBe(201);
    const evidenceId = (await added.json()).evidence.id as string;
    const evidencePath = `${path()}/${id}/evidence/${evidenceId}`;

    expect((await api(ctx, 'DELETE', evidencePath, as(newcomer))).status).toBe(403);
    const removed = await api(ctx, 'DELETE', evidencePath, as(assessor));
    expect(removed.status).toBe(204);

    const after = await api(ctx, 'GET', `${path()}/${id}`, as(lead));
    expect(after.body.evidence).toEqual([]);
    expect((await api(ctx, 'GET', `${evidencePath}/file`, as(lead))).status).toBe(404);
    const [entry] = await auditOf('assessment.evidence_remove', id);
    expect(entry).toMatchObject({
      actor: { id: assessor.id },
      changes: { evidenceId: { before: evidenceId }, fileName: { before: 'courts.csv' } },
    });
    expect((await api(ctx, 'DELETE', evidencePath, as(assessor))).status).toBe(404);
  });
});
