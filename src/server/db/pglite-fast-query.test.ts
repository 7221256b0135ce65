import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speedUpQueries } from './pglite-fast-query.ts';

/** The one-call query path answers exactly as PGlite's own `query()` does. */
let fast: PGlite;
let plain: PGlite;
const SCHEMA = `
  create table items (
    id text primary key, n integer, ok boolean, at timestamptz, data jsonb, tags text[], note text
  );`;

beforeAll(async () => {
  fast = new PGlite();
  plain = new PGlite();
  await Promise.all([fast.waitReady, plain.waitReady]);
  speedUpQueries(fast);
  await Promise.all([fast.exec(SCHEMA), plain.exec(SCHEMA)]);
});
afterAll(async () => {
  await Promise.all([fast.close(), plain.close()]);
});

const both = async (text: string, params: unknown[] = [], options?: Parameters<PGlite['query']>[2]) => {
  const [a, b] = await Promise.all([fast.query(text, params, options), plain.query(text, params, options)]);
  return { fast: a, plain: b };
};

describe('speedUpQueries', () => {
  it('stores and reads every kind of value as PGlite does, nulls included', async () => {
    const insert = 'insert into items (id, n, ok, at, data, tags, note) values ($1, $2, $3, $4, $5, $6, $7)';
    const rows = [
      [
        'a',
        1,
        true,
        new Date('2026-01-02T03:04:05.678Z'),
        { x: [1, 'two'] },
        ['p', 'q,r', 'with "quote"'],
        'é',
      ],
      ['b', null, false, null, null, [], null],
    ];
    for (const row of rows) {
      const result = await both(insert, row);
      expect(result.fast).toEqual(result.plain);
      expect(result.fast.affectedRows).toBe(1);
    }
    const select = await both('select * from items where id = any($1) order by id', [['a', 'b']]);
    expect(select.fast).toEqual(select.plain);
    expect(select.fast.rows[0]).toMatchObject({ id: 'a', n: 1, ok: true, data: { x: [1, 'two'] } });
    const arrays = await both('select id, at from items order by id', [], {
      rowMode: 'array',
      parsers: { 1184: (value: string) => `raw:${value}` },
    });
    expect(arrays.fast).toEqual(arrays.plain);
    expect(String(arrays.fast.rows[0])).toMatch(/^a,raw:2026-01-02/);
  });

  it('counts changed rows and reports database errors with the query attached', async () => {
    const update = await both('update items set note = $1 where id in ($2, $3)', ['changed', 'a', 'b']);
    expect(update.fast).toEqual(update.plain);
    expect(update.fast.affectedRows).toBe(2);
    const duplicate = fast.query('insert into items (id) values ($1)', ['a']);
    await expect(duplicate).rejects.toMatchObject({
      code: '23505',
      query: 'insert into items (id) values ($1)',
    });
    expect((await fast.query('select count(*)::int as n from items')).rows).toEqual([{ n: 2 }]);
  });

  it('waits for a transaction in progress instead of running inside it', async () => {
    const count = 'select count(*)::int as n from items where id = $1';
    expect((await fast.query(count, ['in-transaction'])).rows).toEqual([{ n: 0 }]);
    let inserted = () => {};
    const insertDone = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = fast.transaction(async (tx) => {
      await tx.query('insert into items (id) values ($1)', ['in-transaction']);
      inserted();
      await held;
      await tx.rollback();
    });
    await insertDone;
    const outside = fast.query<{ n: number }>(count, ['in-transaction']);
    // Give a query that ignored the transaction's lock every chance to run inside it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });

  it('describes a statement again after a schema change, made directly or in a transaction', async () => {
    const text = 'select n from items where n = $1';
    expect((await fast.query(text, [1])).rows).toEqual([{ n: 1 }]);
    await fast.exec('alter table items alter column n type text');
    expect((await fast.query(text, ['1'])).rows).toEqual([{ n: '1' }]);
    await fast.transaction(async (tx) => {
      await tx.query('alter table items alter column n type integer using n::integer');
    });
    expect((await fast.query(text, [1])).rows).toEqual([{ n: 1 }]);
  });

  it('keeps answering past the number of statements it keeps prepared', async () => {
    for (let i = 0; i < 520; i++) {
      const { rows } = await fast.query<{ n: number }>(`select $1::int + ${i} as n`, [1]);
      expect(rows).toEqual([{ n: 1 + i }]);
    }
    expect((await fast.query('select $1::int + 0 as n', [5])).rows).toEqual([{ n: 5 }]);
  });
});
