import {
  ACTOR_CATEGORIES,
  ACTOR_LEVELS,
  type ActorCategory,
  type ActorLevel,
  defaultStatutory,
  NAME_TRANSLATION_LANGUAGES,
  type NameTranslations,
} from './categories.ts';
import {
  actorKey,
  checkColumns,
  type ImportRow,
  normaliseRows,
  type ParseResult,
  type RowError,
  RowReader,
} from './import-cells.ts';
import { headcountProblem, TEXT_LIMITS } from './limits.ts';

/** Columns of an actor file, in the order exports write them. `parent` names another actor. */
export const ACTOR_COLUMNS = [
  'name',
  'acronym',
  'category',
  'statutory',
  'level',
  'region',
  'parent',
  'legal_basis',
  'mandate',
  'headcount_total',
  'headcount_women',
  'name_fr',
  'name_ar',
  'name_es',
  'name_pt',
] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];
const REQUIRED_ACTOR_COLUMNS = ['name', 'category'];

export interface ActorRecord {
  row: number;
  name: string;
  acronym: string | null;
  category: ActorCategory;
  statutory: boolean;
  level: ActorLevel;
  region: string | null;
  /** The parent's name or acronym as written; resolved against the file and the workspace. */
  parentRef: string | null;
  legalBasis: string | null;
  mandate: string | null;
  headcountTotal: number | null;
  headcountWomen: number | null;
  nameTranslations: NameTranslations;
}

/** Names and acronyms already taken in the workspace, keyed by `actorKey`. */
export type ExistingActorKeys = ReadonlySet<string>;

type Report = (row: number, field: string, message: string) => void;

function readActor(reader: RowReader): ActorRecord | null {
  const name = reader.requiredText('name', TEXT_LIMITS.name);
  const category = reader.code('category', ACTOR_CATEGORIES, 'category');
  const level = reader.code('level', ACTOR_LEVELS, 'level', 'national');
  const statutory = reader.flag('statutory', category ? defaultStatutory(category) : true);
  const headcountTotal = reader.count('headcount_total');
  const headcountWomen = reader.count('headcount_women');
  const headcount = headcountProblem(headcountTotal, headcountWomen);
  if (headcount) reader.fail('headcount_women', headcount);
  const nameTranslations: NameTranslations = {};
  for (const language of NAME_TRANSLATION_LANGUAGES) {
    const translated = reader.text(`name_${language}`, TEXT_LIMITS.name);
    if (translated) nameTranslations[language] = translated;
  }
  const record = {
    acronym: reader.text('acronym', TEXT_LIMITS.acronym),
    region: reader.text('region', TEXT_LIMITS.region),
    parentRef: reader.text('parent', TEXT_LIMITS.name),
    legalBasis: reader.text('legal_basis', TEXT_LIMITS.legalBasis),
    mandate: reader.text('mandate', TEXT_LIMITS.mandate),
  };
  if (reader.errors.length > 0 || !name || !category || !level) return null;
  return {
    row: reader.row,
    name,
    category,
    statutory,
    level,
    headcountTotal,
    headcountWomen,
    nameTranslations,
    ...record,
  };
}

/** Duplicate names and acronyms, inside the file and against the workspace. */
function checkUniqueKeys(records: ActorRecord[], existing: ExistingActorKeys, report: Report) {
  const seen = new Map<string, number>();
  for (const record of records) {
    const keys: Array<['name' | 'acronym', string]> = [['name', record.name]];
    if (record.acronym) keys.push(['acronym', record.acronym]);
    for (const [field, value] of keys) {
      const key = actorKey(value);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        report(record.row, field, `"${value}" is already used in row ${earlier}`);
      } else if (existing.has(key)) {
        report(record.row, field, `"${value}" is already the name or acronym of an actor`);
      }
      if (earlier === undefined) seen.set(key, record.row);
    }
  }
}

/** Parents must exist (in the file or the workspace), and parents inside the file must not loop. */
function checkParents(
  records: ActorRecord[],
  declared: ReadonlySet<string>,
  existing: ExistingActorKeys,
  report: Report,
) {
  const inFile = new Map<string, ActorRecord>();
  for (const record of records) {
    inFile.set(actorKey(record.name), record);
    if (record.acronym) inFile.set(actorKey(record.acronym), record);
  }
  for (const record of records) {
    if (!record.parentRef) continue;
    const parentKey = actorKey(record.parentRef);
    // a parent whose own row is invalid is reported on that row, not again here
    if (!declared.has(parentKey) && !existing.has(parentKey)) {
      report(record.row, 'parent', `no actor named "${record.parentRef}" (by name or acronym)`);
      continue;
    }
    const visited = new Set<ActorRecord>([record]);
    for (let next = inFile.get(parentKey); next; ) {
      if (visited.has(next)) {
        report(record.row, 'parent', `"${record.parentRef}" makes the parent chain loop`);
        break;
      }
      visited.add(next);
      next = next.parentRef ? inFile.get(actorKey(next.parentRef)) : undefined;
    }
  }
}

/**
 * Validates every row of an actor file before anything is written: returns the typed records, or
 * every problem found (row and field named) when there is at least one.
 */
export function parseActorRows(
  rows: readonly ImportRow[],
  existing: ExistingActorKeys = new Set(),
): ParseResult<ActorRecord> {
  const columnErrors = checkColumns(rows, ACTOR_COLUMNS, REQUIRED_ACTOR_COLUMNS);
  if (columnErrors.length > 0) return { ok: false, errors: columnErrors };
  const errors: RowError[] = [];
  const records: ActorRecord[] = [];
  const declared = new Set<string>();
  for (const { row, cells } of normaliseRows(rows)) {
    for (const field of ['name', 'acronym'])
      if (cells.get(field)) declared.add(actorKey(cells.get(field) ?? ''));
    const reader = new RowReader(row, cells);
    const record = readActor(reader);
    errors.push(...reader.errors);
    if (record) records.push(record);
  }
  const report: Report = (row, field, message) => errors.push({ row, field, message });
  checkUniqueKeys(records, existing, report);
  checkParents(records, declared, existing, report);
  if (records.length === 0 && errors.length === 0) {
    errors.push({ row: 2, field: 'name', message: 'the file has no actor rows' });
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, records };
}
