import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, monitoringDataElements, monitoringDataValues } from '../../db/schema/index.ts';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestUser,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { insertDataElement, insertOrgUnits } from './analytics-fixtures.ts';
import { waitForAnalytics } from './analytics-refresh.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let editor: TestUser;
let nation: string;
let overall: string;
let firstItem: string;

const path = (workspace = home) => `/api/workspaces/${workspace.slug}/monitoring/assessment-values/sync`;
const as = (user: { cookie: string }) => ({ cookie: user.cookie });

async function valuesOf(dataElementId: string) {
  return ctx.db
    .select({
      orgUnitId: monitoringDataValues.orgUnitId,
      period: monitoringDataValues.period,
      value: monitoringDataValues.value,
    })
    .from(monitoringDataValues)
    .where(
      and(
        eq(monitoringDataValues.workspaceId, home.id),
        eq(monitoringDataValues.dataElementId, dataElementId),
      ),
    );
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  editor = await newMember(ctx, home, 'editor');
  const units = await insertOrgUnits(ctx.db, home.id, [{ code: 'NAT' }, { code: 'NORTH', parent: 'NAT' }]);
  nation = units.get('NAT') as string;
  overall = await insertDataElement(ctx.db, home.id, 'SSG_OVERALL', 'last');
  firstItem = await insertDataElement(ctx.db, home.id, 'SSG_FIRST', 'last');
});
afterAll(() => ctx.close());

describe('expert-assessment indicators', () => {
  it('write the validated round’s scores when it is validated, replacing what was there', async () => {
    const draft = await scoredAssessment(ctx, home, { status: 'draft', scores: [4, 4, 4] });
    await ctx.db
      .update(monitoringDataElements)
      .set({ assessmentFrameworkId: 'ssg-ten-criteria', assessmentItemId: null })
      .where(eq(monitoringDataElements.id, overall));
    await ctx.db
      .update(monitoringDataElements)
      .set({ assessmentFrameworkId: 'ssg-ten-criteria', assessmentItemId: draft.itemIds[0] })
      .where(eq(monitoringDataElements.id, firstItem));
    // a draft round counts for nothing
    const none = await api(ctx, 'POST', path(), as(home.owner));
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ dataElements: 2, values: 0, orgUnitId: nation });

    const round = await scoredAssessment(ctx, home, { status: 'validated', scores: [1, 3] });
    const results = await api(ctx, 'GET', `/api/workspaces/${home.slug}/assessments/${round.id}/results`, {
      cookie: home.owner.cookie,
    });
    const year = String(new Date().getUTCFullYear());
    expect(await valuesOf(overall)).toEqual([
      { orgUnitId: nation, period: year, value: results.body.aggregation.overall.score },
    ]);
    expect(await valuesOf(firstItem)).toEqual([{ orgUnitId: nation, period: year, value: 1 }]);
    await waitForAnalytics(home.id);

    // a round on chosen institutions says nothing of the sector: it is not a national value
    await ctx.db.update(assessments).set({ scope: 'actors' }).where(eq(assessments.id, round.id));
    const institutionsOnly = await api(ctx, 'POST', path(), as(home.owner));
    expect(institutionsOnly.body.values).toBe(0);
    await ctx.db.update(assessments).set({ scope: 'sector' }).where(eq(assessments.id, round.id));
    expect((await api(ctx, 'POST', path(), as(home.owner))).body.values).toBe(2);
    await waitForAnalytics(home.id);
  });

  it('run by hand for monitoring:configure only', async () => {
    expect((await api(ctx, 'POST', path())).status).toBe(401);
    expect((await api(ctx, 'POST', path(), as(other.owner))).status).toBe(403);
    expect((await api(ctx, 'POST', path(), as(editor))).status).toBe(403);
    const run = await api(ctx, 'POST', path(), as(home.owner));
    expect(run.status).toBe(200);
    expect(run.body).toEqual({ dataElements: 2, values: 2, orgUnitId: nation });
    expect(await valuesOf(firstItem)).toHaveLength(1);
    await waitForAnalytics(home.id);
  });
});
