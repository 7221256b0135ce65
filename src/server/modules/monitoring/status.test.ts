import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTwoWorkspaces, type TestContext, type TestWorkspace } from '../../testing/harness.ts';
import { smallPlan } from '../../testing/plan-fixtures.ts';
import {
  insertDataElement,
  insertIndicator,
  insertOrgUnits,
  insertTarget,
  seedTestValues,
} from './analytics-fixtures.ts';
import { refreshAnalytics } from './analytics-refresh.ts';
import { pickBaselineAndTarget } from './status-service.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let units: Map<string, string>;
let cases: string;
let untargeted: string;

const base = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });
const unit = (code: string) => units.get(code) as string;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  units = await insertOrgUnits(ctx.db, home.id, [
    { code: 'NAT' },
    { code: 'NORTH', parent: 'NAT' },
    { code: 'SOUTH', parent: 'NAT' },
  ]);
  const resolved = await insertDataElement(ctx.db, home.id, 'RESOLVED', 'sum');
  await seedTestValues(ctx.db, home.id, [
    { de: resolved, ou: unit('NORTH'), period: '2024', value: 40 },
    { de: resolved, ou: unit('NORTH'), period: '2025', value: 45 },
    { de: resolved, ou: unit('SOUTH'), period: '2024', value: 40 },
    { de: resolved, ou: unit('SOUTH'), period: '2025', value: 70 },
  ]);
  cases = await insertIndicator(ctx.db, home.id, { code: 'CASES', numerator: '#{RESOLVED}' });
  untargeted = await insertIndicator(ctx.db, home.id, { code: 'ALL', numerator: '#{RESOLVED}' });
  for (const code of ['NORTH', 'SOUTH']) {
    await insertTarget(ctx.db, home.id, {
      indicatorId: cases,
      kind: 'baseline',
      period: '2024',
      orgUnitId: unit(code),
      value: 40,
    });
    await insertTarget(ctx.db, home.id, {
      indicatorId: cases,
      kind: 'target',
      period: '2026',
      orgUnitId: unit(code),
      value: 100,
    });
  }
  await refreshAnalytics({ db: ctx.db, workspaceId: home.id });
});
afterAll(() => ctx.close());

describe('indicator status', () => {
  it('judges each org unit with a target against the straight line from baseline to target', async () => {
    const path = `${base()}/indicators/status?asOf=2025-12-31`;
    expect((await api(ctx, 'GET', path)).status).toBe(401);
    expect((await api(ctx, 'GET', path, as(other.owner))).status).toBe(403);
    const bad = await api(ctx, 'GET', `${base()}/indicators/status?asOf=2025-13-01`, as(home.owner));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^asOf: /);
    const farOff = await api(ctx, 'GET', `${base()}/indicators/status?asOf=9999-12-31`, as(home.owner));
    expect(farOff.status).toBe(400);
    expect(farOff.body.error.message).toMatch(/^asOf: must fall in the years/);

    const res = await api(ctx, 'GET', path, { ...as(home.owner), headers: { 'accept-language': 'fr' } });
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe('2025-12-31');
    expect(res.body.dataAsOf).toEqual(expect.any(String));
    const of = (code: string, ou: string) =>
      res.body.statuses.find(
        (s: { code: string; orgUnitId: string }) => s.code === code && s.orgUnitId === ou,
      );
    expect(of('CASES', unit('NORTH'))).toMatchObject({
      name: 'Indicateur CASES',
      orgUnitName: 'Unité NORTH',
      period: '2025',
      actual: 45,
      baseline: { period: '2024', value: 40 },
      target: { period: '2026', value: 100 },
      expected: 70,
      status: 'off_track',
      reason: null,
    });
    expect(of('CASES', unit('NORTH')).progress).toBeCloseTo(5 / 60);
    expect(of('CASES', unit('SOUTH'))).toMatchObject({ actual: 70, expected: 70, status: 'on_track' });
    // no target anywhere: judged at the national root, and there is nothing to judge against
    expect(of('ALL', unit('NAT'))).toMatchObject({ actual: 115, status: 'no_data', reason: 'no_target' });
    expect(res.body.statuses).toHaveLength(3);
  });

  it('gives one indicator with its series and flags; 404 for an unknown one', async () => {
    const path = `${base()}/indicators/${cases}/status?asOf=2025-12-31`;
    expect((await api(ctx, 'GET', path, as(other.owner))).status).toBe(403);
    const missing = await api(ctx, 'GET', `${base()}/indicators/nope/status`, as(home.owner));
    expect(missing.status).toBe(404);
    const res = await api(ctx, 'GET', path, as(home.owner));
    expect(res.status).toBe(200);
    const north = res.body.statuses.find((s: { orgUnitId: string }) => s.orgUnitId === unit('NORTH'));
    expect(north.series).toEqual([
      { period: '2024', value: 40, expected: 40 },
      { period: '2025', value: 45, expected: 70 },
    ]);
    expect(res.body.statuses.map((s: { code: string }) => s.code)).toEqual(['CASES', 'CASES']);
  });

  it('uses the reference plan’s status date, and raises flags after the analytics refresh', async () => {
    await smallPlan(ctx, home); // status date 2027-01
    const res = await api(ctx, 'GET', `${base()}/indicators/status`, as(home.owner));
    expect(res.body.asOf).toBe('2027-01-31');
    await refreshAnalytics({ db: ctx.db, workspaceId: home.id });
    const flags = await api(ctx, 'GET', `${base()}/flags?status=open`, as(home.owner));
    expect(
      flags.body.flags.map(
        (f: { indicatorCode: string; orgUnitId: string; period: string; status: string }) => [
          f.indicatorCode,
          f.orgUnitId,
          f.period,
          f.status,
        ],
      ),
    ).toEqual([['CASES', unit('NORTH'), '2025', 'off_track']]);
    const detail = await api(ctx, 'GET', `${base()}/indicators/${untargeted}/status`, as(home.owner));
    expect(detail.body.flags).toEqual([]);
  });
});

describe('pickBaselineAndTarget', () => {
  const row = (kind: 'baseline' | 'target', period: string, value: number) =>
    ({ kind, period, value }) as Parameters<typeof pickBaselineAndTarget>[0][number];
  it.each([
    ['the next target after the baseline', '2021-06-30', { b: '2020', t: '2021' }],
    ['the last target once all are past', '2031-01-01', { b: '2022', t: '2030' }],
    ['the latest baseline started by asOf, targets after it', '2023-01-01', { b: '2022', t: '2026' }],
  ])('%s', (_label, asOf, expected) => {
    const rows = [
      row('baseline', '2020', 1),
      row('baseline', '2022', 2),
      row('target', '2021', 5),
      row('target', '2026', 9),
      row('target', '2030', 12),
    ];
    const picked = pickBaselineAndTarget(rows, asOf);
    expect([picked.baseline?.period, picked.target?.period]).toEqual([expected.b, expected.t]);
  });
});
