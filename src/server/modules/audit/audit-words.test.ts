import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFramework } from '../../../core/frameworks/index.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { nameFromChanges } from './names.ts';

let ctx: TestContext;
let home: TestWorkspace;

interface Entry {
  action: string;
  entityId: string | null;
  actor: { name: string } | null;
  entity: { name: string; nameTranslations: Record<string, string>; deleted: boolean } | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

async function post(path: string, body: object) {
  const res = await api(ctx, 'POST', `/api/workspaces/${home.slug}${path}`, {
    cookie: home.owner.cookie,
    body,
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function send(method: 'PATCH' | 'DELETE', path: string, body?: object) {
  const res = await api(ctx, method, `/api/workspaces/${home.slug}${path}`, {
    cookie: home.owner.cookie,
    body,
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
}

let log: { entries: Entry[]; references: Record<string, string> };
const find = (action: string, entityId?: string) =>
  log.entries.find((entry) => entry.action === action && (!entityId || entry.entityId === entityId)) as Entry;

let guardId: string;
let ministryId: string;
let riskId: string;
let memberId: string;
let relationId: string;
let scoredItemId: string;

beforeAll(async () => {
  ({ ctx, home } = await createTwoWorkspaces());
  guardId = (await post('/actors', { name: 'Presidential Guard', category: 'presidential_guard' })).actor.id;
  await send('PATCH', `/actors/${guardId}`, {
    name: 'Republican Guard',
    nameTranslations: { fr: 'Garde républicaine' },
  });
  ministryId = (await post('/actors', { name: 'Ministry of Defence', category: 'ministry' })).actor.id;
  await post('/actors', { name: 'Guard Engineers', category: 'armed_forces', parentId: guardId });
  relationId = (
    await post('/relations', { sourceActorId: ministryId, targetActorId: guardId, type: 'command' })
  ).relation.id;
  const plan = (await post('/plans', { name: 'National SSR plan', startMonth: '2027-01', horizonMonths: 24 }))
    .plan;
  riskId = (
    await post(`/plans/${plan.id}/risks`, {
      title: 'Spoilers in the presidential guard',
      category: 'spoilers',
      likelihood: 4,
      impact: 5,
    })
  ).risk.id;
  await send('DELETE', `/plans/${plan.id}/risks/${riskId}`);
  const member = await newMember(ctx, home, 'viewer');
  memberId = member.memberId;
  await send('PATCH', `/members/${memberId}`, { role: 'editor' });
  await send('DELETE', `/members/${memberId}`);
  scoredItemId = (await scoredAssessment(ctx, home, { status: 'draft', scores: [2] })).itemIds[0];
  const res = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?limit=100`, {
    cookie: home.owner.cookie,
  });
  expect(res.status).toBe(200);
  log = res.body;
});
afterAll(() => ctx.close());

describe('the audit log in words', () => {
  it("names who acted and the entity by its current name, with the name's translations", () => {
    const created = find('actor.create', guardId);
    expect(created.actor?.name).toBe(home.owner.name);
    expect(created.entity).toEqual({
      name: 'Republican Guard',
      nameTranslations: { fr: 'Garde républicaine' },
      deleted: false,
    });
  });

  it('names a relation by its two actors', () => {
    expect(find('actor_relation.create', relationId).entity?.name).toBe(
      'Ministry of Defence → Republican Guard',
    );
  });

  it('keeps the last recorded name of a deleted entity', () => {
    const expected = { name: 'Spoilers in the presidential guard', nameTranslations: {}, deleted: true };
    expect(find('risk.create', riskId).entity).toEqual(expected);
    expect(find('risk.delete', riskId).entity).toEqual(expected);
  });

  it('names a removed member by the person, from the user the entries recorded', () => {
    const removed = find('member.remove', memberId);
    expect(removed.entity).toMatchObject({ name: 'Test viewer', deleted: true });
    expect(find('member.role_change', memberId).changes.role).toEqual({ before: 'viewer', after: 'editor' });
  });

  it('gives the names of the records the changes point at', () => {
    const child = log.entries.find(
      (entry) => entry.action === 'actor.create' && entry.changes.parentId?.after === guardId,
    );
    expect(child?.entity?.name).toBe('Guard Engineers');
    expect(log.references[guardId]).toBe('Republican Guard');
    expect(log.references[ministryId]).toBe('Ministry of Defence');
  });

  it("gives the code of a scored framework item, from the assessment's own framework", () => {
    const framework = findFramework('ssg-ten-criteria');
    const item = framework && listItems(framework).find(({ item }) => item.id === scoredItemId)?.item;
    expect(find('assessment.score').changes.itemId.after).toBe(scoredItemId);
    expect(log.references[scoredItemId]).toBe(item?.code);
    expect(item?.code).not.toBe(scoredItemId);
  });
});

describe('nameFromChanges', () => {
  it('reads the name, title, code and name, e-mail or place, before or after the change', () => {
    expect(nameFromChanges('risk', { title: { before: 'Old', after: null } })).toBe('Old');
    expect(
      nameFromChanges('plan_item', {
        code: { before: null, after: 'P1' },
        name: { before: null, after: 'Law' },
      }),
    ).toBe('P1 Law');
    expect(nameFromChanges('invitation', { email: { before: null, after: 'a@example.org' } })).toBe(
      'a@example.org',
    );
    expect(nameFromChanges('plan', { status: { before: 'draft', after: 'approved' } })).toBeNull();
  });
});
