import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { createActor, createRelation } from './sector-map-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
const ids: Record<string, string> = {};

/**
 * A small known map: parliament oversees the armed forces (so the army too), the courts oversee the
 * police weakly, the audit office's oversight of intelligence is only planned, the militia has none.
 */
beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  const add = async (key: string, body: Record<string, unknown>) => {
    ids[key] = (await createActor(ctx, home, body)).id;
  };
  await add('forces', { name: 'Armed Forces', category: 'armed_forces' });
  await add('army', { name: 'Army', category: 'armed_forces', parentId: ids.forces });
  await add('police', { name: 'Police', category: 'police' });
  await add('intel', { name: 'Intelligence Service', category: 'intelligence' });
  await add('militia', { name: 'River Militia', category: 'militia' });
  await add('committee', { name: 'Security Committee', category: 'parliamentary_committee' });
  await add('court', { name: 'High Court', category: 'court' });
  await add('ombuds', { name: 'Ombudsman', category: 'ombuds' });
  await add('auditor', { name: 'Audit Office', category: 'audit_institution' });
  const oversee = (source: string, target: string, oversightKind: string, status = 'active') =>
    createRelation(ctx, home, {
      sourceActorId: ids[source],
      targetActorId: ids[target],
      type: 'oversight',
      oversightKind,
      status,
    });
  await oversee('committee', 'forces', 'parliamentary');
  await oversee('court', 'forces', 'judicial');
  await oversee('ombuds', 'army', 'independent');
  await oversee('committee', 'police', 'parliamentary');
  await oversee('court', 'police', 'judicial', 'weak');
  await oversee('auditor', 'intel', 'independent', 'planned');
  await createRelation(ctx, home, {
    sourceActorId: ids.court,
    targetActorId: ids.militia,
    type: 'legal_mandate',
  });
});
afterAll(() => ctx.close());

const gapsPath = () => `/api/workspaces/${home.slug}/sector-map/oversight-gaps`;
const graphPath = () => `/api/workspaces/${home.slug}/sector-map/graph`;

describe('sector map analysis', () => {
  it('oversight gaps: 401, 403 for another workspace, the known gaps for any member', async () => {
    expect((await api(ctx, 'GET', gapsPath())).status).toBe(401);
    expect((await api(ctx, 'GET', gapsPath(), { cookie: other.owner.cookie })).status).toBe(403);
    const donor = await newMember(ctx, home, 'donor');
    const res = await api(ctx, 'GET', gapsPath(), { cookie: donor.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      requiredKinds: ['parliamentary', 'judicial', 'independent'],
      assessedCount: 5,
      gapCount: 4,
    });
    const summary = res.body.coverage.map(
      (entry: { actor: { name: string }; missing: string[]; weak: string[] }) => [
        entry.actor.name,
        entry.missing,
        entry.weak,
      ],
    );
    expect(summary).toEqual([
      ['Intelligence Service', ['parliamentary', 'judicial', 'independent'], []],
      ['River Militia', ['parliamentary', 'judicial', 'independent'], []],
      ['Armed Forces', ['independent'], []],
      ['Police', ['independent'], ['judicial']],
      ['Army', [], []],
    ]);
    const army = res.body.coverage.find((entry: { actor: { id: string } }) => entry.actor.id === ids.army);
    expect(
      army.overseers.map((o: { overseer: { name: string }; via: { name: string } }) => [
        o.overseer.name,
        o.via.name,
      ]),
    ).toEqual([
      ['Ombudsman', 'Army'],
      ['Security Committee', 'Armed Forces'],
      ['High Court', 'Armed Forces'],
    ]);
  });

  it('graph: 401, 403 for another workspace, every actor and relation with its gaps', async () => {
    expect((await api(ctx, 'GET', graphPath())).status).toBe(401);
    expect((await api(ctx, 'GET', graphPath(), { cookie: other.owner.cookie })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    const res = await api(ctx, 'GET', graphPath(), { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    expect(res.body.nodes).toHaveLength(9);
    expect(res.body.edges).toHaveLength(7);
    const node = (id: string) => res.body.nodes.find((n: { id: string }) => n.id === id);
    expect(node(ids.army)).toMatchObject({
      parentId: ids.forces,
      group: 'force_bearing',
      missingOversight: [],
    });
    expect(node(ids.intel).missingOversight).toEqual(['parliamentary', 'judicial', 'independent']);
    expect(node(ids.court)).toMatchObject({ group: 'justice', statutory: true, missingOversight: [] });
    expect(res.body.edges).toContainEqual(
      expect.objectContaining({
        source: ids.auditor,
        target: ids.intel,
        type: 'oversight',
        oversightKind: 'independent',
        status: 'planned',
      }),
    );
  });
});
