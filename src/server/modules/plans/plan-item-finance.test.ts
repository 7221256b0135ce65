import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTwoWorkspaces, type TestContext, type TestWorkspace } from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let fixture: Awaited<ReturnType<typeof smallPlan>>;

beforeAll(async () => {
  ({ ctx, home } = await createTwoWorkspaces());
  fixture = await smallPlan(ctx, home);
});
afterAll(() => ctx.close());

const owner = () => ({ cookie: home.owner.cookie });
const itemPath = (id: string) => `${fixture.planPath}/items/${id}`;
const patch = (id: string, body: object) => api(ctx, 'PATCH', itemPath(id), { ...owner(), body });

describe('plan item finance fields', () => {
  it('a new item has none; an activity takes a purpose code and a recurrent cost from a month', async () => {
    expect(fixture.a).toMatchObject({
      purposeCode: null,
      recurrentCost: null,
      recurrentCurrency: null,
      recurrentFromMonth: null,
    });
    const created = await api(ctx, 'POST', `${fixture.planPath}/items`, {
      ...owner(),
      body: {
        kind: 'activity',
        code: 'P1.1.9',
        name: 'Recruit 200 police officers',
        parentId: fixture.project.id,
        duration: 6,
        purposeCode: '15132',
        recurrentCost: 1_200_000,
        recurrentCurrency: 'USD',
        recurrentFromMonth: 12,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.item).toMatchObject({
      purposeCode: '15132',
      recurrentCost: 1_200_000,
      recurrentCurrency: 'USD',
      recurrentFromMonth: 12,
    });
  });

  it('PATCH sets them, "from when it finishes" is a null month, and clearing the cost clears the rest', async () => {
    const set = await patch(fixture.b.id, {
      purposeCode: '15130',
      recurrentCost: 80_000,
      recurrentCurrency: 'EUR',
    });
    expect(set.status).toBe(200);
    expect(set.body.item).toMatchObject({ recurrentCost: 80_000, recurrentFromMonth: null });
    const cleared = await patch(fixture.b.id, { recurrentCost: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.item).toMatchObject({
      purposeCode: '15130',
      recurrentCost: null,
      recurrentCurrency: null,
      recurrentFromMonth: null,
    });
  });

  it.each([
    [{ purposeCode: '15999' }, /^purposeCode: must be one of the DAC purpose codes .*15210/],
    [{ purposeCode: '1521' }, /^purposeCode: /],
    [{ recurrentCost: -1, recurrentCurrency: 'USD' }, /^recurrentCost: /],
    [{ recurrentCost: 100, recurrentCurrency: 'usd' }, /^recurrentCurrency: must be an ISO 4217 code/],
    [{ recurrentCost: 100 }, /^recurrentCurrency: is required with a recurrentCost/],
    [{ recurrentCurrency: 'USD' }, /^recurrentCurrency: give the recurrentCost/],
    [{ recurrentFromMonth: 3 }, /^recurrentFromMonth: give the recurrentCost/],
    [{ recurrentCost: 100, recurrentCurrency: 'USD', recurrentFromMonth: -1 }, /^recurrentFromMonth: /],
  ])('refuses %j on an activity with a 400 naming the field', async (body, message) => {
    const res = await patch(fixture.c.id, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('only activities carry a recurrent cost; any item may carry a purpose code', async () => {
    const project = await patch(fixture.project.id, { recurrentCost: 100, recurrentCurrency: 'USD' });
    expect(project.status).toBe(400);
    expect(project.body.error.message).toMatch(/^recurrentCost: only activities .* a project spans/);
    const code = await patch(fixture.programme.id, { purposeCode: '15210' });
    expect(code.status).toBe(200);
    expect(code.body.item.purposeCode).toBe('15210');
  });

  it('a scenario copy keeps the four fields', async () => {
    await patch(fixture.a.id, {
      purposeCode: '15210',
      recurrentCost: 50_000,
      recurrentCurrency: 'GBP',
      recurrentFromMonth: 6,
    });
    const created = await api(ctx, 'POST', `${fixture.planPath}/scenarios`, {
      ...owner(),
      body: { name: 'Copy with finance fields' },
    });
    expect(created.status).toBe(201);
    const copy = await api(ctx, 'GET', `/api/workspaces/${home.slug}/plans/${created.body.plan.id}`, owner());
    const copied = copy.body.items.find((item: { originId: string }) => item.originId === fixture.a.id);
    expect(copied).toMatchObject({
      purposeCode: '15210',
      recurrentCost: 50_000,
      recurrentCurrency: 'GBP',
      recurrentFromMonth: 6,
    });
  });
});
