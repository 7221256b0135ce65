import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, newWorkspace, type TestContext } from '../../testing/harness.ts';
import {
  insertCategory,
  insertDataElement,
  insertIndicator,
  insertOrgUnits,
  seedTestValues,
} from './analytics-fixtures.ts';
import { refreshAnalytics } from './analytics-refresh.ts';
import { computeIndicatorValues } from './indicator-values.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('computeIndicatorValues', () => {
  it('evaluates numerator ÷ denominator × factor from the analytics table, with combo filters', async () => {
    const ws = await newWorkspace(ctx);
    const ou = await insertOrgUnits(ctx.db, ws.id, [
      { code: 'N' },
      { code: 'R1', parent: 'N' },
      { code: 'R2', parent: 'N' },
    ]);
    const [N, R1, R2] = ['N', 'R1', 'R2'].map((c) => ou.get(c) as string);
    const sex = await insertCategory(ctx.db, ws.id, 'SEX', ['F', 'M']);
    const POL = await insertDataElement(ctx.db, ws.id, 'POL', 'sum', [sex]);
    const POP = await insertDataElement(ctx.db, ws.id, 'POP', 'last');
    const ZERO = await insertDataElement(ctx.db, ws.id, 'ZERO', 'sum');
    await seedTestValues(ctx.db, ws.id, [
      { de: POL, ou: R1, period: '2026Q1', value: 2, coc: 'F' },
      { de: POL, ou: R1, period: '2026Q1', value: 8, coc: 'M' },
      { de: POL, ou: R2, period: '2026Q2', value: 3, coc: 'F' },
      { de: POL, ou: R2, period: '2026Q2', value: 7, coc: 'M' },
      { de: POP, ou: R1, period: '2026', value: 1000 },
      { de: ZERO, ou: R1, period: '2026', value: 0 },
      { de: ZERO, ou: R2, period: '2026', value: 3e-308 },
    ]);
    const share = await insertIndicator(ctx.db, ws.id, {
      code: 'WSH',
      numerator: '#{POL.F}',
      denominator: '#{POL}',
      factor: 100,
    });
    const rate = await insertIndicator(ctx.db, ws.id, {
      code: 'RATE',
      numerator: '#{POL}',
      denominator: '#{POP}',
      factor: 100_000,
    });
    const count = await insertIndicator(ctx.db, ws.id, { code: 'COUNT', numerator: '#{POL} + 1 - 1' });
    const zero = await insertIndicator(ctx.db, ws.id, {
      code: 'Z',
      numerator: '#{POL}',
      denominator: '#{ZERO}',
    });
    await refreshAnalytics({ db: ctx.db, workspaceId: ws.id });

    const rows = await computeIndicatorValues({
      db: ctx.db,
      workspaceId: ws.id,
      periods: ['2026', '2026Q1'],
      orgUnitIds: [N, R1, R2],
    });
    const figure = (id: string, period: string, unit: string) =>
      rows.find((r) => r.indicatorId === id && r.period === period && r.orgUnitId === unit)?.value;
    expect(rows).toHaveLength(4 * 2 * 3);
    expect(figure(share, '2026', N)).toBe(25);
    expect(figure(share, '2026Q1', R1)).toBe(20);
    expect(figure(share, '2026Q1', R2)).toBeNull();
    expect(figure(rate, '2026', N)).toBe(2000);
    expect(figure(rate, '2026', R2)).toBeNull();
    expect(figure(count, '2026', N)).toBe(20);
    expect(figure(zero, '2026', R1)).toBeNull();
    // 10 ÷ 3e-308 overflows to Infinity, which is no figure either
    expect(figure(zero, '2026', R2)).toBeNull();
    const rateRow = rows.find((r) => r.indicatorId === rate && r.period === '2026' && r.orgUnitId === N);
    expect(rateRow).toMatchObject({ code: 'RATE', numerator: 20, denominator: 1000 });

    const women = await computeIndicatorValues({
      db: ctx.db,
      workspaceId: ws.id,
      indicatorIds: [count],
      periods: ['2026'],
      orgUnitIds: [N],
      disaggregation: 'sex=F',
    });
    expect(women).toEqual([
      {
        indicatorId: count,
        code: 'COUNT',
        period: '2026',
        orgUnitId: N,
        numerator: 5,
        denominator: 1,
        value: 5,
      },
    ]);
    await expect(
      computeIndicatorValues({
        db: ctx.db,
        workspaceId: ws.id,
        periods: ['2026'],
        orgUnitIds: [N],
        disaggregation: 'sex',
      }),
    ).rejects.toThrow(/disaggregation/);
  });
});
