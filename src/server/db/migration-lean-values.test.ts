import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './client.ts';

// Migration 0013 moves the wide monitoring_data_values table into monitoring_values behind a view of the
// same name: the values read back through the view exactly as they were stored.

const folder = mkdtempSync(join(tmpdir(), 'custodes-migrations-'));
let client: PGlite;

/** The migrations up to and including `last` (by journal index), in a folder of their own. */
function migrationsUpTo(last: number): string {
  const target = join(folder, `upto-${last}`);
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  const journalFile = join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.filter((entry: { idx: number }) => entry.idx <= last);
  writeFileSync(journalFile, JSON.stringify(journal));
  return target;
}

const rows = async <T>(query: string) => (await client.query<T>(query)).rows;

beforeAll(async () => {
  client = new PGlite();
  await migrate(drizzle(client), { migrationsFolder: migrationsUpTo(11) });
  await client.exec(`
    insert into users (id, name, email, email_verified, created_at, updated_at)
      values ('u1', 'Ana', 'ana@example.org', true, now(), now());
    insert into workspaces (id, name, slug) values ('w1', 'One', 'one'), ('w2', 'Two', 'two');
    insert into monitoring_org_units (id, workspace_id, code, name, path, level)
      values ('ou1', 'w1', 'N', 'North', '/ou1/', 1), ('ou2', 'w2', 'S', 'South', '/ou2/', 1);
    insert into monitoring_data_elements (id, workspace_id, code, name)
      values ('de1', 'w1', 'A', 'Arrests'), ('de2', 'w2', 'B', 'Bail');
    insert into monitoring_data_values (workspace_id, data_element_id, org_unit_id, period, period_start,
        period_end, category_option_combo, value, comment, stored_by, updated_at) values
      ('w1', 'de1', 'ou1', '2026Q1', '2026-01-01', '2026-03-31', 'default', 12, 'checked', 'u1', '2026-04-02T10:00:00Z'),
      ('w1', 'de1', 'ou1', '202604', '2026-04-01', '2026-04-30', 'F', 3.5, null, 'u1', '2026-05-01T08:00:00Z'),
      ('w2', 'de2', 'ou2', '2026Q1', '2026-01-01', '2026-03-31', 'default', 7, null, null, '2026-04-02T10:00:00Z');
  `);
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
});

afterAll(async () => {
  await client.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('migration to lean monitoring values', () => {
  it('keeps every value, key, comment, author and time, per workspace', async () => {
    const view = await rows<Record<string, unknown>>(
      `select workspace_id, data_element_id, org_unit_id, period, period_start::text, period_end::text,
              category_option_combo, value, comment, stored_by, updated_at::text
       from monitoring_data_values order by workspace_id, period`,
    );
    expect(view).toEqual([
      {
        workspace_id: 'w1',
        data_element_id: 'de1',
        org_unit_id: 'ou1',
        period: '202604',
        period_start: '2026-04-01',
        period_end: '2026-04-30',
        category_option_combo: 'F',
        value: 3.5,
        comment: null,
        stored_by: 'u1',
        updated_at: '2026-05-01 08:00:00+00',
      },
      {
        workspace_id: 'w1',
        data_element_id: 'de1',
        org_unit_id: 'ou1',
        period: '2026Q1',
        period_start: '2026-01-01',
        period_end: '2026-03-31',
        category_option_combo: 'default',
        value: 12,
        comment: 'checked',
        stored_by: 'u1',
        updated_at: '2026-04-02 10:00:00+00',
      },
      {
        workspace_id: 'w2',
        data_element_id: 'de2',
        org_unit_id: 'ou2',
        period: '2026Q1',
        period_start: '2026-01-01',
        period_end: '2026-03-31',
        category_option_combo: 'default',
        value: 7,
        comment: null,
        stored_by: null,
        updated_at: '2026-04-02 10:00:00+00',
      },
    ]);
    expect(await rows(`select count(*)::int as n from monitoring_values`)).toEqual([{ n: 3 }]);
    expect(await rows(`select count(*)::int as n from monitoring_periods`)).toEqual([{ n: 2 }]);
  });

  it('numbers existing units and elements, and new ones after them', async () => {
    await client.exec(
      `insert into monitoring_org_units (id, workspace_id, code, name, path, level) values ('ou3', 'w1', 'E', 'East', '/ou3/', 1)`,
    );
    const nums = await rows<{ id: string; num: number }>(
      `select id, num from monitoring_org_units order by num`,
    );
    expect(nums.map((row) => row.id)).toEqual(['ou1', 'ou2', 'ou3']);
    expect(new Set(nums.map((row) => row.num)).size).toBe(3);
  });
});
