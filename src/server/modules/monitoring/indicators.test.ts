import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, auditLog } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { seedIndicatorMetadata } from './indicators-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let viewer: TestUser;
let editor: TestUser;
let meta: Awaited<ReturnType<typeof seedIndicatorMetadata>>;
let policeId: string;

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;
const owner = () => ({ cookie: home.owner.cookie });
const womenShare = {
  code: 'WOMEN_POLICE',
  name: "Women's share of police staff",
  level: 'outcome',
  kind: 'administrative',
  numerator: '#{POLICE_STAFF.F}',
  denominator: '#{police_staff}',
  factor: 100,
};

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  editor = await newMember(ctx, home, 'editor');
  meta = await seedIndicatorMetadata(ctx.db, home.id);
  policeId = randomUUID();
  await ctx.db.insert(actors).values({
    id: policeId,
    workspaceId: home.id,
    name: 'National Police',
    category: 'police',
    statutory: true,
  });
});
afterAll(() => ctx.close());

describe('indicator definitions', () => {
  it('refuses strangers and roles that cannot configure monitoring', async () => {
    expect((await api(ctx, 'GET', `${base()}/indicators`)).status).toBe(401);
    expect((await api(ctx, 'GET', `${base()}/indicators`, { cookie: other.owner.cookie })).status).toBe(403);
    const asEditor = await api(ctx, 'POST', `${base()}/indicators`, {
      cookie: editor.cookie,
      body: womenShare,
    });
    expect(asEditor.status).toBe(403);
    const check = (cookie: string) =>
      api(ctx, 'POST', `${base()}/indicators/check-expression`, { cookie, body: { expression: '1' } });
    expect((await check(other.owner.cookie)).status).toBe(403);
    // a read: any member may check an expression
    expect((await check(viewer.cookie)).body).toEqual({ valid: true, operands: [] });
  });

  it('names the field and the problem of a bad expression or threshold', async () => {
    const post = (body: object) =>
      api(ctx, 'POST', `${base()}/indicators`, { ...owner(), body: { ...womenShare, ...body } });
    const unknown = await post({ numerator: '#{NOPE} + 1' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('numerator: unknown data element "NOPE"');
    const combo = await post({ denominator: '#{POLICE_STAFF.F_Y15}' });
    expect(combo.body.error.message).toBe(
      'denominator: "F_Y15" is not a category option combo of POLICE_STAFF',
    );
    const syntax = await post({ numerator: '#{POLICE_STAFF} +* 2' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.message).toMatch(/^numerator: unexpected token at \d+/);
    expect(typeof syntax.body.error.details.position).toBe('number');
    const thresholds = await post({ onTrackFrom: 0.5, atRiskFrom: 0.7 });
    expect(thresholds.body.error.message).toMatch(/^atRiskFrom: /);
    expect((await post({ onTrackFrom: 1.2 })).body.error.message).toMatch(/^onTrackFrom: /);
    expect((await post({ factor: 7 })).body.error.message).toMatch(/^factor: /);
    const actor = await post({ responsibleActorId: 'not-an-actor' });
    expect(actor.body.error.message).toMatch(/^responsibleActorId: /);
  });

  it('creates, lists, changes with If-Match and deletes, auditing each write', async () => {
    const created = await api(ctx, 'POST', `${base()}/indicators`, {
      ...owner(),
      body: { ...womenShare, responsibleActorId: policeId, frequency: 'quarterly' },
    });
    expect(created.status).toBe(201);
    const indicator = created.body.indicator;
    expect(indicator).toMatchObject({
      code: 'WOMEN_POLICE',
      numerator: '#{POLICE_STAFF.F}',
      denominator: '#{police_staff}',
      factor: 100,
      direction: 'higher',
      frequency: 'quarterly',
      responsibleActor: { id: policeId, name: 'National Police' },
      result: null,
      onTrackFrom: 0.9,
      atRiskFrom: 0.6,
      version: 1,
    });
    const duplicate = await api(ctx, 'POST', `${base()}/indicators`, {
      ...owner(),
      body: { ...womenShare, code: 'women_police' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toMatch(/^code: /);

    const list = await api(ctx, 'GET', `${base()}/indicators`, { cookie: viewer.cookie });
    expect(list.body.indicators.map((i: { code: string }) => i.code)).toEqual(['WOMEN_POLICE']);
    expect(
      (await api(ctx, 'GET', `${base(other)}/indicators`, { cookie: other.owner.cookie })).body.indicators,
    ).toEqual([]);
    const detail = await api(ctx, 'GET', `${base()}/indicators/${indicator.id}`, { cookie: viewer.cookie });
    expect(detail.headers.get('etag')).toBe('"1"');
    expect(
      (await api(ctx, 'GET', `${base(other)}/indicators/${indicator.id}`, { cookie: other.owner.cookie }))
        .status,
    ).toBe(404);

    const path = `${base()}/indicators/${indicator.id}`;
    const changed = await api(ctx, 'PATCH', path, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { direction: 'lower', atRiskFrom: 0.5 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.indicator).toMatchObject({ direction: 'lower', atRiskFrom: 0.5, version: 2 });
    const stale = await api(ctx, 'PATCH', path, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { name: 'x' },
    });
    expect(stale.status).toBe(412);
    const order = await api(ctx, 'PATCH', path, { ...owner(), body: { onTrackFrom: 0.4 } });
    expect(order.body.error.message).toMatch(/^atRiskFrom: must not be above onTrackFrom/);
    expect((await api(ctx, 'DELETE', path, { ...owner(), headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect((await api(ctx, 'DELETE', path, { ...owner(), headers: { 'if-match': '"2"' } })).status).toBe(204);

    const actions = await ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.entityId, indicator.id)));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'monitoring_indicator.create',
      'monitoring_indicator.delete',
      'monitoring_indicator.update',
    ]);
  });

  it('checks an expression live for the form', async () => {
    const check = (expression: string) =>
      api(ctx, 'POST', `${base()}/indicators/check-expression`, { ...owner(), body: { expression } });
    const valid = await check('#{POLICE_STAFF.F} / (#{COMPLAINTS} + 1)');
    expect(valid.status).toBe(200);
    expect(valid.body).toEqual({
      valid: true,
      operands: [
        { dataElement: 'POLICE_STAFF', name: 'Police staff', combo: 'F' },
        { dataElement: 'COMPLAINTS', name: 'Complaints against the police', combo: null },
      ],
    });
    const broken = await check('#{COMPLAINTS} *');
    expect(broken.body).toMatchObject({ valid: false, code: 'unexpected_end', operands: [] });
    expect(broken.body.message).toBeTruthy();
    // a code and its params for the translated message, next to the English one
    expect((await check('#{COMPLAINTS.F}')).body).toMatchObject({
      message: '"F" is not a category option combo of COMPLAINTS',
      code: 'unknown_combo',
      params: { dataElement: 'COMPLAINTS', combo: 'F' },
    });
    expect((await check('#{NOPE} + 1')).body).toMatchObject({
      code: 'unknown_data_element',
      params: { dataElement: 'NOPE' },
    });
    expect((await check('2 $ 3')).body).toMatchObject({
      code: 'unexpected_character',
      params: { character: '$' },
      position: 2,
    });
    expect((await check('  ')).body).toMatchObject({ code: 'empty' });
  });
});

describe('baselines and targets', () => {
  let indicatorId: string;
  const targets = () => `${base()}/indicators/${indicatorId}/targets`;

  beforeAll(async () => {
    const created = await api(ctx, 'POST', `${base()}/indicators`, {
      ...owner(),
      body: { ...womenShare, code: 'WOMEN_POLICE_T' },
    });
    indicatorId = created.body.indicator.id;
  });

  it('sets targets per period, org unit and disaggregation, refusing bad or duplicate keys', async () => {
    const post = (body: object, cookie = home.owner.cookie) =>
      api(ctx, 'POST', targets(), {
        cookie,
        body: { kind: 'target', period: '2027', orgUnitId: meta.national, value: 25, ...body },
      });
    expect((await post({}, editor.cookie)).status).toBe(403);
    expect((await post({}, other.owner.cookie)).status).toBe(403);
    expect((await post({ period: '2027Q5' })).body.error.message).toMatch(/^period: /);
    expect((await post({ orgUnitId: 'elsewhere' })).body.error.message).toMatch(/^orgUnitId: /);
    const badSplit = await post({ disaggregation: 'AGE=Y15' });
    expect(badSplit.status).toBe(400);
    expect(badSplit.body.error.message).toMatch(/^disaggregation: .*\(SEX\)/);

    expect((await post({})).status).toBe(201);
    const baseline = await post({ kind: 'baseline', period: '2026-03', value: 12 });
    expect(baseline.status).toBe(201);
    expect(baseline.body.target).toMatchObject({
      kind: 'baseline',
      period: '202603',
      disaggregation: '',
      value: 12,
    });
    const women = await post({ disaggregation: 'sex = f', orgUnitId: meta.region, value: 30 });
    expect(women.status).toBe(201);
    expect(women.body.target).toMatchObject({ disaggregation: 'SEX=F', orgUnit: { code: 'NORTH' } });
    const duplicate = await post({ disaggregation: 'SEX=F', orgUnitId: meta.region });
    expect(duplicate.status).toBe(409);

    const list = await api(ctx, 'GET', targets(), { cookie: viewer.cookie });
    expect(list.status).toBe(200);
    expect(list.body.targets.map((t: { period: string }) => t.period)).toEqual(['202603', '2027', '2027']);
    expect(list.body.disaggregations).toEqual([
      {
        code: 'SEX',
        name: 'Sex',
        nameTranslations: { fr: 'Sexe' },
        options: [
          { code: 'F', name: 'Female', nameTranslations: { fr: 'Femmes' } },
          { code: 'M', name: 'Male', nameTranslations: {} },
        ],
      },
    ]);
    expect((await api(ctx, 'GET', targets(), { cookie: other.owner.cookie })).status).toBe(403);

    const path = `${base()}/targets/${women.body.target.id}`;
    const changed = await api(ctx, 'PATCH', path, {
      ...owner(),
      headers: { 'if-match': '"1"' },
      body: { value: 35, disaggregation: '' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.target).toMatchObject({ value: 35, disaggregation: '', version: 2 });
    expect(
      (await api(ctx, 'PATCH', path, { ...owner(), headers: { 'if-match': '"1"' }, body: { value: 1 } }))
        .status,
    ).toBe(412);
    const clash = await api(ctx, 'PATCH', path, { ...owner(), body: { orgUnitId: meta.national } });
    expect(clash.status).toBe(409);
    expect((await api(ctx, 'DELETE', path, { ...owner(), headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await api(ctx, 'GET', targets(), { cookie: viewer.cookie })).body.targets).toHaveLength(2);
  });
});
