import { randomUUID } from 'node:crypto';
import { ACTOR_COLUMNS, type ActorRecord, parseActorRows } from '../../../core/sector-map/actor-rows.ts';
import { actorKey } from '../../../core/sector-map/import-cells.ts';
import {
  indexActorsByKey,
  parseRelationRows,
  RELATION_COLUMNS,
  type RelationRecord,
} from '../../../core/sector-map/relation-rows.ts';
import { relationIdentity } from '../../../core/sector-map/relations.ts';
import type { Db } from '../../db/client.ts';
import { actorRelations, actors } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';
import { authorize, type WorkspaceActor } from '../workspaces/membership.ts';
import { relationShapeOf } from './presenters.ts';
import { selectActors, selectRelations } from './repo.ts';
import {
  type ExportCell,
  readSpreadsheet,
  rejectRows,
  type SpreadsheetFormat,
  writeCsv,
  writeXlsx,
} from './spreadsheet.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_BATCH = 500;

async function insertInBatches<T>(items: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += INSERT_BATCH) {
    await insert(items.slice(start, start + INSERT_BATCH));
  }
}

/** Parents before their sub-units, so each batch only points at rows already inserted. */
function parentsFirst<T extends { id: string; parentId: string | null }>(rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const depth = (row: T, seen = new Set<string>()): number => {
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (!parent || seen.has(row.id)) return 0;
    seen.add(row.id);
    return 1 + depth(parent, seen);
  };
  return rows
    .map((row) => ({ row, depth: depth(row) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ row }) => row);
}

/**
 * Inserts validated actor records inside the caller's transaction, with one audit entry for the
 * whole batch. `parent` references resolve to the new rows first, then to the workspace's actors.
 */
export async function insertActorRecords(
  tx: Db,
  actor: WorkspaceActor,
  records: ActorRecord[],
  fileName: string,
) {
  const existing = await selectActors(tx, actor.workspace.id);
  const ids = records.map(() => randomUUID());
  const index = indexActorsByKey([
    ...records.map((record, i) => ({ id: ids[i], name: record.name, acronym: record.acronym })),
    ...existing,
  ]);
  const rows = records.map(({ row: _row, parentRef, ...record }, i) => ({
    ...record,
    id: ids[i],
    workspaceId: actor.workspace.id,
    parentId: parentRef ? (index.get(actorKey(parentRef)) ?? null) : null,
  }));
  await insertInBatches(parentsFirst(rows), (batch) => tx.insert(actors).values(batch));
  await appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    action: 'actor.import',
    entityType: 'actor',
    entityId: null,
    after: { count: rows.length, fileName },
  });
  return rows;
}

export async function insertRelationRecords(
  tx: Db,
  actor: WorkspaceActor,
  records: RelationRecord[],
  fileName: string,
) {
  const rows = records.map(({ row: _row, ...record }) => ({
    ...record,
    id: randomUUID(),
    workspaceId: actor.workspace.id,
  }));
  await insertInBatches(rows, (batch) => tx.insert(actorRelations).values(batch));
  await appendAudit(tx, {
    workspaceId: actor.workspace.id,
    actorId: actor.user.id,
    action: 'actor_relation.import',
    entityType: 'actor_relation',
    entityId: null,
    after: { count: rows.length, fileName },
  });
  return rows;
}

/** Validates every row first; any problem rejects the whole file (422) and nothing is written. */
export async function importActors(options: { db: Db; actor: WorkspaceActor; file: UploadedFile }) {
  const { db, actor, file } = options;
  authorize(actor, 'sector-map:write');
  const rows = await readSpreadsheet(file, 'actors');
  const existing = await selectActors(db, actor.workspace.id);
  const taken = new Set(
    existing.flatMap((row) => [row.name, row.acronym ?? ''].filter(Boolean).map(actorKey)),
  );
  const parsed = parseActorRows(rows, taken);
  if (!parsed.ok) return rejectRows(parsed.errors);
  const inserted = await db.transaction((tx) => insertActorRecords(tx, actor, parsed.records, file.name));
  return { imported: inserted.length };
}

export async function importRelations(options: { db: Db; actor: WorkspaceActor; file: UploadedFile }) {
  const { db, actor, file } = options;
  authorize(actor, 'sector-map:write');
  const rows = await readSpreadsheet(file, 'relations');
  const [existingActors, existingRelations] = await Promise.all([
    selectActors(db, actor.workspace.id),
    selectRelations(db, actor.workspace.id),
  ]);
  const parsed = parseRelationRows(
    rows,
    indexActorsByKey(existingActors),
    new Set(existingRelations.map((relation) => relationIdentity(relationShapeOf(relation)))),
  );
  if (!parsed.ok) return rejectRows(parsed.errors);
  const inserted = await db.transaction((tx) => insertRelationRecords(tx, actor, parsed.records, file.name));
  return { imported: inserted.length };
}

async function encode(
  format: SpreadsheetFormat,
  sheet: string,
  columns: readonly string[],
  rows: ExportCell[][],
) {
  return format === 'xlsx' ? writeXlsx(sheet, columns, rows) : writeCsv(columns, rows);
}

/** The columns the import reads, so an export loads back unchanged (into this or another workspace). */
export async function exportActors(options: { db: Db; actor: WorkspaceActor; format: SpreadsheetFormat }) {
  authorize(options.actor, 'workspace:read');
  const rows = await selectActors(options.db, options.actor.workspace.id);
  const nameOf = new Map(rows.map((row) => [row.id, row.name]));
  const table = rows.map((row) => {
    const cells: Record<(typeof ACTOR_COLUMNS)[number], ExportCell> = {
      name: row.name,
      acronym: row.acronym,
      category: row.category,
      statutory: row.statutory ? 'yes' : 'no',
      level: row.level,
      region: row.region,
      parent: row.parentId ? (nameOf.get(row.parentId) ?? null) : null,
      legal_basis: row.legalBasis,
      mandate: row.mandate,
      headcount_total: row.headcountTotal,
      headcount_women: row.headcountWomen,
      name_fr: row.nameTranslations.fr ?? null,
      name_ar: row.nameTranslations.ar ?? null,
      name_es: row.nameTranslations.es ?? null,
      name_pt: row.nameTranslations.pt ?? null,
    };
    return ACTOR_COLUMNS.map((column) => cells[column]);
  });
  return encode(options.format, 'actors', ACTOR_COLUMNS, table);
}

export async function exportRelations(options: { db: Db; actor: WorkspaceActor; format: SpreadsheetFormat }) {
  authorize(options.actor, 'workspace:read');
  const [actorRows, relationRows] = await Promise.all([
    selectActors(options.db, options.actor.workspace.id),
    selectRelations(options.db, options.actor.workspace.id),
  ]);
  // Names, not acronyms: names are unique and the import looks names up first.
  const nameOf = new Map(actorRows.map((row) => [row.id, row.name]));
  const table = relationRows.map((row) => [
    nameOf.get(row.sourceActorId) ?? '',
    nameOf.get(row.targetActorId) ?? '',
    row.type,
    row.oversightKind,
    row.status,
    row.evidence,
  ]);
  return encode(options.format, 'relations', RELATION_COLUMNS, table);
}
