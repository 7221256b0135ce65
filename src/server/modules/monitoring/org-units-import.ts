import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { NAME_TRANSLATION_LANGUAGES, type NameTranslations } from '../../../core/sector-map/categories.ts';
import {
  actorKey,
  checkColumns,
  type ImportRow,
  normaliseRows,
  type RowError,
} from '../../../core/sector-map/import-cells.ts';
import { actors, monitoringOrgUnits } from '../../db/schema/index.ts';
import { rejectRows } from '../sector-map/spreadsheet.ts';
import { nextVersion } from '../shared/row-version.ts';
import { authorize } from '../workspaces/membership.ts';
import { auditMetadata, type MetadataOptions } from './metadata-common.ts';
import { CodeField } from './metadata-schemas.ts';

/**
 * Org units from a sheet with columns code, name, parent (the parent's code), actor (an institution of
 * the sector map by name or acronym) and name_fr … name_pt. Rows may come in any order. A code already
 * in the workspace renames that unit (its parent must stay the same). All or nothing.
 */

const TRANSLATION_COLUMNS = NAME_TRANSLATION_LANGUAGES.map((language) => `name_${language}`);
export const ORG_UNIT_COLUMNS = ['code', 'name', 'parent', 'actor', ...TRANSLATION_COLUMNS];

interface Parsed {
  row: number;
  code: string;
  name: string;
  parentCode: string;
  actorId: string | null;
  nameTranslations: NameTranslations;
}

type Existing = typeof monitoringOrgUnits.$inferSelect;

export async function importOrgUnits({
  db,
  actor,
  rows,
  fileName,
}: MetadataOptions & { rows: ImportRow[]; fileName: string }) {
  authorize(actor, 'monitoring:configure');
  const ws = actor.workspace.id;
  const records = normaliseRows(rows);
  if (records.length === 0) rejectRows([{ row: 1, field: 'file', message: 'has no rows to import' }]);
  const columnErrors = checkColumns(rows, ORG_UNIT_COLUMNS, ['code', 'name']);
  if (columnErrors.length > 0) rejectRows(columnErrors);

  return db.transaction(async (tx) => {
    const existing = await tx
      .select()
      .from(monitoringOrgUnits)
      .where(eq(monitoringOrgUnits.workspaceId, ws))
      .for('update');
    const actorRows = await tx
      .select({ id: actors.id, name: actors.name, acronym: actors.acronym })
      .from(actors)
      .where(eq(actors.workspaceId, ws));
    const errors: RowError[] = [];
    const parsed = parseRows(records, actorRows, errors);
    const byCode = new Map(existing.map((unit) => [unit.code.toLowerCase(), unit]));
    const inFile = new Map(parsed.map((p) => [p.code.toLowerCase(), p]));
    for (const p of parsed) {
      const parentKey = p.parentCode.toLowerCase();
      if (p.parentCode && !inFile.has(parentKey) && !byCode.has(parentKey))
        errors.push({
          row: p.row,
          field: 'parent',
          message: `no org unit with code "${p.parentCode}" here or in the file`,
        });
      const current = byCode.get(p.code.toLowerCase());
      if (current) {
        const currentParent = existing.find((u) => u.id === current.parentId)?.code.toLowerCase() ?? '';
        if (currentParent !== parentKey)
          errors.push({
            row: p.row,
            field: 'parent',
            message: `"${p.code}" already exists under another parent; move it in the tree instead`,
          });
      }
    }
    const fresh = parsed.filter((p) => !byCode.has(p.code.toLowerCase()));
    const placed = placeNewUnits(fresh, byCode, errors);
    if (errors.length > 0) rejectRows(errors.sort((a, b) => a.row - b.row));

    if (placed.length > 0)
      await tx.insert(monitoringOrgUnits).values(placed.map((unit) => ({ ...unit, workspaceId: ws })));
    const renamed = parsed.filter((p) => byCode.has(p.code.toLowerCase()));
    for (const p of renamed) {
      const current = byCode.get(p.code.toLowerCase()) as Existing;
      await tx
        .update(monitoringOrgUnits)
        .set({
          name: p.name,
          nameTranslations: { ...current.nameTranslations, ...p.nameTranslations },
          actorId: p.actorId ?? current.actorId,
          updatedAt: new Date(),
          rowVersion: nextVersion(monitoringOrgUnits.rowVersion),
        })
        .where(eq(monitoringOrgUnits.id, current.id));
    }
    const result = { created: placed.length, updated: renamed.length };
    await auditMetadata(tx, actor, {
      entityType: 'monitoring_org_unit',
      verb: 'import',
      entityId: null,
      after: { fileName, ...result },
    });
    return result;
  });
}

function parseRows(
  records: ReturnType<typeof normaliseRows>,
  actorRows: { id: string; name: string; acronym: string | null }[],
  errors: RowError[],
): Parsed[] {
  const seen = new Map<string, number>();
  const parsed: Parsed[] = [];
  for (const { row, cells } of records) {
    const code = CodeField.safeParse(cells.get('code') ?? '');
    if (!code.success)
      errors.push({ row, field: 'code', message: code.error.issues[0]?.message ?? 'is invalid' });
    const name = cells.get('name') ?? '';
    if (!name) errors.push({ row, field: 'name', message: 'is required' });
    else if (name.length > 230) errors.push({ row, field: 'name', message: 'is longer than 230 characters' });
    const codeText = code.success ? code.data : '';
    const earlier = seen.get(codeText.toLowerCase());
    if (codeText && earlier)
      errors.push({ row, field: 'code', message: `"${codeText}" is also on row ${earlier}` });
    if (codeText) seen.set(codeText.toLowerCase(), row);
    const actorText = cells.get('actor') ?? '';
    let actorId: string | null = null;
    if (actorText) {
      const key = actorKey(actorText);
      const matches = actorRows.filter(
        (a) => a.id === actorText || actorKey(a.name) === key || (a.acronym && actorKey(a.acronym) === key),
      );
      if (matches.length === 1 && matches[0]) actorId = matches[0].id;
      else
        errors.push({
          row,
          field: 'actor',
          message:
            matches.length > 1
              ? `"${actorText}" names several institutions`
              : `no institution "${actorText}" on the sector map`,
        });
    }
    const nameTranslations: NameTranslations = {};
    for (const language of NAME_TRANSLATION_LANGUAGES) {
      const value = cells.get(`name_${language}`);
      if (value) nameTranslations[language] = value.slice(0, 230);
    }
    parsed.push({
      row,
      code: codeText,
      name,
      parentCode: cells.get('parent') ?? '',
      actorId,
      nameTranslations,
    });
  }
  return parsed;
}

/** Ids, paths and levels for the new units, parents before children; a cycle in the file is an error. */
function placeNewUnits(fresh: Parsed[], byCode: Map<string, Existing>, errors: RowError[]) {
  const placedByCode = new Map<string, { id: string; path: string; level: number }>();
  const out: Array<typeof monitoringOrgUnits.$inferInsert & { workspaceId?: string }> = [];
  let pending = fresh;
  while (pending.length > 0) {
    const next: Parsed[] = [];
    for (const p of pending) {
      const parentKey = p.parentCode.toLowerCase();
      const parent = parentKey ? (placedByCode.get(parentKey) ?? byCode.get(parentKey)) : undefined;
      if (parentKey && !parent) {
        next.push(p);
        continue;
      }
      const id = randomUUID();
      const path = `${parent?.path ?? '/'}${id}/`;
      const level = (parent?.level ?? 0) + 1;
      placedByCode.set(p.code.toLowerCase(), { id, path, level });
      out.push({
        id,
        workspaceId: '',
        code: p.code,
        name: p.name,
        nameTranslations: p.nameTranslations,
        parentId: parent?.id ?? null,
        path,
        level,
        actorId: p.actorId,
      });
    }
    if (next.length === pending.length) {
      const fileCodes = new Set(fresh.map((p) => p.code.toLowerCase()));
      for (const p of next)
        if (fileCodes.has(p.parentCode.toLowerCase()))
          errors.push({ row: p.row, field: 'parent', message: `"${p.code}" and its parents form a cycle` });
      break;
    }
    pending = next;
  }
  return out;
}
