import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from './testing/harness.ts';
import { smallPlan } from './testing/plan-fixtures.ts';

/** A PATCH that sets no field answers 200 with the record as it was, and writes nothing. */
let ctx: TestContext;
let home: TestWorkspace;
const created: Record<string, { path: string; key: string; value: Record<string, unknown> }> = {};

async function auditCount() {
  const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit/verify`, {
    cookie: home.owner.cookie,
  });
  return res.body.checked as number;
}

beforeAll(async () => {
  ctx = await createTestContext();
  home = await newWorkspace(ctx);
  const base = `/api/workspaces/${home.slug}`;
  const make = async (name: string, path: string, key: string, body: object) => {
    const res = await api(ctx, 'POST', `${base}${path}`, { cookie: home.owner.cookie, body });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(201);
    created[name] = { path: `${base}${path}/${res.body[key].id}`, key, value: res.body[key] };
  };
  await make('actor', '/actors', 'actor', { name: 'Border Guard', category: 'border_guard' });
  await make('court', '/actors', 'actor', { name: 'High Court', category: 'court' });
  await make('need', '/needs', 'need', { title: 'Vetting', severity: 2, importance: 3 });
  await make('note', '/oversight-notes', 'note', { title: 'Hearing', body: 'Minutes' });
  await make('relation', '/relations', 'relation', {
    sourceActorId: created.court.value.id,
    targetActorId: created.actor.value.id,
    type: 'oversight',
    oversightKind: 'judicial',
  });
  await make('consultation', '/consultations', 'consultation', {
    heldOn: '2026-02-01',
    place: 'Town hall',
    format: 'workshop',
    participants: [],
    topics: ['Policing'],
    findings: 'Heard',
  });
});
afterAll(() => ctx.close());

describe('an empty PATCH changes nothing', () => {
  it('PATCH /api/workspaces/{slug} with no field: 200, the workspace unchanged, no audit entry', async () => {
    const before = await api(ctx, 'GET', `/api/workspaces/${home.slug}`, { cookie: home.owner.cookie });
    const entries = await auditCount();
    const res = await api(ctx, 'PATCH', `/api/workspaces/${home.slug}`, {
      cookie: home.owner.cookie,
      body: {},
    });
    expect(res.status).toBe(200);
    expect(res.body.workspace.name).toBe(before.body.workspace.name);
    expect(res.body.workspace.updatedAt ?? null).toBe(before.body.workspace.updatedAt ?? null);
    expect(await auditCount()).toBe(entries);
  });

  it.each(['actor', 'need', 'note', 'relation', 'consultation'])(
    'PATCH of a %s with no field: 200, the record unchanged, no audit entry',
    async (name) => {
      const { path, key, value } = created[name];
      const entries = await auditCount();
      const res = await api(ctx, 'PATCH', path, { cookie: home.owner.cookie, body: {} });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body[key]).toEqual(value);
      expect(await auditCount()).toBe(entries);
    },
  );

  it('PATCH of a plan, a plan item and a resource with no field: each unchanged, no audit entry', async () => {
    const fixture = await smallPlan(ctx, home);
    const plan = (await api(ctx, 'GET', fixture.planPath, { cookie: home.owner.cookie })).body.plan;
    const targets: Array<[string, string, Record<string, unknown>]> = [
      [fixture.planPath, 'plan', plan],
      [`${fixture.planPath}/items/${fixture.a.id}`, 'item', fixture.a],
      [`${fixture.planPath}/resources/${fixture.advisers.id}`, 'resource', fixture.advisers],
    ];
    for (const [path, key, before] of targets) {
      const entries = await auditCount();
      const res = await api(ctx, 'PATCH', path, { cookie: home.owner.cookie, body: {} });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body[key].version, path).toBe(before.version);
      expect(res.body[key].updatedAt, path).toBe(before.updatedAt);
      expect(await auditCount(), path).toBe(entries);
    }
  });

  it('a PATCH with a field still changes the record and is audited', async () => {
    const { path } = created.need;
    const entries = await auditCount();
    const res = await api(ctx, 'PATCH', path, {
      cookie: home.owner.cookie,
      body: { title: 'Vetting and screening' },
    });
    expect(res.status).toBe(200);
    expect(res.body.need.title).toBe('Vetting and screening');
    expect(await auditCount()).toBe(entries + 1);
  });
});
