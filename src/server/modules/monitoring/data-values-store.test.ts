import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../core/indicators/periods.ts';
import { monitoringDataElements } from '../../db/schema/monitoring.ts';
import { createTwoWorkspaces, type TestContext, type TestWorkspace } from '../../testing/harness.ts';
import { clearValues, seedDataValueMetadata, storedValues } from './data-values-fixtures.ts';
import { deleteValueKeys, replaceValues, type StoredValue, valuesAt } from './data-values-store.ts';

// Point lookups go to monitoring_values with the keys' numbers as constants (see the schema): they must
// touch exactly the keys named, in this workspace only.

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let meta: Awaited<ReturnType<typeof seedDataValueMetadata>>;
let otherMeta: Awaited<ReturnType<typeof seedDataValueMetadata>>;

const period = (id: string) => parsePeriod(id) as NonNullable<ReturnType<typeof parsePeriod>>;

function value(
  dataElementId: string,
  orgUnitId: string,
  periodId: string,
  combo: string,
  v: number,
): StoredValue {
  return { dataElementId, orgUnitId, period: period(periodId), combo, value: v, comment: null };
}

async function store(workspaceId: string, rows: StoredValue[]) {
  return ctx.db.transaction((tx) => replaceValues(tx, workspaceId, null, rows));
}

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  meta = await seedDataValueMetadata(ctx.db, home.id);
  otherMeta = await seedDataValueMetadata(ctx.db, other.id);
});
beforeEach(async () => {
  await clearValues(ctx.db, home.id);
  await clearValues(ctx.db, other.id);
});
afterAll(async () => {
  await ctx.close();
});

describe('data value store', () => {
  it('deletes only the keys named, whatever shares their element, unit, period or combo', async () => {
    const { officers, share } = meta.elements;
    const { north, south } = meta.units;
    await store(home.id, [
      value(officers, north.id, '2026Q1', 'F', 1),
      value(officers, north.id, '2026Q1', 'M', 2),
      value(officers, south.id, '2026Q1', 'F', 3),
      value(officers, north.id, '2026Q2', 'F', 4),
      value(share, north.id, '2026Q1', 'default', 5),
    ]);
    const gone = await ctx.db.transaction((tx) =>
      deleteValueKeys(tx, home.id, [
        { dataElementId: officers, orgUnitId: north.id, period: period('2026Q1'), combo: 'F' },
        { dataElementId: share, orgUnitId: north.id, period: period('2026Q1'), combo: 'default' },
        // not stored: counts nothing
        { dataElementId: officers, orgUnitId: south.id, period: period('2026Q2'), combo: 'M' },
      ]),
    );
    expect(gone).toBe(2);
    expect(await storedValues(ctx.db, home.id)).toEqual(
      [
        `${officers}|${north.id}|2026Q1|M=2`,
        `${officers}|${south.id}|2026Q1|F=3`,
        `${officers}|${north.id}|2026Q2|F=4`,
      ].sort(),
    );
  });

  it('replaces a key’s value rather than adding a second one, past the many-pairs limit too', async () => {
    const { officers } = meta.elements;
    const { north } = meta.units;
    // 300 monthly periods of one element: more (element, period) pairs than the index is asked for one by one
    const months = Array.from({ length: 300 }, (_, i) => {
      const month = new Date(Date.UTC(2000, i, 1));
      return `${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    });
    await store(
      home.id,
      months.map((m) => value(officers, north.id, m, 'F', 1)),
    );
    const replaced = await store(
      home.id,
      months.map((m) => value(officers, north.id, m, 'F', 2)),
    );
    expect(replaced).toBe(300);
    const values = await storedValues(ctx.db, home.id);
    expect(values).toHaveLength(300);
    expect(values.every((line) => line.endsWith('=2'))).toBe(true);
  });

  it('reads one unit’s values in one period for the elements asked, by element and combo', async () => {
    const { officers, share, vetted } = meta.elements;
    const { north, south } = meta.units;
    await store(home.id, [
      value(officers, north.id, '2026Q1', 'M', 2),
      value(officers, north.id, '2026Q1', 'F', 1),
      value(share, north.id, '2026Q1', 'default', 30),
      value(vetted, north.id, '2026Q1', 'default', 1),
      value(officers, south.id, '2026Q1', 'F', 9),
      value(officers, north.id, '2026Q2', 'F', 9),
    ]);
    const found = await valuesAt(ctx.db, home.id, {
      dataElementIds: [officers, share],
      orgUnitId: north.id,
      periodId: '2026Q1',
    });
    const expected = [
      { dataElementId: officers, categoryOptionCombo: 'F', value: 1 },
      { dataElementId: officers, categoryOptionCombo: 'M', value: 2 },
      { dataElementId: share, categoryOptionCombo: 'default', value: 30 },
    ].sort((a, b) => (a.dataElementId === b.dataElementId ? 0 : a.dataElementId < b.dataElementId ? -1 : 1));
    expect(
      found.map(({ dataElementId, categoryOptionCombo, value }) => ({
        dataElementId,
        categoryOptionCombo,
        value,
      })),
    ).toEqual(expected);
    for (const row of found) {
      expect(row.comment).toBeNull();
      expect(Math.abs(row.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
    expect(
      await valuesAt(ctx.db, home.id, {
        dataElementIds: [officers],
        orgUnitId: north.id,
        periodId: '2031Q1',
      }),
    ).toEqual([]);
  });

  it('reads only the period asked when a form has more elements than the index is asked for one by one', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: randomUUID(),
      workspaceId: home.id,
      code: `MANY_${i}`,
      name: `Many ${i}`,
      valueType: 'number',
    }));
    await ctx.db.insert(monitoringDataElements).values(many);
    const { north } = meta.units;
    await store(home.id, [
      value(many[0].id, north.id, '2026Q1', 'default', 1),
      value(many[0].id, north.id, '2026Q2', 'default', 2),
      value(many[299].id, north.id, '2025Q4', 'default', 3),
    ]);
    const found = await valuesAt(ctx.db, home.id, {
      dataElementIds: many.map((e) => e.id),
      orgUnitId: north.id,
      periodId: '2026Q2',
    });
    expect(found.map((row) => [row.dataElementId, row.value])).toEqual([[many[0].id, 2]]);
  });

  it('neither reads nor deletes another workspace’s values through its ids', async () => {
    const { officers } = otherMeta.elements;
    const { north } = otherMeta.units;
    await store(other.id, [value(officers, north.id, '2026Q1', 'F', 7)]);
    expect(
      await valuesAt(ctx.db, home.id, {
        dataElementIds: [officers],
        orgUnitId: north.id,
        periodId: '2026Q1',
      }),
    ).toEqual([]);
    const gone = await ctx.db.transaction((tx) =>
      deleteValueKeys(tx, home.id, [
        { dataElementId: officers, orgUnitId: north.id, period: period('2026Q1'), combo: 'F' },
      ]),
    );
    expect(gone).toBe(0);
    expect(await storedValues(ctx.db, other.id)).toEqual([`${officers}|${north.id}|2026Q1|F=7`]);
  });
});
