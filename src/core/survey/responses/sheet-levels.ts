import { allLevels, type FormLevel } from './form-levels.ts';
import type { ResponseIssue, ResponseSheet } from './types.ts';

/** Columns that tie a repeat's row to its parent's row. */
export const PARENT_COLUMNS = ['_parent_index', 'PARENT_KEY', '_submission__uuid'];

export interface SheetAssignment {
  main: ResponseSheet | null;
  /** Repeat sheets by their level. */
  repeats: Map<FormLevel, ResponseSheet>;
}

const baseName = (name: string) =>
  name
    .replace(/\.(csv|txt)$/i, '')
    .trim()
    .toLowerCase();

/**
 * Finds which sheet holds which level: the main sheet is the first without a link to a parent; a repeat's
 * sheet is named after it (Kobo names sheets by repeat, cut to 31 characters; ODK Briefcase names files
 * `form-repeat.csv`), or else it is the linked sheet whose columns are the repeat's questions.
 */
export function assignSheets(
  main: FormLevel,
  sheets: ResponseSheet[],
  columnsOf: (level: FormLevel) => Set<string>,
  warnings: ResponseIssue[],
  errors: ResponseIssue[],
): SheetAssignment {
  const linked = (sheet: ResponseSheet) => sheet.header.some((column) => PARENT_COLUMNS.includes(column));
  const mainSheet = sheets.find((sheet) => !linked(sheet)) ?? null;
  const repeats = new Map<FormLevel, ResponseSheet>();
  const levels = allLevels(main).slice(1);
  for (const sheet of sheets) {
    if (sheet === mainSheet) continue;
    const level = levelByName(levels, sheet.name) ?? levelByColumns(levels, sheet, columnsOf);
    if (!level) {
      warnings.push({ sheet: sheet.name, row: null, column: null, code: 'unknownSheet', params: {} });
      continue;
    }
    if (repeats.has(level)) {
      errors.push({
        sheet: sheet.name,
        row: null,
        column: null,
        code: 'duplicateSheet',
        params: { repeat: level.repeat?.name ?? '', other: repeats.get(level)?.name ?? '' },
      });
      continue;
    }
    repeats.set(level, sheet);
  }
  return { main: mainSheet, repeats };
}

function levelByName(levels: FormLevel[], sheetName: string): FormLevel | undefined {
  const name = baseName(sheetName);
  return levels.find((level) => {
    const repeat = (level.repeat?.name ?? '').toLowerCase();
    return (
      name === repeat ||
      (name.length === 31 && repeat.startsWith(name)) ||
      name.endsWith(`-${repeat}`) ||
      name.endsWith(`_${repeat}`)
    );
  });
}

function levelByColumns(
  levels: FormLevel[],
  sheet: ResponseSheet,
  columnsOf: (level: FormLevel) => Set<string>,
): FormLevel | undefined {
  let best: FormLevel | undefined;
  let bestCount = 0;
  for (const level of levels) {
    const names = columnsOf(level);
    const count = sheet.header.filter((column) => names.has(column)).length;
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}
