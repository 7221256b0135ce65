import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { monitoringDataValues } from '../../db/schema/index.ts';
import { createTwoWorkspaces, type TestContext, type TestWorkspace } from '../../testing/harness.ts';
import { waitForAnalytics } from './analytics-refresh.ts';
import {
  clearValues as clearWorkspaceValues,
  importFile,
  seedDataValueMetadata,
  storedValues,
} from './data-values-fixtures.ts';
import { DataValueWriter } from './data-values-write.ts';

// A plain CSV (no quote) is read by the fast reader; any line it cannot take as is sends the whole file
// to the full reader. Both must store the same values and refuse the same lines.

let ctx: TestContext;
let home: TestWorkspace;
let meta: Awaited<ReturnType<typeof seedDataValueMetadata>>;

const upload = (content: string) => importFile(ctx, home.slug, home.owner.cookie, content);
const stored = () => storedValues(ctx.db, home.id, true);
const clearValues = () => clearWorkspaceValues(ctx.db, home.id);

/** The same file as the full reader gets it: every cell quoted (so it is not a plain CSV). */
const quoted = (csv: string) =>
  csv
    .split('\n')
    .map((line) =>
      line
        ? line
            .split(',')
            .map((cell) => `"${cell}"`)
            .join(',')
        : line,
    )
    .join('\n');

beforeAll(async () => {
  ({ ctx, home } = await createTwoWorkspaces());
  meta = await seedDataValueMetadata(ctx.db, home.id);
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await waitForAnalytics(home.id);
  await ctx.close();
});

describe('plain CSV import', () => {
  const csv = [
    '\uFEFFdataElement,period,orgUnit,categoryOptionCombo,value,comment',
    'OFFICERS,2026Q1,NORTH,F,120,',
    'police officers,2026Q1,North region,m,300,checked',
    '',
    'WOMEN_SHARE,2026-03,SOUTH,,28.5,',
    'VETTED,2026Q2,CN,,true,by name',
  ].join('\r\n');

  it('stores what the full reader stores, and replaces on a second import', async () => {
    await clearValues();
    // The full reader hands the writer resolved rows (`add`); the fast one never does.
    const fullReaderRows = vi.spyOn(DataValueWriter.prototype, 'add');
    const fast = await upload(csv);
    expect(fullReaderRows).not.toHaveBeenCalled();
    expect(fast.status, JSON.stringify(fast.body)).toBe(201);
    expect(fast.body).toEqual({ imported: 4, replaced: 0, dataElements: 3, periods: 3, orgUnits: 3 });
    const fastRows = await stored();
    expect(fastRows).toContain(`${meta.elements.officers}|${meta.units.north.id}|2026Q1|M=300|checked`);
    expect(fastRows).toContain(`${meta.elements.vetted}|${meta.units.centralN.id}|2026Q2|default=1|by name`);

    await clearValues();
    const full = await upload(quoted(csv.replace('\uFEFF', '')));
    expect(full.status, JSON.stringify(full.body)).toBe(201);
    expect(fullReaderRows).toHaveBeenCalledTimes(4);
    expect(await stored()).toEqual(fastRows);

    const again = await upload(csv.replace('28.5', '30'));
    expect(again.body).toMatchObject({ imported: 4, replaced: 4 });
    const rows = await stored();
    expect(rows).toHaveLength(4);
    expect(rows).toContain(`${meta.elements.share}|${meta.units.south.id}|202603|default=30|null`);
  });

  it.each([
    ['an unknown code', 'NOPE,2026Q1,NORTH,F,1,', 'dataElement'],
    ['a value that is not a number', 'OFFICERS,2026Q1,NORTH,F,lots,', 'value'],
    ['a combo the element does not have', 'OFFICERS,2026Q1,NORTH,X,1,', 'categoryOptionCombo'],
    ['a bad period', 'OFFICERS,2026Q9,NORTH,F,1,', 'period'],
    ['a repeated key', 'OFFICERS,2026Q1,NORTH,F,120,', 'value'],
  ])('refuses %s by line, as the full reader does, and writes nothing', async (_name, bad, field) => {
    await clearValues();
    const lines = csv.split('\r\n');
    const file = [...lines.slice(0, 2), bad, ...lines.slice(2)].join('\n');
    const res = await upload(file);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ line: 3, field });
    const full = await upload(quoted(file.replace('\uFEFF', '')));
    expect(full.body.error.details.errors).toEqual(res.body.error.details.errors);
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('reads %s as the full reader does', async (_name, delimiter) => {
    await clearValues();
    const fullReaderRows = vi.spyOn(DataValueWriter.prototype, 'add');
    const res = await upload(csv.replaceAll(',', delimiter));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(fullReaderRows).not.toHaveBeenCalled();
    expect(res.body.imported).toBe(4);
  });

  it('writes a file bigger than one COPY chunk in full', async () => {
    await clearValues();
    const lines: string[] = [];
    for (let year = 1901; year <= 2300; year++)
      for (let month = 1; month <= 12; month++)
        for (const unit of ['NAT', 'NORTH', 'SOUTH', 'CN', 'CS'])
          for (const [element, combos] of [
            ['OFFICERS', ['F', 'M']],
            ['TRUST', ['F_Y15_24', 'F_Y25P', 'M_Y15_24', 'M_Y25P']],
          ] as const)
            for (const combo of combos)
              lines.push(
                `${element},${year}${String(month).padStart(2, '0')},${unit},${combo},${lines.length},`,
              );
    expect(lines.length).toBeGreaterThan(140_000);
    const res = await upload(
      `dataElement,period,orgUnit,categoryOptionCombo,value,comment\n${lines.join('\n')}\n`,
    );
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
    expect(res.body.imported).toBe(lines.length);
    const [{ count }] = await ctx.db
      .select({ count: sql<number>`count(*)::int` })
      .from(monitoringDataValues)
      .where(eq(monitoringDataValues.workspaceId, home.id));
    expect(count).toBe(lines.length);

    // A bad last line is met while a chunk is being copied: all of it rolls back, the first file stays.
    const bad = await upload(
      `dataElement,period,orgUnit,categoryOptionCombo,value,comment\n${lines.map((l) => l.replace(/,(\d+),$/, ',7,')).join('\n')}\nNOPE,2026,NAT,F,1,\n`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors).toEqual([
      expect.objectContaining({ line: lines.length + 2, field: 'dataElement' }),
    ]);
    const [{ sevens }] = await ctx.db
      .select({ sevens: sql<number>`count(*) filter (where ${monitoringDataValues.value} = 7)::int` })
      .from(monitoringDataValues)
      .where(eq(monitoringDataValues.workspaceId, home.id));
    expect(sevens).toBe(1);
  });
});
