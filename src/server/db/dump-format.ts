/** The text format of `custodes backup`: plain PostgreSQL SQL, one data statement per line. */
export const DUMP_MAGIC = '-- custodes-sql-dump 1';
export const SCHEMA_BEGIN = '-- custodes:schema-begin';
export const SCHEMA_END = '-- custodes:schema-end';
export const DATA_BEGIN = '-- custodes:data-begin';
export const DATA_END = '-- custodes:data-end';
export const STATEMENT_BREAK = '--> statement-breakpoint';

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A value as an escape-string literal on a single line (newlines become \n), so a restore can
 * read the dump line by line. Untyped literals take the column's type on insert.
 */
export function quoteLiteral(value: string | null): string {
  if (value === null) return 'NULL';
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `E'${escaped}'`;
}

/** Orders tables so that every table comes after the tables its foreign keys point at. */
export function orderByDependencies(tables: string[], edges: Array<{ from: string; to: string }>): string[] {
  const remaining = new Set(tables);
  const ordered: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining]
      .filter(
        (table) => !edges.some((edge) => edge.from === table && edge.to !== table && remaining.has(edge.to)),
      )
      .sort();
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among: ${[...remaining].join(', ')}`);
    for (const table of ready) {
      ordered.push(table);
      remaining.delete(table);
    }
  }
  return ordered;
}
