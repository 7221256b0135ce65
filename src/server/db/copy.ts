import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from './client.ts';

/** A value COPY can take: null is SQL NULL, objects and arrays are written as JSON (for jsonb columns). */
export type CopyValue = string | number | boolean | Date | null | undefined | object;

// biome-ignore lint/suspicious/noExplicitAny: any drizzle transaction, whichever driver
type AnyTransaction = PgTransaction<any, any, any> | Db;

interface PgliteLikeClient {
  query(text: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown>;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** One CSV field as PostgreSQL's CSV format reads it: an unquoted empty field is NULL, a quoted one is ''. */
export function csvField(value: CopyValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY: ${value} is not a storable number`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvLine(row: readonly CopyValue[]): string {
  return `${row.map(csvField).join(',')}\n`;
}

/**
 * Bulk-inserts rows into `table` with COPY, inside the caller's transaction (so they roll back with it):
 * on PGlite `COPY … FROM '/dev/blob'` with the CSV as the query's blob, on PostgreSQL `COPY … FROM STDIN`
 * on the transaction's own pooled connection. Returns the number of rows copied.
 */
export async function copyRows(
  tx: AnyTransaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[],
): Promise<number> {
  if (rows.length === 0) return 0;
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`COPY ${table}: a row has ${row.length} values for ${columns.length} columns`);
  }
  const target = `${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})`;
  const client = (tx as unknown as { session: { client: unknown } }).session.client;
  if (isPgClient(client)) {
    const stream = client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`));
    await pipeline(Readable.from(csvChunks(rows)), stream);
    return rows.length;
  }
  const csv = new Blob(Array.from(csvChunks(rows)), { type: 'text/csv' });
  await (client as PgliteLikeClient).query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`, [], {
    blob: csv,
  });
  return rows.length;
}

/**
 * Starts a COPY of data already in PostgreSQL's binary COPY format (signature, tuples, trailer) and
 * returns without waiting for it: on PostgreSQL the bytes are handed to the connection, which sends them
 * whenever the caller yields, so the server loads them while the caller prepares the next ones; PGlite
 * reads them as the query's blob.
 * The caller must await the returned promise before it sends anything else on this transaction.
 */
export function startCopyBinary(
  tx: AnyTransaction,
  table: string,
  columns: readonly string[],
  data: Uint8Array,
): Promise<void> {
  const target = `${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})`;
  const client = (tx as unknown as { session: { client: unknown } }).session.client;
  if (!isPgClient(client)) {
    const blob = new Blob([data as BlobPart]);
    return (client as PgliteLikeClient)
      .query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT binary)`, [], { blob })
      .then(() => undefined);
  }
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT binary)`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  stream.end(data);
  return done;
}

/** node-postgres clients (pooled or not) have a connection; PGlite and its transactions do not. */
function isPgClient(client: unknown): client is PoolClient {
  return typeof client === 'object' && client !== null && 'connection' in client;
}

/** The CSV in chunks of a few hundred rows, so a large batch is never one huge string. */
function* csvChunks(rows: readonly (readonly CopyValue[])[]): Generator<string> {
  const chunkRows = 500;
  for (let start = 0; start < rows.length; start += chunkRows) {
    let chunk = '';
    for (const row of rows.slice(start, start + chunkRows)) chunk += csvLine(row);
    yield chunk;
  }
}
