import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_GROUPS } from '../../core/sector-map/categories.ts';
import { resolveActor } from '../modules/workspaces/membership.ts';
import {
  api,
  createTestContext,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../testing/harness.ts';
import { seedSectorMap } from './seed-sector-map.ts';

let ctx: TestContext;
let workspace: TestWorkspace;

beforeAll(async () => {
  ctx = await createTestContext();
  workspace = await newWorkspace(ctx);
  const owner = { ...workspace.owner, twoFactorEnabled: false };
  await seedSectorMap({ db: ctx.db, actor: await resolveActor(ctx.db, owner, workspace.slug) });
});
afterAll(() => ctx.close());

const get = async (path: string) =>
  (await api(ctx, 'GET', `/api/workspaces/${workspace.slug}${path}`, { cookie: workspace.owner.cookie }))
    .body;

describe('the Kasora demo sector map', () => {
  it('has over 40 actors in every category group and over 60 relations of every type', async () => {
    const { nodes, edges } = await get('/sector-map/graph');
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(edges.length).toBeGreaterThanOrEqual(60);
    expect(new Set(nodes.map((n: { group: string }) => n.group))).toEqual(new Set(CATEGORY_GROUPS));
    expect(new Set(edges.map((e: { type: string }) => e.type)).size).toBe(6);
  });

  it('has the deliberate oversight gaps, and none for the defence forces and the police', async () => {
    const { coverage } = await get('/sector-map/oversight-gaps');
    const missing = Object.fromEntries(
      coverage.map((entry: { actor: { name: string }; missing: string[] }) => [
        entry.actor.name,
        entry.missing,
      ]),
    );
    const all = ['parliamentary', 'judicial', 'independent'];
    expect(missing['National Intelligence Service']).toEqual(all);
    expect(missing['Presidential Guard']).toEqual(all);
    expect(missing['Eastern Hills Defence Militia']).toEqual(all);
    expect(missing['Lake District Vigilance Brigades']).toEqual(all);
    expect(missing['Border Guard Service']).toEqual(['judicial']);
    expect(missing['Kasora Navy']).toEqual([]);
    expect(missing['Capital District Police Command']).toEqual([]);
  });

  it('records the load in the audit log', async () => {
    const { entries } = await get('/audit?action=import');
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'actor_relation.import',
      'actor.import',
    ]);
  });
});
