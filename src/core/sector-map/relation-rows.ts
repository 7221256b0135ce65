import {
  actorKey,
  checkColumns,
  type ImportRow,
  normaliseRows,
  type ParseResult,
  type RowError,
  RowReader,
} from './import-cells.ts';
import { TEXT_LIMITS } from './limits.ts';
import {
  OVERSIGHT_KINDS,
  type OversightKind,
  RELATION_STATUSES,
  RELATION_TYPES,
  type RelationStatus,
  type RelationType,
  relationIdentity,
  relationShapeProblem,
} from './relations.ts';

/** Columns of a relation file, in the order exports write them. Actors are named by name or acronym. */
export const RELATION_COLUMNS = ['source', 'target', 'type', 'oversight_kind', 'status', 'evidence'] as const;
export type RelationColumn = (typeof RELATION_COLUMNS)[number];
const REQUIRED_RELATION_COLUMNS = ['source', 'target', 'type'];

export interface RelationRecord {
  row: number;
  sourceActorId: string;
  targetActorId: string;
  type: RelationType;
  oversightKind: OversightKind | null;
  status: RelationStatus;
  evidence: string | null;
}

/** Actor ids by `actorKey` of their name and of their acronym. */
export type ActorsByKey = ReadonlyMap<string, string>;

/** Builds the lookup: names first, so an acronym never hides another actor's name. */
export function indexActorsByKey(
  actors: ReadonlyArray<{ id: string; name: string; acronym: string | null }>,
): Map<string, string> {
  const index = new Map<string, string>();
  for (const actor of actors) index.set(actorKey(actor.name), actor.id);
  for (const actor of actors) {
    if (actor.acronym && !index.has(actorKey(actor.acronym))) index.set(actorKey(actor.acronym), actor.id);
  }
  return index;
}

const SHAPE_FIELD_TO_COLUMN: Record<string, string> = {
  targetActorId: 'target',
  oversightKind: 'oversight_kind',
};

function readRelation(reader: RowReader, actorsByKey: ActorsByKey): RelationRecord | null {
  const resolve = (field: 'source' | 'target') => {
    const reference = reader.requiredText(field, TEXT_LIMITS.name);
    if (reference === null) return null;
    const id = actorsByKey.get(actorKey(reference));
    if (!id) reader.fail(field, `no actor named "${reference}" (by name or acronym)`);
    return id ?? null;
  };
  const sourceActorId = resolve('source');
  const targetActorId = resolve('target');
  const type = reader.code('type', RELATION_TYPES, 'relation type');
  const kindCell = reader.text('oversight_kind', 40);
  const oversightKind = kindCell ? reader.code('oversight_kind', OVERSIGHT_KINDS, 'oversight kind') : null;
  const status = reader.code('status', RELATION_STATUSES, 'status', 'active');
  const evidence = reader.text('evidence', TEXT_LIMITS.evidence);
  if (reader.errors.length > 0 || !sourceActorId || !targetActorId || !type || !status) return null;
  const record = { row: reader.row, sourceActorId, targetActorId, type, oversightKind, status, evidence };
  const problem = relationShapeProblem(record);
  if (problem) {
    reader.fail(SHAPE_FIELD_TO_COLUMN[problem[0]] ?? problem[0], problem[1]);
    return null;
  }
  return record;
}

/**
 * Validates every row of a relation file against the workspace's actors (`actorsByKey`) and the
 * relations it already has (`existing`, as `relationIdentity` keys): typed records, or every problem.
 */
export function parseRelationRows(
  rows: readonly ImportRow[],
  actorsByKey: ActorsByKey,
  existing: ReadonlySet<string> = new Set(),
): ParseResult<RelationRecord> {
  const columnErrors = checkColumns(rows, RELATION_COLUMNS, REQUIRED_RELATION_COLUMNS);
  if (columnErrors.length > 0) return { ok: false, errors: columnErrors };
  const errors: RowError[] = [];
  const records: RelationRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of normaliseRows(rows)) {
    const reader = new RowReader(row, cells);
    const record = readRelation(reader, actorsByKey);
    if (record) {
      const identity = relationIdentity(record);
      const earlier = seen.get(identity);
      if (earlier !== undefined) reader.fail('type', `the same relation is already in row ${earlier}`);
      else if (existing.has(identity)) reader.fail('type', 'this relation already exists in the workspace');
      else {
        seen.set(identity, row);
        records.push(record);
      }
    }
    errors.push(...reader.errors);
  }
  if (records.length === 0 && errors.length === 0) {
    errors.push({ row: 2, field: 'source', message: 'the file has no relation rows' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}
