import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from './client.ts';
import { copyRows, csvField } from './copy.ts';

describe('csvField', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['', '""'],
    ['plain', '"plain"'],
    ['say "hi", then\nleave', '"say ""hi"", then\nleave"'],
    [12.5, '12.5'],
    [true, 'true'],
    [{ a: 'x"y' }, '"{""a"":""x\\""y""}"'],
    [new Date('2026-01-02T03:04:05.000Z'), '"2026-01-02T03:04:05.000Z"'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('refuses numbers PostgreSQL cannot store', () => {
    expect(() => csvField(Number.NaN)).toThrow(/not a storable number/);
  });
});

// On PGlite in memory, or on the PostgreSQL of TEST_DATABASE_URL when set (temporary tables only).
describe(`copyRows on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: Database;
  beforeAll(async () => {
    const url = process.env.TEST_DATABASE_URL;
    database = await openDatabase(url ? { url } : { memory: true });
  });
  afterAll(() => database.close());

  const createTable = sql.raw(
    `create temp table copy_probe (id int, name text, note text, amount double precision, flag boolean, day date, data jsonb) on commit drop`,
  );

  it('writes quotes, separators, line breaks, NULL against empty text, and jsonb, inside the transaction', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(createTable);
      const copied = await copyRows(
        tx,
        'copy_probe',
        ['id', 'name', 'note', 'amount', 'flag', 'day', 'data'],
        [
          [1, 'Police, "national"', null, 1.25, true, '2026-03-01', { sectors: [{ code: '15210' }] }],
          [2, 'Ligne\ndeux — é', '', -3, false, null, []],
          [3, ',', 'NULL', 0, null, '2026-12-31', { text: 'a "quoted", value\n' }],
        ],
      );
      expect(copied).toBe(3);
      return queryRows<Record<string, unknown>>(
        tx as never,
        sql`select id, name, note, amount, flag, day::text as day, data from copy_probe order by id`,
      );
    });
    expect(rows).toEqual([
      {
        id: 1,
        name: 'Police, "national"',
        note: null,
        amount: 1.25,
        flag: true,
        day: '2026-03-01',
        data: { sectors: [{ code: '15210' }] },
      },
      { id: 2, name: 'Ligne\ndeux — é', note: '', amount: -3, flag: false, day: null, data: [] },
      {
        id: 3,
        name: ',',
        note: 'NULL',
        amount: 0,
        flag: null,
        day: '2026-12-31',
        data: { text: 'a "quoted", value\n' },
      },
    ]);
  });

  it('copies many rows in one call', async () => {
    const count = await database.db.transaction(async (tx) => {
      await tx.execute(createTable);
      const many = Array.from({ length: 5000 }, (_, i) => [
        i,
        `row ${i}`,
        null,
        i / 2,
        i % 2 === 0,
        null,
        { i },
      ]);
      await copyRows(tx, 'copy_probe', ['id', 'name', 'note', 'amount', 'flag', 'day', 'data'], many);
      const [row] = await queryRows<{ n: number }>(
        tx as never,
        sql`select count(*)::int as n from copy_probe`,
      );
      return row.n;
    });
    expect(count).toBe(5000);
  });

  it('rolls back with the transaction', async () => {
    await database.db.execute(sql.raw('create temp table copy_kept (id int)'));
    await expect(
      database.db.transaction(async (tx) => {
        await copyRows(tx, 'copy_kept', ['id'], [[1], [2]]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from copy_kept`);
    expect(rows[0].n).toBe(0);
  });

  it('reports a value the column cannot take as an error of the transaction', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(createTable);
        await copyRows(tx, 'copy_probe', ['id'], [['not a number']]);
      }),
    ).rejects.toThrow();
  });
});
