import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { waitForAnalytics } from '../monitoring/analytics-refresh.ts';
import { computeIndicatorValues } from '../monitoring/indicator-values.ts';
import { analysisAnswers, insertAnalysisSurvey, insertPerceptionIndicator } from './analysis-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let surveyId: string;
let ids: Awaited<ReturnType<typeof insertPerceptionIndicator>>;

const design = { ids: ['ea'], strata: 'region', weights: 'weight', fpc: null };
const url = (path: string, slug = home.slug) => `/api/workspaces/${slug}/surveys/${surveyId}${path}`;
const owner = () => ({ cookie: home.owner.cookie });

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  surveyId = await insertAnalysisSurvey(ctx.db, home.id);
  ids = await insertPerceptionIndicator(ctx.db, home.id);
});
afterAll(async () => {
  await waitForAnalytics(home.id);
  await waitForAnalytics(other.id);
  await ctx.close();
});

/** The weighted share of respondents who answered one of `categories`, among those who answered. */
function weightedShare(filter: (a: Record<string, unknown>) => boolean) {
  let yes = 0;
  let all = 0;
  for (const a of analysisAnswers().filter(filter)) {
    if (a.safe_night === null) continue;
    all += a.weight as number;
    if (a.safe_night === 'very_safe' || a.safe_night === 'fairly_safe') yes += a.weight as number;
  }
  return yes / all;
}

describe('survey design', () => {
  it('has no design at first: estimates answer 200 with the no_design problem', async () => {
    const res = await api(ctx, 'GET', url('/estimates'), owner());
    expect(res.status).toBe(200);
    expect(res.body.problem.code).toBe('no_design');
    expect(res.body.estimates).toEqual([]);
    expect(res.body.repeatQuestions).toEqual(['member_age']);
  });

  it('saves a design with If-Match, refuses a stale version with 412', async () => {
    const body = {
      design,
      estimates: [
        { stat: 'proportion', variable: 'safe_night' },
        { stat: 'mean', variable: 'sources/radio', by: 'sex' },
      ],
    };
    const saved = await api(ctx, 'PUT', url('/design'), { ...owner(), body, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.body.rowVersion).toBe(2);
    expect(saved.headers.get('etag')).toBe('"2"');
    const stale = await api(ctx, 'PUT', url('/design'), { ...owner(), body, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.action, 'survey.design')))
      .orderBy(asc(auditLog.seq));
    expect(entry?.entityId).toBe(surveyId);
  });

  it.each([
    [{ design: { ...design, strata: 'province' }, estimates: [] }, 'design.strata', 'column_unknown'],
    [{ design: { ...design, fpc: ['ea', 'nope'] }, estimates: [] }, 'design.fpc[1]', 'column_unknown'],
    [
      {
        design,
        estimates: [
          { stat: 'mean', variable: 'weight' },
          { stat: 'mean', variable: 'income' },
        ],
      },
      'estimates[1].variable',
      'column_unknown',
    ],
    [
      { design, estimates: [{ stat: 'ratio', variable: 'weight' }] },
      'estimates[0].denominator',
      'ratio_without_denominator',
    ],
    [
      { design, estimates: [{ stat: 'mean', variable: 'member_age' }] },
      'estimates[0].variable',
      'column_in_repeat',
    ],
    [
      {
        design: {
          ...design,
          calibration: { method: 'postStratify', margin: { variables: ['gender'], population: { f: 1 } } },
        },
        estimates: [],
      },
      'design.calibration.margin.variables[0]',
      'column_unknown',
    ],
  ])('refuses %j naming the field', async (body, field, code) => {
    const res = await api(ctx, 'PUT', url('/design'), { ...owner(), body });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ field, code });
    expect(res.body.error.message).toContain(field);
  });
});

describe('survey estimates', () => {
  it('computes the stored estimates: sample, proportions with design effects, select_multiple choice columns', async () => {
    const res = await api(ctx, 'GET', url('/estimates'), owner());
    expect(res.status).toBe(200);
    expect(res.body.problem).toBeNull();
    const weights = analysisAnswers().reduce((sum, a) => sum + (a.weight as number), 0);
    expect(res.body.sample).toEqual({ respondents: 48, strata: 2, psus: 8, weightTotal: weights });
    const veryOrFairly = res.body.estimates
      .filter((e: { category: string }) => ['very_safe', 'fairly_safe'].includes(e.category))
      .reduce((sum: number, e: { estimate: number }) => sum + e.estimate, 0);
    expect(veryOrFairly).toBeCloseTo(
      weightedShare(() => true),
      12,
    );
    const radio = res.body.estimates.filter((e: { variable: string }) => e.variable === 'sources/radio');
    expect(radio.map((e: { domain: string }) => e.domain)).toEqual(['sex=f', 'sex=m']);
    for (const e of res.body.estimates) {
      expect(e.deff).toBeGreaterThan(0);
      expect(e.effectiveN).toBeCloseTo(e.n / e.deff, 9);
    }
  });

  it('previews an unsaved design without writing, and reports a data problem as a 200', async () => {
    const before = await api(ctx, 'GET', `/api/workspaces/${home.slug}/surveys/${surveyId}`, owner());
    const res = await api(ctx, 'POST', url('/estimates'), {
      ...owner(),
      body: { design: { ...design, weights: 'ea' }, estimates: [{ stat: 'mean', variable: 'weight' }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.problem.code).toBe('not_numeric');
    expect(res.body.problem.params.column).toBe('ea');
    const after = await api(ctx, 'GET', `/api/workspaces/${home.slug}/surveys/${surveyId}`, owner());
    expect(after.body.survey.rowVersion).toBe(before.body.survey.rowVersion);
  });

  it('lets a viewer read the estimates but not preview or save designs', async () => {
    const viewer = await newMember(ctx, home, 'viewer');
    expect((await api(ctx, 'GET', url('/estimates'), { cookie: viewer.cookie })).status).toBe(200);
    const body = { design, estimates: [] };
    expect((await api(ctx, 'POST', url('/estimates'), { cookie: viewer.cookie, body })).status).toBe(403);
    expect((await api(ctx, 'PUT', url('/design'), { cookie: viewer.cookie, body })).status).toBe(403);
  });
});

describe('publishing to a perception indicator', () => {
  const publishBody = () => ({
    indicatorId: ids.indicator,
    period: '2026',
    orgUnitId: ids.nat,
    variable: 'safe_night',
    categories: ['very_safe', 'fairly_safe'],
    orgUnitVariable: 'region',
    categoryVariables: { SEX: 'sex', AGE: 'age_group' },
  });

  it('refuses an indicator that is not a perception one, naming indicatorId', async () => {
    const res = await api(ctx, 'POST', url('/publish'), {
      ...owner(),
      body: { ...publishBody(), indicatorId: ids.administrative },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('indicatorId');
  });

  it('refuses an answer that matches no option, naming the category', async () => {
    const res = await api(ctx, 'POST', url('/publish'), {
      ...owner(),
      body: { ...publishBody(), categoryVariables: { SEX: 'region', AGE: 'age_group' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('categoryVariables.SEX');
    expect(res.body.error.message).toContain('"cap"');
  });

  it('writes data values whose Monitor indicator equals the design-based estimate, total and disaggregated', async () => {
    const res = await api(ctx, 'POST', url('/publish'), { ...owner(), body: publishBody() });
    expect(res.status).toBe(200);
    expect(res.body.dataValues).toBeGreaterThan(0);
    await waitForAnalytics(home.id);
    const interval = (orgUnitId: string, disaggregation: string) =>
      res.body.intervals.find(
        (i: { orgUnitId: string; disaggregation: string }) =>
          i.orgUnitId === orgUnitId && i.disaggregation === disaggregation,
      );
    const checks: [string, string, (a: Record<string, unknown>) => boolean][] = [
      [ids.nat, '', () => true],
      [ids.nat, 'SEX=F', (a) => a.sex === 'f'],
      [ids.nat, 'AGE=Y50P', (a) => a.age_group === 'y50p'],
      [ids.cap, '', (a) => a.region === 'cap'],
      [ids.north, 'SEX=M', (a) => a.region === 'north' && a.sex === 'm'],
    ];
    for (const [orgUnitId, disaggregation, filter] of checks) {
      const published = interval(orgUnitId, disaggregation);
      expect(published, `${orgUnitId} ${disaggregation}`).toBeDefined();
      expect(published.estimate).toBeCloseTo(100 * weightedShare(filter), 9);
      expect(published.ciLow).toBeLessThan(published.estimate);
      expect(published.ciHigh).toBeCloseTo(2 * published.estimate - published.ciLow, 9);
      const [monitor] = await computeIndicatorValues({
        db: ctx.db,
        workspaceId: home.id,
        indicatorIds: [ids.indicator],
        periods: ['2026'],
        orgUnitIds: [orgUnitId],
        disaggregation: disaggregation || undefined,
      });
      expect(monitor?.value).toBeCloseTo(published.estimate, 9);
    }
    expect(res.body.intervals).toHaveLength(3 * (1 + 2 + 3));
  });

  it('lists the intervals of the indicator, and publishing again replaces them', async () => {
    const again = await api(ctx, 'POST', url('/publish'), { ...owner(), body: publishBody() });
    expect(again.status).toBe(200);
    const res = await api(
      ctx,
      'GET',
      `/api/workspaces/${home.slug}/monitoring/indicators/${ids.indicator}/intervals`,
      owner(),
    );
    expect(res.status).toBe(200);
    expect(res.body.intervals).toHaveLength(18);
    expect(res.body.intervals[0]).toMatchObject({ period: '2026', surveyId, surveyTitle: 'Perception 2026' });
    const audits = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, home.id), eq(auditLog.action, 'survey.publish')))
      .orderBy(asc(auditLog.seq));
    expect(audits).toHaveLength(2);
  });

  it('keeps another workspace out: it cannot read the intervals or publish to the indicator', async () => {
    const foreign = { cookie: other.owner.cookie };
    const intervals = await api(
      ctx,
      'GET',
      `/api/workspaces/${home.slug}/monitoring/indicators/${ids.indicator}/intervals`,
      foreign,
    );
    expect(intervals.status).toBe(403);
    const ownSurvey = await insertAnalysisSurvey(ctx.db, other.id);
    await api(ctx, 'PUT', `/api/workspaces/${other.slug}/surveys/${ownSurvey}/design`, {
      ...foreign,
      body: { design, estimates: [] },
    });
    const publish = await api(ctx, 'POST', `/api/workspaces/${other.slug}/surveys/${ownSurvey}/publish`, {
      ...foreign,
      body: publishBody(),
    });
    expect(publish.status).toBe(404);
    const own = await api(
      ctx,
      'GET',
      `/api/workspaces/${other.slug}/monitoring/indicators/${ids.indicator}/intervals`,
      foreign,
    );
    expect(own.status).toBe(404);
  });
});
