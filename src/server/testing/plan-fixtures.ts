import { api, type TestContext, type TestWorkspace } from './harness.ts';

/**
 * A small plan built through the API as the workspace owner, with its status date at its start (2027-01):
 * one programme, one project, three activities (A then B, C free), an adviser resource with capacity 1 that
 * A and C both need, so they cannot overlap.
 */
export async function smallPlan(ctx: TestContext, workspace: TestWorkspace) {
  const base = `/api/workspaces/${workspace.slug}/plans`;
  const post = async (path: string, body: object) => {
    const res = await api(ctx, 'POST', path, { cookie: workspace.owner.cookie, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const created = (await post(base, { name: 'Fixture plan', startMonth: '2027-01', horizonMonths: 24 })).plan;
  const planPath = `${base}/${created.id}`;
  // re-planned from its first month whatever today is, so the tests do not change with the calendar
  const dated = await api(ctx, 'PATCH', planPath, {
    cookie: workspace.owner.cookie,
    body: { statusDate: '2027-01' },
  });
  if (dated.status !== 200) throw new Error(`${planPath}: ${dated.status} ${JSON.stringify(dated.body)}`);
  const plan = dated.body.plan;
  const advisers = (
    await post(`${planPath}/resources`, {
      name: 'Advisers',
      kind: 'technical_experts',
      unit: 'advisers',
      limitKind: 'concurrent',
      capacityPeriod: 'quarter',
      capacities: [1],
    })
  ).resource;
  const programme = (
    await post(`${planPath}/items`, { kind: 'programme', code: 'P1', name: 'Legal framework' })
  ).item;
  const project = (
    await post(`${planPath}/items`, {
      kind: 'project',
      code: 'P1.1',
      name: 'Police act',
      parentId: programme.id,
    })
  ).item;
  const activity = async (code: string, duration: number, extra: object = {}) =>
    (
      await post(`${planPath}/items`, {
        kind: 'activity',
        code,
        name: `Activity ${code}`,
        parentId: project.id,
        duration,
        ...extra,
      })
    ).item;
  const a = await activity('P1.1.1', 3, { demands: { [advisers.id]: 1 }, weight: 1 });
  const b = await activity('P1.1.2', 2, { weight: 1 });
  const c = await activity('P1.1.3', 4, { demands: { [advisers.id]: 1 }, weight: 10 });
  const dependency = (await post(`${planPath}/dependencies`, { predecessorId: a.id, successorId: b.id }))
    .dependency;
  return { plan, planPath, advisers, programme, project, a, b, c, dependency };
}
