import { and, eq, ne, sql } from 'drizzle-orm';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Db } from '../../db/client.ts';
import type {
  monitoringCategories,
  monitoringDataElements,
  monitoringDataSets,
  monitoringOrgUnits,
} from '../../db/schema/monitoring.ts';
import { appendAudit } from '../audit/repo.ts';
import type { WorkspaceActor } from '../workspaces/membership.ts';

/** What the four metadata services share: code uniqueness, lookups, audit entries. */

export interface MetadataOptions {
  db: Db;
  actor: WorkspaceActor;
}

type MetaTable =
  | typeof monitoringOrgUnits
  | typeof monitoringCategories
  | typeof monitoringDataElements
  | typeof monitoringDataSets;

/** Codes are unique per workspace whatever their case: a taken one is a 409 naming `code`. */
export async function requireFreeCode(
  tx: Db,
  table: MetaTable,
  workspaceId: string,
  code: string | undefined,
  exceptId?: string,
) {
  if (code === undefined) return;
  const conditions = [eq(table.workspaceId, workspaceId), sql`lower(${table.code}) = lower(${code})`];
  if (exceptId) conditions.push(ne(table.id, exceptId));
  const [taken] = await tx
    .select({ id: table.id })
    .from(table as typeof monitoringOrgUnits)
    .where(and(...conditions))
    .limit(1);
  if (taken)
    throw new AppError('conflict', `code: "${code}" is already used in this workspace`, {
      field: 'code',
      id: taken.id,
    });
}

/** Row fields worth recording in the audit log (no ids, timestamps or versions). */
export function audited<T extends { id: string; workspaceId: string; createdAt: Date; updatedAt: Date }>(
  row: T,
) {
  const {
    id: _id,
    workspaceId: _w,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = row as T & { rowVersion?: number };
  const { rowVersion: _v, ...rest } = fields as typeof fields & { rowVersion?: number };
  return rest as Record<string, unknown>;
}

export type MetadataEntity =
  | 'monitoring_org_unit'
  | 'monitoring_category'
  | 'monitoring_data_element'
  | 'monitoring_data_set';

export function auditMetadata(
  tx: Db,
  actor: WorkspaceActor,
  entry: {
    entityType: MetadataEntity;
    verb: 'create' | 'update' | 'delete' | 'import';
    entityId: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
) {
  return appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    action: `${entry.entityType}.${entry.verb}`,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** The first id of `wanted` not in `known`: a 400 naming `field.index` and the id. */
export function requireKnownIds(
  field: string,
  wanted: readonly string[] | undefined,
  known: Set<string>,
  what: string,
) {
  const index = (wanted ?? []).findIndex((value) => !known.has(value));
  if (index < 0 || !wanted) return;
  const path = `${field}.${index}`;
  throw new AppError('bad_request', `${path}: no ${what} "${wanted[index]}" in this workspace`, {
    field: path,
    id: wanted[index] ?? null,
  });
}

export const uniqueList = (list: string[] | undefined) => (list ? [...new Set(list)] : undefined);
