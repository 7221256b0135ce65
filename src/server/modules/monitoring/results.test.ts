import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFramework } from '../../../core/frameworks/index.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import { auditLog } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';
import { seedIndicatorMetadata } from './indicators-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let viewer: TestUser;
let editor: TestUser;
let plan: Awaited<ReturnType<typeof smallPlan>>;
let otherPlan: Awaited<ReturnType<typeof smallPlan>>;

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;
const owner = () => ({ cookie: home.owner.cookie });
const criterion = listItems(findFramework('ssg-ten-criteria') as Framework)[0].item;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  editor = await newMember(ctx, home, 'editor');
  plan = await smallPlan(ctx, home);
  otherPlan = await smallPlan(ctx, other);
  await seedIndicatorMetadata(ctx.db, home.id);
});
afterAll(() => ctx.close());

const postResult = (body: object, cookie = home.owner.cookie) =>
  api(ctx, 'POST', `${base()}/results`, { cookie, body });

describe('the results chain', () => {
  it('refuses strangers and roles that cannot configure monitoring', async () => {
    expect((await api(ctx, 'GET', `${base()}/results`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/results`, { cookie: other.owner.cookie })).status).toBe(403);
    const body = { level: 'impact', code: 'IM1', title: 'People are safer' };
    expect((await postResult(body, editor.cookie)).status).toBe(403);
    expect((await postResult(body, other.owner.cookie)).status).toBe(403);
  });

  it('builds impact → outcome → output with plan items and criteria, refusing a level out of order', async () => {
    const impact = await postResult({ level: 'impact', code: 'IM1', title: 'People are safer' });
    expect(impact.status).toBe(201);
    const outcome = await postResult({
      parentId: impact.body.result.id,
      level: 'outcome',
      code: 'OC1',
      title: 'Citizens trust the police',
      planItemIds: [plan.a.id],
      assessmentItems: [{ frameworkId: 'ssg-ten-criteria', itemId: criterion.id }],
    });
    expect(outcome.status).toBe(201);
    expect(outcome.body.result).toMatchObject({
      level: 'outcome',
      planItems: [{ id: plan.a.id, code: plan.a.code, planId: plan.plan.id }],
      assessmentItems: [
        {
          frameworkId: 'ssg-ten-criteria',
          itemId: criterion.id,
          code: criterion.code,
          label: criterion.text.en,
        },
      ],
    });

    const upward = await postResult({
      parentId: outcome.body.result.id,
      level: 'impact',
      code: 'X',
      title: 'x',
    });
    expect(upward.status).toBe(400);
    expect(upward.body.error.message).toMatch(/^level: /);
    const foreignItem = await postResult({
      level: 'output',
      code: 'X',
      title: 'x',
      planItemIds: [otherPlan.a.id],
    });
    expect(foreignItem.status).toBe(400);
    expect(foreignItem.body.error.message).toMatch(/^planItemIds\.0: /);
    expect(foreignItem.body.error.details.id).toBe(otherPlan.a.id);
    const badItem = await postResult({
      level: 'output',
      code: 'X',
      title: 'x',
      assessmentItems: [{ frameworkId: 'ssg-ten-criteria', itemId: 'nope' }],
    });
    expect(badItem.body.error.message).toMatch(/^assessmentItems\.0\.itemId: /);
    const badFramework = await postResult({
      level: 'output',
      code: 'X',
      title: 'x',
      assessmentItems: [{ frameworkId: 'nope', itemId: 'nope' }],
    });
    expect(badFramework.body.error.message).toMatch(/^assessmentItems\.0\.frameworkId: /);
    expect((await postResult({ level: 'output', code: 'oc1', title: 'x' })).status).toBe(409);

    const output = await postResult({
      parentId: outcome.body.result.id,
      level: 'output',
      code: 'OP1',
      title: 'Vetting done',
    });
    const indicator = await api(ctx, 'POST', `${base()}/indicators`, {
      ...owner(),
      body: {
        code: 'VETTED',
        name: 'Officers vetted',
        level: 'output',
        kind: 'administrative',
        numerator: '#{COMPLAINTS}',
        resultId: output.body.result.id,
      },
    });
    expect(indicator.status).toBe(201);
    expect(indicator.body.indicator.result).toMatchObject({ code: 'OP1', level: 'output' });

    const chain = await api(ctx, 'GET', `${base()}/results`, { cookie: viewer.cookie });
    expect(chain.status).toBe(200);
    expect(chain.body.results.map((r: { code: string; depth: number }) => [r.code, r.depth])).toEqual([
      ['IM1', 0],
      ['OC1', 1],
      ['OP1', 2],
    ]);
    expect(chain.body.results[2].indicators).toMatchObject([{ code: 'VETTED', level: 'output' }]);
    expect(chain.body.warnings).toEqual([{ key: 'inputsOnly' }]);

    await api(ctx, 'POST', `${base()}/indicators`, {
      ...owner(),
      body: {
        code: 'TRUST',
        name: 'Trust',
        level: 'outcome',
        kind: 'perception',
        numerator: '#{COMPLAINTS}',
      },
    });
    expect((await api(ctx, 'GET', `${base()}/results`, { cookie: viewer.cookie })).body.warnings).toEqual([]);
  });

  it('names criteria in the reader’s language', async () => {
    const chain = await api(ctx, 'GET', `${base()}/results`, {
      cookie: viewer.cookie,
      headers: { 'accept-language': 'fr' },
    });
    const outcome = chain.body.results.find((r: { code: string }) => r.code === 'OC1');
    expect(criterion.text.fr).toBeTruthy();
    expect(outcome.assessmentItems[0].label).toBe(criterion.text.fr);
  });

  it('changes links and levels with If-Match, refuses cycles, and deletes with the results below', async () => {
    const chain = (await api(ctx, 'GET', `${base()}/results`, owner())).body.results;
    const [impact, outcome, output] = chain;
    const path = (id: string) => `${base()}/results/${id}`;
    const relinked = await api(ctx, 'PATCH', path(outcome.id), {
      ...owner(),
      headers: { 'if-match': `"${outcome.version}"` },
      body: { planItemIds: [plan.b.id, plan.c.id], assessmentItems: [] },
    });
    expect(relinked.status).toBe(200);
    expect(relinked.body.result.planItems.map((i: { id: string }) => i.id).sort()).toEqual(
      [plan.b.id, plan.c.id].sort(),
    );
    expect(relinked.body.result.assessmentItems).toEqual([]);
    const stale = await api(ctx, 'PATCH', path(outcome.id), {
      ...owner(),
      headers: { 'if-match': `"${outcome.version}"` },
      body: { title: 'x' },
    });
    expect(stale.status).toBe(412);
    const cycle = await api(ctx, 'PATCH', path(impact.id), {
      ...owner(),
      body: { parentId: output.id, level: 'activity' },
    });
    expect(cycle.body.error.message).toMatch(/^parentId: /);
    const tooLow = await api(ctx, 'PATCH', path(outcome.id), { ...owner(), body: { level: 'activity' } });
    expect(tooLow.body.error.message).toMatch(/^level: .*OP1/);

    expect(
      (await api(ctx, 'DELETE', path(outcome.id), { ...owner(), headers: { 'if-match': '"1"' } })).status,
    ).toBe(412);
    const removed = await api(ctx, 'DELETE', path(outcome.id), {
      ...owner(),
      headers: { 'if-match': '"2"' },
    });
    expect(removed.status).toBe(204);
    const left = (await api(ctx, 'GET', `${base()}/results`, owner())).body.results;
    expect(left.map((r: { code: string }) => r.code)).toEqual(['IM1']);
    const vetted = (await api(ctx, 'GET', `${base()}/indicators`, owner())).body.indicators.find(
      (i: { code: string }) => i.code === 'VETTED',
    );
    expect(vetted.result).toBeNull();

    const actions = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityType, 'monitoring_result')))
      .orderBy(asc(auditLog.seq));
    expect(actions.map((a) => a.action).filter((a) => a !== 'monitoring_result.create')).toEqual([
      'monitoring_result.update',
      'monitoring_result.delete',
    ]);
  });
});
