import { AppError } from '../../../core/errors/app-error.ts';

/**
 * Helpers shared by the results, indicators and targets services: ids named in a body, and what the
 * audit log records of a row.
 */

/** Refuses with 400 naming `field.index` and the id when a listed id is not found by `lookup`. */
export async function requireKnownIds(
  field: string,
  ids: readonly string[] | undefined,
  problem: string,
  lookup: (wanted: string[]) => Promise<Array<{ id: string }>>,
) {
  if (!ids || ids.length === 0) return;
  const known = new Set((await lookup([...new Set(ids)])).map((row) => row.id));
  const index = ids.findIndex((value) => !known.has(value));
  if (index < 0) return;
  const path = `${field}.${index}`;
  throw new AppError('bad_request', `${path}: ${problem}`, { field: path, id: ids[index] });
}

/** What the audit log records of a row: its own fields, without its id, workspace, timestamps or version. */
export function auditedRow(row: {
  id: string;
  workspaceId: string;
  createdAt: Date;
  updatedAt: Date;
  rowVersion: number;
}) {
  const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, rowVersion: _v, ...fields } = row;
  return fields;
}

export const badRequest = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('bad_request', `${field}: ${message}`, { field, ...details });

export const conflict = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('conflict', `${field}: ${message}`, { field, ...details });
