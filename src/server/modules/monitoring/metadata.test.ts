import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFramework } from '../../../core/frameworks/index.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import { auditLog, monitoringDataValues, monitoringTargets } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { replaceValues } from './data-values-store.ts';

const ORIGIN = 'http://localhost:3000';
let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });
const owner = () => as(home.owner);
const item = listItems(findFramework('ssg-ten-criteria') as Framework)[0]?.item;

async function post(path: string, body: unknown) {
  const res = await api(ctx, 'POST', `${base()}${path}`, { ...owner(), body });
  return res;
}

async function upload(csv: string, who: TestUser = home.owner) {
  const form = new FormData();
  form.set('file', new File([csv], 'units.csv', { type: 'text/csv' }));
  const response = await ctx.app.request(`${ORIGIN}${base()}/org-units/import`, {
    method: 'POST',
    headers: { cookie: who.cookie, origin: ORIGIN },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

async function addValue(dataElementId: string, orgUnitId: string) {
  const period = { id: '2026', start: '2026-01-01', end: '2026-12-31' };
  await ctx.db.transaction((tx) =>
    replaceValues(tx, home.id, null, [
      { dataElementId, orgUnitId, period, combo: 'default', value: 4, comment: null },
    ]),
  );
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
});
afterAll(() => ctx.close());

describe('org units', () => {
  it('builds a tree, moves subtrees, refuses cycles, strangers and editors', async () => {
    expect((await api(ctx, 'GET', `${base()}/org-units`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/org-units`, as(other.owner))).status).toBe(403);
    expect(
      (await api(ctx, 'POST', `${base()}/org-units`, { ...as(editor), body: { code: 'X', name: 'X' } }))
        .status,
    ).toBe(403);

    const nat = (await post('/org-units', { code: 'NAT', name: 'Nation' })).body.orgUnit;
    const north = (await post('/org-units', { code: 'NORTH', name: 'North', parentId: nat.id })).body.orgUnit;
    const south = (await post('/org-units', { code: 'SOUTH', name: 'South', parentId: nat.id })).body.orgUnit;
    const district = (await post('/org-units', { code: 'D1', name: 'Riverside', parentId: north.id })).body
      .orgUnit;
    expect(district).toMatchObject({ level: 3, path: `/${nat.id}/${north.id}/${district.id}/` });

    const dup = await post('/org-units', { code: 'north', name: 'Again' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/^code: /);
    const badParent = await post('/org-units', { code: 'Z', name: 'Z', parentId: 'nope' });
    expect(badParent.status).toBe(400);
    expect(badParent.body.error.message).toMatch(/^parentId: /);
    expect((await post('/org-units', { code: 'has space', name: 'Z' })).body.error.message).toMatch(
      /^code: /,
    );

    const cycle = await api(ctx, 'PATCH', `${base()}/org-units/${north.id}`, {
      ...owner(),
      body: { parentId: district.id },
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.message).toMatch(/^parentId: .*cycle/);

    const moved = await api(ctx, 'PATCH', `${base()}/org-units/${north.id}`, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { parentId: south.id, name: 'Upper north' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.orgUnit).toMatchObject({ level: 3, name: 'Upper north', version: 2 });
    const stale = await api(ctx, 'PATCH', `${base()}/org-units/${north.id}`, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { name: 'Late' },
    });
    expect(stale.status).toBe(412);

    const list = (await api(ctx, 'GET', `${base()}/org-units`, as(editor))).body.orgUnits;
    const movedDistrict = list.find((u: { id: string }) => u.id === district.id);
    expect(movedDistrict).toMatchObject({
      level: 4,
      path: `/${nat.id}/${south.id}/${north.id}/${district.id}/`,
    });
    expect(list.find((u: { id: string }) => u.id === south.id).childCount).toBe(1);
    const filtered = (await api(ctx, 'GET', `${base()}/org-units?q=river`, owner())).body.orgUnits;
    expect(filtered.map((u: { code: string }) => u.code)).toEqual(['D1']);

    const withChildren = await api(ctx, 'DELETE', `${base()}/org-units/${north.id}`, owner());
    expect(withChildren.status).toBe(409);
    expect((await api(ctx, 'DELETE', `${base()}/org-units/${north.id}`, as(other.owner))).status).toBe(403);
  });

  it('imports a sheet all or nothing, naming the row and field of every error', async () => {
    const bad = await upload('code,name,parent\nREG1,Region one,NAT\nDIS1,District,NOPE\nREG1,Twice,\n');
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'parent' }),
        expect.objectContaining({ row: 4, field: 'code' }),
      ]),
    );
    const none = (await api(ctx, 'GET', `${base()}/org-units?q=REG1`, owner())).body.orgUnits;
    expect(none).toEqual([]);

    // children before their parent, and a known code renamed in place
    const good = await upload(
      'code,name,parent,name_fr\nDIS2,Hill district,REG2,\nREG2,Region two,NAT,Région deux\nNAT,Republic,,\n',
    );
    expect(good.status).toBe(201);
    expect(good.body).toEqual({ created: 2, updated: 1 });
    const units = (await api(ctx, 'GET', `${base()}/org-units`, owner())).body.orgUnits;
    const reg2 = units.find((u: { code: string }) => u.code === 'REG2');
    expect(reg2).toMatchObject({ level: 2, nameTranslations: { fr: 'Région deux' } });
    expect(units.find((u: { code: string }) => u.code === 'DIS2')).toMatchObject({
      level: 3,
      parentId: reg2.id,
    });
    expect(units.find((u: { code: string }) => u.code === 'NAT').name).toBe('Republic');
    expect((await upload('code,name\nX,Y\n', editor)).status).toBe(403);
  });
});

describe('categories, data elements, data sets', () => {
  it('keeps disaggregations consistent with the values already reported', async () => {
    expect((await api(ctx, 'GET', `${base()}/categories`)).status).toBe(401);
    const sex = (
      await post('/categories', {
        code: 'SEX',
        name: 'Sex',
        options: [
          { code: 'F', name: 'Female', nameTranslations: { fr: 'Femmes' } },
          { code: 'M', name: 'Male' },
        ],
      })
    ).body.category;
    const age = (
      await post('/categories', {
        code: 'AGE',
        name: 'Age',
        options: [
          { code: 'Y15_24', name: '15–24' },
          { code: 'Y25', name: '25+' },
        ],
      })
    ).body.category;
    const twice = await post('/categories', {
      code: 'T',
      name: 'T',
      options: [
        { code: 'A', name: 'a' },
        { code: 'a', name: 'b' },
      ],
    });
    expect(twice.body.error.message).toMatch(/^options\.1\.code: /);

    const missing = await post('/data-elements', {
      code: 'POL',
      name: 'Police',
      categoryIds: [sex.id, 'nope'],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^categoryIds\.1: .*nope/);
    const badFramework = await post('/data-elements', {
      code: 'POL',
      name: 'Police',
      assessmentFrameworkId: 'nope',
    });
    expect(badFramework.body.error.message).toMatch(/^assessmentFrameworkId: /);
    const badItem = await post('/data-elements', {
      code: 'POL',
      name: 'Police',
      assessmentFrameworkId: 'ssg-ten-criteria',
      assessmentItemId: 'zz',
    });
    expect(badItem.body.error.message).toMatch(/^assessmentItemId: /);

    const created = await post('/data-elements', {
      code: 'POL',
      name: 'Police officers',
      aggregation: 'last',
      categoryIds: [sex.id, age.id],
    });
    expect(created.status).toBe(201);
    const police = created.body.dataElement;
    expect(police.combos.map((c: { code: string }) => c.code)).toEqual([
      'F_Y15_24',
      'F_Y25',
      'M_Y15_24',
      'M_Y25',
    ]);
    expect(police.combos[0].options[0]).toMatchObject({
      categoryCode: 'SEX',
      code: 'F',
      nameTranslations: { fr: 'Femmes' },
    });
    const score = await post('/data-elements', {
      code: 'SSG',
      name: 'Score',
      assessmentFrameworkId: 'ssg-ten-criteria',
      assessmentItemId: item?.id,
    });
    expect(score.body.dataElement.combos).toEqual([{ code: 'default', options: [] }]);
    // an element named in an indicator's formula keeps its code and stays
    const ssg = score.body.dataElement.id;
    const indicator = {
      code: 'IND_SSG',
      name: 'Governance score',
      level: 'outcome',
      kind: 'expert',
      numerator: '#{ssg}',
    };
    const linked = await post('/indicators', indicator);
    expect(linked.status).toBe(201);
    const indicatorId = linked.body.indicator.id;
    const rename = await api(ctx, 'PATCH', `${base()}/data-elements/${ssg}`, {
      ...owner(),
      body: { code: 'SSG2' },
    });
    expect(rename.status).toBe(409);
    expect(rename.body.error.message).toMatch(/^code: indicator IND_SSG/);
    expect((await api(ctx, 'DELETE', `${base()}/data-elements/${ssg}`, owner())).status).toBe(409);
    const renamed = await api(ctx, 'PATCH', `${base()}/data-elements/${ssg}`, {
      ...owner(),
      body: { name: 'Score (SSG)' },
    });
    expect(renamed.status).toBe(200);

    const unit = (await post('/org-units', { code: 'U1', name: 'Unit one' })).body.orgUnit;
    const badSet = await post('/data-sets', {
      code: 'DS',
      name: 'Set',
      periodType: 'quarterly',
      orgUnitIds: [unit.id, 'ghost'],
    });
    expect(badSet.status).toBe(400);
    expect(badSet.body.error.message).toMatch(/^orgUnitIds\.1: .*ghost/);
    expect((await post('/data-sets', { code: 'DS', name: 'Set', periodType: 'fortnightly' })).status).toBe(
      400,
    );
    const set = (
      await post('/data-sets', {
        code: 'DS',
        name: 'Set',
        periodType: 'quarterly',
        dataElementIds: [police.id],
        orgUnitIds: [unit.id],
      })
    ).body.dataSet;
    expect(set).toMatchObject({ dataElementIds: [police.id], orgUnitIds: [unit.id], version: 1 });

    // a target disaggregated by SEX=M keeps the category's code and that option
    await ctx.db.insert(monitoringTargets).values({
      id: randomUUID(),
      workspaceId: home.id,
      indicatorId,
      kind: 'target',
      period: '2027',
      orgUnitId: unit.id,
      disaggregation: 'SEX=M',
      value: 10,
    });
    const recode = await api(ctx, 'PATCH', `${base()}/categories/${sex.id}`, {
      ...owner(),
      body: { code: 'GENDER' },
    });
    expect(recode.status).toBe(409);
    expect(recode.body.error.message).toMatch(/^code: .*targets/);
    await addValue(police.id, unit.id);
    const regroup = await api(ctx, 'PATCH', `${base()}/data-elements/${police.id}`, {
      ...owner(),
      body: { categoryIds: [sex.id] },
    });
    expect(regroup.status).toBe(409);
    expect(regroup.body.error.message).toMatch(/^categoryIds: /);
    const dropOption = await api(ctx, 'PATCH', `${base()}/categories/${sex.id}`, {
      ...owner(),
      body: { options: [{ code: 'F', name: 'Female' }] },
    });
    expect(dropOption.status).toBe(409);
    expect(dropOption.body.error.message).toMatch(/Police officers/);
    const addOption = await api(ctx, 'PATCH', `${base()}/categories/${sex.id}`, {
      ...owner(),
      body: { options: [...sex.options, { code: 'X', name: 'Other' }] },
    });
    expect(addOption.status).toBe(200);
    expect((await api(ctx, 'DELETE', `${base()}/categories/${age.id}`, owner())).status).toBe(409);
    const elements = (await api(ctx, 'GET', `${base()}/data-elements`, as(editor))).body.dataElements;
    expect(elements.find((e: { id: string }) => e.id === police.id)).toMatchObject({ valueCount: 1 });
    expect(elements.find((e: { id: string }) => e.id === police.id).combos).toHaveLength(6);

    // deleting the unit takes its values; deleting the element empties the data set
    expect((await api(ctx, 'DELETE', `${base()}/org-units/${unit.id}`, owner())).status).toBe(204);
    const values = await ctx.db
      .select()
      .from(monitoringDataValues)
      .where(eq(monitoringDataValues.workspaceId, home.id));
    expect(values).toEqual([]);
    expect(
      (
        await api(ctx, 'DELETE', `${base()}/data-elements/${police.id}`, {
          ...owner(),
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(204);
    const sets = (await api(ctx, 'GET', `${base()}/data-sets`, owner())).body.dataSets;
    expect(sets[0]).toMatchObject({ dataElementIds: [], orgUnitIds: [] });
    expect((await api(ctx, 'DELETE', `${base()}/categories/${age.id}`, owner())).status).toBe(204);
    expect((await api(ctx, 'GET', `${base(other)}/data-sets`, owner())).status).toBe(403);

    const actions = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id)));
    const names = new Set(actions.map((a) => a.action));
    for (const action of [
      'monitoring_org_unit.create',
      'monitoring_org_unit.import',
      'monitoring_org_unit.delete',
      'monitoring_category.update',
      'monitoring_category.delete',
      'monitoring_data_element.create',
      'monitoring_data_element.delete',
      'monitoring_data_set.create',
    ])
      expect(names).toContain(action);
  });
});
