import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAggregator } from '../../../core/indicators/aggregate.ts';
import { type Period, parsePeriod } from '../../../core/indicators/periods.ts';
import type { Aggregation } from '../../../core/indicators/types.ts';
import { queryRows } from '../../db/client.ts';
import { financeSettings, monitoringAnalytics, monitoringAnalyticsRuns } from '../../db/schema/index.ts';
import { createTestContext, newWorkspace, type TestContext } from '../../testing/harness.ts';
import { insertDataElement, insertOrgUnits, seedTestValues } from './analytics-fixtures.ts';
import {
  analyticsState,
  elementNums,
  planForRebuild,
  rebuildStatement,
  refreshAnalytics,
  scheduleAnalyticsRefresh,
  targetTypes,
  waitForAnalytics,
} from './analytics-refresh.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

async function analyticsOf(workspaceId: string) {
  const rows = await ctx.db
    .select()
    .from(monitoringAnalytics)
    .where(eq(monitoringAnalytics.workspaceId, workspaceId));
  return (de: string, ou: string, period: string, coc = 'default') =>
    rows.find(
      (r) =>
        r.dataElementId === de && r.orgUnitId === ou && r.period === period && r.categoryOptionCombo === coc,
    )?.value;
}

describe('refreshAnalytics', () => {
  it('aggregates sum, last and average up the org-unit tree and into coarser periods', async () => {
    const ws = await newWorkspace(ctx);
    const ou = await insertOrgUnits(ctx.db, ws.id, [
      { code: 'N' },
      { code: 'R1', parent: 'N' },
      { code: 'R2', parent: 'N' },
      { code: 'D1', parent: 'R1' },
    ]);
    const [N, R1, R2, D1] = ['N', 'R1', 'R2', 'D1'].map((c) => ou.get(c) as string);
    const S = await insertDataElement(ctx.db, ws.id, 'S', 'sum');
    const L = await insertDataElement(ctx.db, ws.id, 'L', 'last');
    const A = await insertDataElement(ctx.db, ws.id, 'A', 'average');
    await seedTestValues(ctx.db, ws.id, [
      { de: S, ou: D1, period: '202601', value: 1 },
      { de: S, ou: D1, period: '202602', value: 2 },
      { de: S, ou: D1, period: '202604', value: 4 },
      { de: S, ou: R2, period: '202601', value: 10 },
      // 2026W1 starts on 29 December 2025; its Thursday is 1 January 2026.
      { de: S, ou: R2, period: '2026W1', value: 100 },
      { de: L, ou: D1, period: '202601', value: 5 },
      { de: L, ou: D1, period: '202603', value: 7 },
      { de: L, ou: R2, period: '202602', value: 3 },
      { de: A, ou: D1, period: '202601', value: 4 },
      { de: A, ou: D1, period: '202602', value: 6 },
      { de: A, ou: R2, period: '202601', value: 10 },
    ]);
    const figures = await refreshAnalytics({ db: ctx.db, workspaceId: ws.id });
    expect(figures.valueCount).toBe(11);
    expect(figures.rowCount).toBeGreaterThan(11);
    const at = await analyticsOf(ws.id);
    expect(at(S, D1, '2026Q1')).toBe(3);
    expect(at(S, R1, '2026S1')).toBe(7);
    expect(at(S, N, '202601')).toBe(111);
    expect(at(S, N, '2026Q1')).toBe(113);
    expect(at(S, N, '2026')).toBe(117);
    expect(at(S, R2, '2026W1')).toBe(100);
    expect(at(S, R2, '2025')).toBeUndefined();
    expect(at(L, D1, '2026Q1')).toBe(7);
    expect(at(L, N, '2026Q1')).toBe(10);
    expect(at(L, N, '202601')).toBe(5);
    expect(at(A, D1, '2026Q1')).toBe(5);
    expect(at(A, N, '2026Q1')).toBe(15);
    expect(at(A, N, '2026')).toBe(15);
    const [run] = await ctx.db
      .select()
      .from(monitoringAnalyticsRuns)
      .where(eq(monitoringAnalyticsRuns.workspaceId, ws.id));
    expect(run?.rowCount).toBe(figures.rowCount);
  });

  it('adds the fiscal year of the finance settings and keeps combos apart', async () => {
    const ws = await newWorkspace(ctx);
    await ctx.db.insert(financeSettings).values({ workspaceId: ws.id, fiscalYearStartMonth: 7 });
    const ou = await insertOrgUnits(ctx.db, ws.id, [{ code: 'N' }]);
    const N = ou.get('N') as string;
    const S = await insertDataElement(ctx.db, ws.id, 'S', 'sum');
    await seedTestValues(ctx.db, ws.id, [
      { de: S, ou: N, period: '202606', value: 1, coc: 'F' },
      { de: S, ou: N, period: '202607', value: 2, coc: 'F' },
      { de: S, ou: N, period: '202612', value: 4, coc: 'M' },
      { de: S, ou: N, period: '2026Q3', value: 8, coc: 'M' },
    ]);
    await refreshAnalytics({ db: ctx.db, workspaceId: ws.id });
    const at = await analyticsOf(ws.id);
    expect(at(S, N, '2025July', 'F')).toBe(1);
    expect(at(S, N, '2026July', 'F')).toBe(2);
    expect(at(S, N, '2026July', 'M')).toBe(12);
    expect(at(S, N, '2026Q3', 'M')).toBe(8);
    expect(at(S, N, '2026S2', 'M')).toBe(12);
  });

  it('refreshes only the named elements, and reports stale until a scheduled refresh ran', async () => {
    const ws = await newWorkspace(ctx);
    const ou = await insertOrgUnits(ctx.db, ws.id, [{ code: 'N' }]);
    const N = ou.get('N') as string;
    const S = await insertDataElement(ctx.db, ws.id, 'S', 'sum');
    const T = await insertDataElement(ctx.db, ws.id, 'T', 'sum');
    expect(await analyticsState(ctx.db, ws.id)).toEqual({ refreshedAt: null, stale: false });
    await seedTestValues(ctx.db, ws.id, [
      { de: S, ou: N, period: '202601', value: 1 },
      { de: T, ou: N, period: '202601', value: 2 },
    ]);
    expect((await analyticsState(ctx.db, ws.id)).stale).toBe(true);
    await refreshAnalytics({ db: ctx.db, workspaceId: ws.id, dataElementIds: [S] });
    let at = await analyticsOf(ws.id);
    expect(at(S, N, '2026')).toBe(1);
    expect(at(T, N, '2026')).toBeUndefined();
    scheduleAnalyticsRefresh(ctx.db, ws.id, [T]);
    expect((await analyticsState(ctx.db, ws.id)).stale).toBe(true);
    await waitForAnalytics(ws.id);
    const state = await analyticsState(ctx.db, ws.id);
    expect(state.stale).toBe(false);
    expect(state.refreshedAt).toBeInstanceOf(Date);
    at = await analyticsOf(ws.id);
    expect(at(T, N, '2026')).toBe(2);
    expect(at(S, N, '2026')).toBe(1);
    const rows = await ctx.db
      .select()
      .from(monitoringAnalytics)
      .where(and(eq(monitoringAnalytics.workspaceId, ws.id), eq(monitoringAnalytics.dataElementId, S)));
    expect(rows.map((r) => r.period).sort()).toEqual(['2026', '202601', '2026Q1', '2026S1']);
  });

  it('equals the core aggregation engine on a random dataset', async () => {
    let seed = 20_261_206;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const ws = await newWorkspace(ctx);
    const codes = ['N', 'A', 'B', 'A1', 'A2', 'B1'];
    const parents: Record<string, string | undefined> = { A: 'N', B: 'N', A1: 'A', A2: 'A', B1: 'B' };
    const ou = await insertOrgUnits(
      ctx.db,
      ws.id,
      codes.map((code) => ({ code, parent: parents[code] })),
    );
    const rules: Aggregation[] = ['sum', 'last', 'average'];
    const elements = await Promise.all(
      rules.map(async (rule) => ({ id: await insertDataElement(ctx.db, ws.id, `E_${rule}`, rule), rule })),
    );
    const periods = [
      '202511',
      '202512',
      '202601',
      '202602',
      '202603',
      '202607',
      '2026Q1',
      '2026Q2',
      '2025W52',
      '2026W1',
      '2026W14',
    ];
    const seen = new Set<string>();
    const values = [];
    for (let i = 0; i < 120; i++) {
      const value = {
        de: pick(elements).id,
        ou: ou.get(pick(codes)) as string,
        period: pick(periods),
        coc: pick(['F', 'M']),
        value: Math.round(random() * 100),
      };
      const key = `${value.de}|${value.ou}|${value.period}|${value.coc}`;
      if (seen.has(key)) continue;
      seen.add(key);
      values.push(value);
    }
    await seedTestValues(ctx.db, ws.id, values);
    await refreshAnalytics({ db: ctx.db, workspaceId: ws.id });
    const engine = createAggregator({
      orgUnits: codes.map((code) => ({
        id: ou.get(code) as string,
        parent: parents[code] ? (ou.get(parents[code] as string) as string) : null,
      })),
      dataElements: elements.map((e) => ({ id: e.id, aggregation: e.rule })),
      values: values.map((v) => ({
        dataElement: v.de,
        orgUnit: v.ou,
        period: v.period,
        categoryOptionCombo: v.coc,
        value: v.value,
      })),
    });
    const rows = await ctx.db
      .select()
      .from(monitoringAnalytics)
      .where(eq(monitoringAnalytics.workspaceId, ws.id));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const expected = engine.value(
        { dataElement: row.dataElementId, categoryOptionCombo: row.categoryOptionCombo },
        parsePeriod(row.period) as Period,
        row.orgUnitId,
      );
      expect([row.dataElementId, row.orgUnitId, row.period, row.categoryOptionCombo, row.value]).toEqual([
        row.dataElementId,
        row.orgUnitId,
        row.period,
        row.categoryOptionCombo,
        expect.closeTo(expected as number, 9),
      ]);
    }
    // And nothing the engine finds is missing from the table.
    const stored = new Set(
      rows.map((r) => `${r.dataElementId}|${r.orgUnitId}|${r.period}|${r.categoryOptionCombo}`),
    );
    for (const element of elements) {
      for (const code of codes) {
        for (const text of ['2025', '2026', '2026Q1', '2026S1', '202601', '2025Q4']) {
          for (const coc of ['F', 'M']) {
            const unit = ou.get(code) as string;
            const expected = engine.value(
              { dataElement: element.id, categoryOptionCombo: coc },
              parsePeriod(text) as Period,
              unit,
            );
            expect(stored.has(`${element.id}|${unit}|${text}|${coc}`)).toBe(expected !== null);
          }
        }
      }
    }
  });

  it('joins values to periods by hash, even where the statistics have not seen them', async () => {
    const ws = await newWorkspace(ctx);
    const units = Array.from({ length: 10 }, (_, i) => ({ code: `U${i}` }));
    const ou = await insertOrgUnits(ctx.db, ws.id, units);
    const months = Array.from(
      { length: 300 },
      (_, i) => `${2000 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const valuesOf = (de: string) =>
      months.flatMap((period, i) =>
        units.map(({ code }) => ({ de, ou: ou.get(code) as string, period, value: i })),
      );
    const before = await insertDataElement(ctx.db, ws.id, 'BEFORE', 'sum');
    await seedTestValues(ctx.db, ws.id, valuesOf(before));
    // The statistics are taken now; the next element's numbers lie past what they describe.
    await ctx.db.execute(sql`analyze monitoring_values`);
    const fresh = await insertDataElement(ctx.db, ws.id, 'FRESH', 'sum');
    await seedTestValues(ctx.db, ws.id, valuesOf(fresh));

    const plan = await ctx.db.transaction(async (tx) => {
      await planForRebuild(tx);
      const statement = rebuildStatement(
        ws.id,
        await targetTypes(tx, ws.id),
        await elementNums(tx, ws.id, [fresh]),
      );
      const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(tx, sql`explain (format json) ${statement}`);
      return row?.['QUERY PLAN'];
    });
    interface PlanNode {
      'Node Type': string;
      'Relation Name'?: string;
      Plans?: PlanNode[];
    }
    const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
    const root = (plan as { Plan: PlanNode }[])[0]?.Plan as PlanNode;
    const loopsOverValues = nodes(root).filter(
      (node) =>
        node['Node Type'] === 'Nested Loop' &&
        nodes(node).some((inner) => inner['Relation Name'] === 'monitoring_values'),
    );
    expect(nodes(root).some((node) => node['Relation Name'] === 'monitoring_values')).toBe(true);
    expect(loopsOverValues).toEqual([]);
  });
});
