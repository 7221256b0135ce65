import { AppError } from '../../../core/errors/app-error.ts';

/**
 * Helpers shared by the results, indicators and targets services: what the audit log records of a row,
 * and 400/409 errors naming the field.
 */

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
