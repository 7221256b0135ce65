import ExcelJS from 'exceljs';
import { listGroups, listItems } from '../../../core/frameworks/structure.ts';
import { type Framework, type ScaleLevel, TEXT_LANGUAGES } from '../../../core/frameworks/types.ts';
import { neutraliseSpreadsheetRow } from '../../http/spreadsheet-safety.ts';
import {
  BAND_COLUMNS,
  FRAMEWORK_FIELDS,
  GROUP_COLUMNS,
  GROUP_PATH_SEPARATOR,
  ITEM_BASE_COLUMNS,
  levelColumns,
  levelValues,
  SCALE_COLUMNS,
  SHEETS,
} from './xlsx-layout.ts';

export { frameworkFromXlsx } from './xlsx-read.ts';

type CellValue = string | number | undefined;

/** Reads "name.en" from an object: the writer addresses fields by the same paths as the columns. */
function valueAt(source: unknown, path: string): CellValue {
  let value: unknown = source;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: string[], rows: CellValue[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns).font = { bold: true };
  for (const row of rows) sheet.addRow(neutraliseSpreadsheetRow(row));
  sheet.columns.forEach((column, index) => {
    const header = columns[index] ?? '';
    column.width = /\.(en|fr|ar|es|pt)$|^L.* (en|fr|ar|es|pt)$|^text|^source/.test(header) ? 48 : 14;
  });
  return sheet;
}

const rowOf = (source: unknown, columns: string[]) => columns.map((column) => valueAt(source, column));

/** A framework as a workbook an adviser can read, translate or edit, and load back unchanged. */
export async function frameworkToXlsx(framework: Framework): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Custodes';

  addSheet(
    workbook,
    SHEETS.framework,
    ['field', 'value'],
    FRAMEWORK_FIELDS.map((field) => [field, valueAt(framework, field)]),
  );
  addSheet(
    workbook,
    SHEETS.scale,
    SCALE_COLUMNS,
    (framework.scale ?? []).map((level) => rowOf(level, SCALE_COLUMNS)),
  );
  addSheet(
    workbook,
    SHEETS.bands,
    BAND_COLUMNS,
    (framework.bands ?? []).map((band) => rowOf(band, BAND_COLUMNS)),
  );

  const pathOf = (codes: string[]) => codes.join(GROUP_PATH_SEPARATOR);
  addSheet(
    workbook,
    SHEETS.groups,
    GROUP_COLUMNS,
    listGroups(framework).map(({ group, ancestors }) => [
      pathOf(ancestors.map((ancestor) => ancestor.code)) || undefined,
      ...rowOf(group, GROUP_COLUMNS.slice(1)),
    ]),
  );

  const values = levelValues(framework);
  const rubricColumns = values.flatMap(levelColumns);
  addSheet(
    workbook,
    SHEETS.items,
    [...ITEM_BASE_COLUMNS, ...rubricColumns],
    listItems(framework).map(({ item, groups }) => [
      pathOf(groups.map((group) => group.code)),
      ...rowOf(item, ITEM_BASE_COLUMNS.slice(1)),
      ...values.flatMap((value) => rubricCells(item.levels, value)),
    ]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rubricCells(levels: readonly ScaleLevel[] | undefined, value: number): CellValue[] {
  const level = levels?.find((candidate) => candidate.value === value);
  if (!level) return levelColumns(value).map(() => undefined);
  return [level.label, ...rowOf(level.descriptor, [...TEXT_LANGUAGES])];
}
