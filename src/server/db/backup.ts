import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { getTableName, sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../../core/errors/app-error.ts';
import { type Database, MIGRATIONS_DIR, queryRows } from './client.ts';
import {
  DATA_BEGIN,
  DATA_END,
  DUMP_MAGIC,
  orderByDependencies,
  quoteIdent,
  quoteLiteral,
  SCHEMA_BEGIN,
  SCHEMA_END,
  STATEMENT_BREAK,
} from './dump-format.ts';
import { sessions, verifications } from './schema/index.ts';

export type Progress = (done: number, total: number, label: string) => void;

const BATCH = 500;

async function listTables(db: Database['db']) {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const edges = await queryRows<{ from: string; to: string }>(
    db,
    sql`select c.conrelid::regclass::text as "from", c.confrelid::regclass::text as "to"
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const clean = (name: string) => name.replace(/^public\./, '').replace(/"/g, '');
  return orderByDependencies(
    tables.map((t) => t.name),
    edges.map((e) => ({ from: clean(e.from), to: clean(e.to) })),
  );
}

/**
 * Columns that point at their own table (a unit's parent unit) and the table's primary key:
 * such rows are inserted with those columns empty and linked afterwards, so that no batch
 * ever names a parent that a later batch inserts.
 */
async function selfReferences(db: Database['db'], table: string) {
  const relation = `public.${quoteIdent(table)}`;
  const links = await queryRows<{ name: string }>(
    db,
    sql`select a.attname as name from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'f' and c.conrelid = c.confrelid and c.conrelid = ${relation}::regclass`,
  );
  const keys = await queryRows<{ name: string }>(
    db,
    sql`select a.attname as name from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indisprimary and i.indrelid = ${relation}::regclass`,
  );
  return { links: links.map((l) => l.name), key: keys.length === 1 ? keys[0].name : null };
}

async function columnsOf(db: Database['db'], table: string) {
  return queryRows<{ name: string; serial: boolean }>(
    db,
    sql`select column_name as name, coalesce(column_default like 'nextval(%', false) as serial
        from information_schema.columns where table_schema = 'public' and table_name = ${table}
        order by ordinal_position`,
  );
}

export interface BackupOptions {
  /** Leave out sign-in sessions and verification tokens: a restore then signs everyone out. */
  withoutSessions?: boolean;
}

/** Tables whose rows are bearer secrets of the moment, not records. */
const SESSION_TABLES = new Set<string>([getTableName(sessions), getTableName(verifications)]);

/**
 * Writes the whole database (schema as migrations, then data) to a SQL file in one consistent
 * snapshot. The file holds password hashes and more: it is readable by its owner only (0600),
 * an existing file included.
 */
export async function backupDatabase(
  database: Database,
  outPath: string,
  progress?: Progress,
  options: BackupOptions = {},
) {
  const file = await open(outPath, 'w', 0o600);
  await file.chmod(0o600);
  const out = file.createWriteStream({ encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let total = 0;
  await database.db.transaction(
    async (tx) => {
      const tables = (await listTables(tx)).filter(
        (table) => !(options.withoutSessions && SESSION_TABLES.has(table)),
      );
      const counts = new Map<string, number>();
      for (const table of tables) {
        const [row] = await queryRows<{ n: number }>(
          tx,
          sql.raw(`select count(*)::int as n from ${quoteIdent(table)}`),
        );
        counts.set(table, row.n);
        total += row.n;
      }
      const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR });
      await write(
        `${DUMP_MAGIC}\n-- Custodes backup, taken ${new Date().toISOString()} from ${database.kind}\n-- rows: ${total}\n-- Restore with: custodes restore FILE (or psql -1 -f FILE into an empty database)\n`,
      );
      await write(`${SCHEMA_BEGIN}\n`);
      for (const migration of migrations) {
        await write(
          `${migration.sql.map((stmt) => stmt.trim()).join(`\n${STATEMENT_BREAK}\n`)}\n${STATEMENT_BREAK}\n`,
        );
      }
      await write(
        `CREATE SCHEMA IF NOT EXISTS drizzle;\n${STATEMENT_BREAK}\nCREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);\n`,
      );
      for (const migration of migrations) {
        await write(
          `${STATEMENT_BREAK}\nINSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('${migration.hash}', ${migration.folderMillis});\n`,
        );
      }
      await write(`${SCHEMA_END}\n${DATA_BEGIN}\n`);
      let done = 0;
      for (const table of tables) {
        const columns = await columnsOf(tx, table);
        const columnList = columns.map((c) => quoteIdent(c.name)).join(', ');
        const selectList = columns.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
        const orderBy = columns.map((_, i) => i + 1).join(', ');
        const { links, key } = await selfReferences(tx, table);
        const deferred = key ? links : [];
        const pending: string[] = [];
        // One sorted read per table through a cursor, fetched in batches (paging by offset would sort
        // the whole table again for every batch).
        await tx.execute(
          sql.raw(
            `declare backup_rows no scroll cursor for select ${selectList} from ${quoteIdent(table)} order by ${orderBy}`,
          ),
        );
        for (let fetched = 0; fetched < (counts.get(table) ?? 0); fetched += BATCH) {
          const rows = await queryRows<Record<string, string | null>>(
            tx,
            sql.raw(`fetch ${BATCH} from backup_rows`),
          );
          if (rows.length === 0) break;
          const values = rows
            .map(
              (row) =>
                `(${columns.map((c) => quoteLiteral(deferred.includes(c.name) ? null : row[c.name])).join(', ')})`,
            )
            .join(', ');
          await write(`INSERT INTO ${quoteIdent(table)} (${columnList}) VALUES ${values};\n`);
          for (const row of rows) {
            const set = deferred.filter((column) => row[column] !== null);
            if (!key || set.length === 0) continue;
            const assignments = set
              .map((column) => `${quoteIdent(column)} = ${quoteLiteral(row[column])}`)
              .join(', ');
            pending.push(
              `UPDATE ${quoteIdent(table)} SET ${assignments} WHERE ${quoteIdent(key)} = ${quoteLiteral(row[key])};\n`,
            );
          }
          done += rows.length;
          progress?.(done, total, table);
        }
        await tx.execute(sql.raw('close backup_rows'));
        for (const statement of pending) await write(statement);
        for (const column of columns.filter((c) => c.serial)) {
          const name = `${quoteIdent(table)}`;
          await write(
            `SELECT setval(pg_get_serial_sequence('${name}', '${column.name}'), coalesce((SELECT max(${quoteIdent(column.name)}) FROM ${name}), 0) + 1, false);\n`,
          );
        }
      }
      await write(`${DATA_END}\n`);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  out.end();
  await once(out, 'finish');
  return { rows: total };
}

async function hasMigrationTable(db: Database['db']): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  return rows[0].n > 0;
}

/**
 * Restores a backup into an empty database, all or nothing. A database with no schema gets the
 * dump's own schema (then newer migrations); one already migrated must be at the dump's level.
 */
export async function restoreDatabase(database: Database, inPath: string, progress?: Progress) {
  const lines = createInterface({
    input: createReadStream(inPath, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done || first.value !== DUMP_MAGIC) {
    throw new AppError('bad_request', `${inPath}: not a Custodes backup (line 1 must be "${DUMP_MAGIC}")`);
  }
  const freshDatabase = !(await hasMigrationTable(database.db));
  if (!freshDatabase) await ensureEmpty(database);
  let total = 0;
  let done = 0;
  let lineNumber = 1;
  let section: 'header' | 'schema' | 'between' | 'data' | 'end' = 'header';
  let schemaText = '';
  await database.db.transaction(async (tx) => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value;
      lineNumber += 1;
      if (section === 'header') {
        const rows = /^-- rows: (\d+)$/.exec(line);
        if (rows) total = Number(rows[1]);
        if (line === SCHEMA_BEGIN) section = 'schema';
      } else if (section === 'schema') {
        if (line !== SCHEMA_END) {
          schemaText += `${line}\n`;
          continue;
        }
        if (freshDatabase) {
          for (const statement of schemaText.split(STATEMENT_BREAK)) {
            if (statement.trim()) await tx.execute(sql.raw(statement));
          }
        } else {
          await ensureSameMigrations(tx, schemaText);
        }
        section = 'between';
      } else if (line === DATA_BEGIN) {
        section = 'data';
      } else if (line === DATA_END) {
        section = 'end';
      } else if (section === 'data' && line.trim()) {
        try {
          await tx.execute(sql.raw(line));
        } catch (error) {
          throw new AppError('bad_request', `${inPath} line ${lineNumber}: ${(error as Error).message}`);
        }
        if (line.startsWith('INSERT')) {
          done += (line.match(/\), \(/g)?.length ?? 0) + 1;
          progress?.(done, total, 'rows');
        }
      }
    }
    if (section !== 'end')
      throw new AppError('bad_request', `${inPath}: the backup is truncated (no end marker)`);
  });
  await database.migrate();
  return { rows: done };
}

async function ensureEmpty(database: Database) {
  const [row] = await queryRows<{ users: number; workspaces: number }>(
    database.db,
    sql`select (select count(*)::int from users) as users, (select count(*)::int from workspaces) as workspaces`,
  );
  if (row.users > 0 || row.workspaces > 0) {
    throw new AppError(
      'conflict',
      `restore needs an empty database, and this one has ${row.users} users and ${row.workspaces} workspaces`,
    );
  }
}

async function ensureSameMigrations(db: Database['db'], schemaText: string) {
  const wanted = [
    ...schemaText.matchAll(/__drizzle_migrations \(hash, created_at\) VALUES \('([0-9a-f]+)'/g),
  ].map((m) => m[1]);
  const present = (
    await queryRows<{ hash: string }>(
      db,
      sql`select hash from drizzle.__drizzle_migrations order by created_at`,
    )
  ).map((row) => row.hash);
  if (wanted.join() !== present.join()) {
    throw new AppError(
      'conflict',
      `the backup was taken at schema version ${wanted.length} and this database is at ${present.length}: restore into a database with no schema at all`,
    );
  }
}
