import ExcelJS from 'exceljs';
import { FrameworkSchema } from '../../../core/assessment/framework-schema.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { type Framework, TEXT_LANGUAGES } from '../../../core/frameworks/types.ts';
import { restoreSpreadsheetText } from '../../http/spreadsheet-safety.ts';
import {
  BAND_COLUMNS,
  FRAMEWORK_FIELDS,
  GROUP_COLUMNS,
  GROUP_PATH_SEPARATOR,
  ITEM_BASE_COLUMNS,
  LEVEL_COLUMN_PATTERN,
  levelColumns,
  SCALE_COLUMNS,
  SHEETS,
} from './xlsx-layout.ts';

type Cell = string | number | undefined;
type Json = Record<string, unknown>;
interface Row {
  number: number;
  cell(column: string): Cell;
  /** "Items row 7, column J (weight)" */
  where(column: string): string;
}
type Read = (row: Row, column: string) => Cell;

const fail = (message: string): never => {
  throw new AppError('bad_request', message);
};

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function plainValue(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const text = restoreSpreadsheetText(typeof value === 'object' ? cell.text : String(value)).trim();
  return text === '' ? undefined : text;
}

const readText = (row: Row, column: string): string | undefined => {
  const value = row.cell(column);
  return value === undefined ? undefined : String(value);
};

const readNumber: Read = (row, column) => {
  const value = row.cell(column);
  if (value === undefined || typeof value === 'number') return value;
  const parsed = Number(value);
  return Number.isNaN(parsed) ? fail(`${row.where(column)}: "${value}" is not a number`) : parsed;
};

/** A sheet's non-empty rows by header name; unknown headers are refused so a misspelt column is not lost. */
function readTable(workbook: ExcelJS.Workbook, name: string, allowed: (column: string) => boolean) {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) return null;
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => {
    const header = String(plainValue(cell) ?? '');
    const at = `${name} row 1, column ${columnLetter(index)}`;
    if (!header) return;
    if (!allowed(header)) fail(`${at}: unknown column "${header}"`);
    if (columns.has(header)) fail(`${at}: column "${header}" appears twice`);
    columns.set(header, index);
  });
  const rows: Row[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    if (![...columns.values()].some((index) => plainValue(row.getCell(index)) !== undefined)) continue;
    rows.push({
      number,
      cell: (column) => {
        const index = columns.get(column);
        return index === undefined ? undefined : plainValue(row.getCell(index));
      },
      where: (column) => {
        const index = columns.get(column);
        return `${name} row ${number}, column ${index === undefined ? column : `${columnLetter(index)} (${column})`}`;
      },
    });
  }
  return { columns: [...columns.keys()], rows };
}

/** Builds the framework object while remembering which cell every field path came from. */
function createReader(workbook: ExcelJS.Workbook) {
  const locations = new Map<string, string>();
  const note = (path: string, where: string) => locations.set(path, where);
  /** Sets fields whose cells have something, so an empty cell stays an absent field. */
  const fill = (
    target: Json,
    path: string,
    row: Row,
    fields: [key: string, column: string, read?: Read][],
  ) => {
    for (const [key, column, read = readText] of fields) {
      note(`${path}.${key}`, row.where(column));
      const value = read(row, column);
      if (value !== undefined) target[key] = value;
    }
    return target;
  };
  const localized = (row: Row, path: string, columnPrefix: string, required: boolean) => {
    const fields = TEXT_LANGUAGES.map((language): [string, string] => [
      language,
      `${columnPrefix}${language}`,
    ]);
    const value = fill({}, path, row, fields);
    return required || Object.keys(value).length > 0 ? value : undefined;
  };
  const table = (name: string, columns: string[], required: boolean, extra = (_: string) => false) => {
    note(name.toLowerCase(), `${name} sheet`);
    const found = readTable(workbook, name, (column) => columns.includes(column) || extra(column));
    if (!found && required) fail(`the workbook has no "${name}" sheet`);
    return found ?? { columns: [], rows: [] };
  };
  /** "Items row 7, column J (weight): must be greater than 0" for a schema issue at groups.0.items.0.weight. */
  const describe = (issuePath: readonly PropertyKey[], message: string) => {
    const path = issuePath.map(String);
    for (let length = path.length; length >= 0; length--) {
      const where = locations.get(path.slice(0, length).join('.'));
      if (where) return `${where}: ${message}`;
    }
    return `${path.join('.')}: ${message}`;
  };
  return { note, fill, localized, table, describe };
}
type Reader = ReturnType<typeof createReader>;

function readFrameworkSheet(reader: Reader, framework: Json) {
  for (const field of FRAMEWORK_FIELDS) reader.note(field, `${SHEETS.framework} sheet, field ${field}`);
  for (const row of reader.table(SHEETS.framework, ['field', 'value'], true).rows) {
    const field = readText(row, 'field') ?? '';
    if (!FRAMEWORK_FIELDS.includes(field)) fail(`${row.where('field')}: unknown field "${field}"`);
    const [head, tail] = field.split('.');
    const target = tail ? (framework[head] as Json) : framework;
    const value = readText(row, 'value');
    if (value !== undefined) target[tail ?? head] = value;
    reader.note(field, row.where('value'));
  }
}

function readScaleAndBands(reader: Reader, framework: Json) {
  const scale = reader.table(SHEETS.scale, SCALE_COLUMNS, false).rows.map((row, index) => {
    const path = `scale.${index}`;
    reader.note(path, `${SHEETS.scale} row ${row.number}`);
    const level = reader.fill({}, path, row, [
      ['value', 'value', readNumber],
      ['label', 'label'],
    ]);
    return { ...level, descriptor: reader.localized(row, `${path}.descriptor`, 'descriptor.', true) };
  });
  if (scale.length > 0) framework.scale = scale;

  const bands = reader.table(SHEETS.bands, BAND_COLUMNS, false).rows.map((row, index) => {
    const path = `bands.${index}`;
    reader.note(path, `${SHEETS.bands} row ${row.number}`);
    const band = reader.fill({}, path, row, [
      ['label', 'label'],
      ['min', 'min', readNumber],
      ['max', 'max', readNumber],
    ]);
    const description = reader.localized(row, `${path}.description`, 'description.', false);
    return description ? { ...band, description } : band;
  });
  if (bands.length > 0) framework.bands = bands;
}

/** Groups in sheet order; a row's `parent` names a group listed above it. Returns groups by path of codes. */
function readGroups(reader: Reader, framework: Json) {
  const groups: Json[] = [];
  const byPath = new Map<string, { group: Json; path: string }>();
  for (const row of reader.table(SHEETS.groups, GROUP_COLUMNS, true).rows) {
    const parentPath = readText(row, 'parent');
    const parent = parentPath === undefined ? undefined : byPath.get(parentPath);
    if (parentPath !== undefined && !parent)
      fail(`${row.where('parent')}: no group "${parentPath}" listed above this row`);
    const siblings = parent ? ((parent.group.groups as Json[] | undefined) ?? []) : groups;
    if (parent) parent.group.groups = siblings;
    const path = parent ? `${parent.path}.groups.${siblings.length}` : `groups.${siblings.length}`;
    reader.note(path, `${SHEETS.groups} row ${row.number}`);
    const group = reader.fill({}, path, row, [
      ['id', 'id'],
      ['code', 'code'],
    ]);
    group.name = reader.localized(row, `${path}.name`, 'name.', true);
    const description = reader.localized(row, `${path}.description`, 'description.', false);
    if (description) group.description = description;
    reader.fill(group, path, row, [
      ['dimension', 'dimension'],
      ['weight', 'weight', readNumber],
      ['pefaMethod', 'pefaMethod'],
    ]);
    group.items = [];
    siblings.push(group);
    const codePath = [parentPath, readText(row, 'code')].filter(Boolean).join(GROUP_PATH_SEPARATOR);
    if (byPath.has(codePath)) fail(`${row.where('code')}: group "${codePath}" is listed twice`);
    byPath.set(codePath, { group, path });
  }
  framework.groups = groups;
  return byPath;
}

function readItems(reader: Reader, groupsByPath: ReturnType<typeof readGroups>) {
  const sheet = reader.table(SHEETS.items, ITEM_BASE_COLUMNS, true, (column) =>
    LEVEL_COLUMN_PATTERN.test(column),
  );
  const rubricValues = [
    ...new Set(sheet.columns.flatMap((column) => LEVEL_COLUMN_PATTERN.exec(column)?.[1] ?? []).map(Number)),
  ];
  for (const row of sheet.rows) {
    const groupPath = readText(row, 'group') ?? '';
    const owner =
      groupsByPath.get(groupPath) ??
      fail(`${row.where('group')}: no group "${groupPath}" in the Groups sheet`);
    const siblings = owner.group.items as Json[];
    const path = `${owner.path}.items.${siblings.length}`;
    reader.note(path, `${SHEETS.items} row ${row.number}`);
    const item = reader.fill({}, path, row, [
      ['id', 'id'],
      ['code', 'code'],
    ]);
    item.text = reader.localized(row, `${path}.text`, 'text.', true);
    reader.fill(item, path, row, [['weight', 'weight', readNumber]]);
    const guidance = reader.localized(row, `${path}.guidance`, 'guidance.', false);
    if (guidance) item.guidance = guidance;
    const hasRubric = rubricValues.some((value) =>
      levelColumns(value).some((column) => row.cell(column) !== undefined),
    );
    if (hasRubric) {
      reader.note(`${path}.levels`, `${SHEETS.items} row ${row.number} (rubric columns)`);
      item.levels = rubricValues.map((value, index) => {
        const levelPath = `${path}.levels.${index}`;
        const level = reader.fill({ value }, levelPath, row, [['label', `L${value} label`]]);
        return { ...level, descriptor: reader.localized(row, `${levelPath}.descriptor`, `L${value} `, true) };
      });
    }
    siblings.push(item);
  }
}

/**
 * The inverse of `frameworkToXlsx`: a workbook back to a framework, checked by FrameworkSchema.
 * Errors name the sheet, row and column, e.g. `Items row 7, column O (weight): must be greater than 0`.
 */
export async function frameworkFromXlsx(buffer: Uint8Array): Promise<Framework> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    fail(`not a readable xlsx workbook (${(error as Error).message})`);
  }
  const reader = createReader(workbook);
  const framework: Json = { name: {}, description: {}, aggregation: {} };
  readFrameworkSheet(reader, framework);
  readScaleAndBands(reader, framework);
  readItems(reader, readGroups(reader, framework));
  const result = FrameworkSchema.safeParse(framework);
  if (!result.success) fail(reader.describe(result.error.issues[0].path, result.error.issues[0].message));
  return result.data as Framework;
}
