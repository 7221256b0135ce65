import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors/app-error.ts';
import { BUILT_IN_FRAMEWORKS, findFramework } from '../../../core/frameworks/index.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import { frameworkFromXlsx, frameworkToXlsx } from './xlsx.ts';

const builtIn = (id: string) => findFramework(id) as Framework;

/** Writes a framework, lets the test edit the workbook as a user would, and returns the new file. */
async function edited(framework: Framework, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await frameworkToXlsx(framework)) as unknown as ExcelJS.Buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets the cell under `header` in the given row of a sheet. */
function setCell(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  row: number,
  header: string,
  value: ExcelJS.CellValue,
) {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  let column = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (cell.value === header) column = index;
  });
  if (!column) throw new Error(`no column ${header}`);
  sheet.getRow(row).getCell(column).value = value;
}

async function rejection(buffer: Uint8Array): Promise<string> {
  try {
    await frameworkFromXlsx(buffer);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('expected the workbook to be rejected');
}

describe('framework workbooks', () => {
  it.each(BUILT_IN_FRAMEWORKS.map((framework) => [framework.id, framework]))(
    '%s survives a round trip unchanged',
    async (_, framework) => {
      expect(await frameworkFromXlsx(await frameworkToXlsx(framework))).toStrictEqual(framework);
    },
  );

  it('has the documented sheets, one Items row per item', async () => {
    const workbook = new ExcelJS.Workbook();
    const framework = builtIn('defence-integrity-risk');
    await workbook.xlsx.load((await frameworkToXlsx(framework)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Framework',
      'Scale',
      'Bands',
      'Groups',
      'Items',
    ]);
    const items = workbook.getWorksheet('Items');
    expect(items?.actualRowCount).toBe(1 + 20);
    expect(items?.getRow(1).getCell(1).value).toBe('group');
    expect(items?.getRow(1).values).toEqual(expect.arrayContaining(['weight', 'L0 label', 'L100 en']));
    expect(items?.getRow(2).values).toEqual(expect.arrayContaining(['POL', 'POL.1', 'pol-1', '100']));
  });

  it('reads an edited translation back', async () => {
    const buffer = await edited(builtIn('ssr-dimensions'), (workbook) =>
      setCell(workbook, 'Items', 2, 'text.es', '¿Existen mecanismos de control civil?'),
    );
    const framework = await frameworkFromXlsx(buffer);
    expect(framework.groups[0].items[0].text.es).toBe('¿Existen mecanismos de control civil?');
  });

  it.each([
    ['a zero weight', 'Items', 3, 'weight', 0, 'Items row 3, column I (weight): must be greater than 0'],
    [
      'a weight that is not a number',
      'Items',
      3,
      'weight',
      'heavy',
      'Items row 3, column I (weight): "heavy" is not a number',
    ],
    [
      'an unknown group',
      'Items',
      2,
      'group',
      'NOPE',
      'Items row 2, column A (group): no group "NOPE" in the Groups sheet',
    ],
    ['a missing English text', 'Items', 4, 'text.en', null, 'Items row 4, column D (text.en): is required'],
    [
      'a duplicate item id',
      'Items',
      3,
      'id',
      'c1-q1',
      'Items row 3, column C (id): "c1-q1" is already used as the id of groups.0.items.0',
    ],
    [
      'an unknown parent group',
      'Groups',
      2,
      'parent',
      'ZZ',
      'Groups row 2, column A (parent): no group "ZZ" listed above this row',
    ],
    [
      'an unknown dimension',
      'Groups',
      2,
      'dimension',
      'military',
      'Groups row 2, column N (dimension): must be one of political',
    ],
    [
      'a bad version',
      'Framework',
      3,
      'value',
      'one',
      'Framework row 3, column B (value): must be a semantic version',
    ],
  ])('names the sheet, row and column of %s', async (_, sheet, row, header, value, message) => {
    const buffer = await edited(builtIn('ssg-ten-criteria'), (workbook) =>
      setCell(workbook, sheet, row, header, value),
    );
    expect(await rejection(buffer)).toContain(message);
  });

  it('names the band row that overlaps another', async () => {
    const buffer = await edited(builtIn('defence-integrity-risk'), (workbook) =>
      setCell(workbook, 'Bands', 3, 'max', 90),
    );
    expect(await rejection(buffer)).toBe('Bands row 2, column B (min): overlaps band "B" (67–90)');
  });

  it('refuses unknown columns, missing sheets and files that are not workbooks', async () => {
    const misspelt = await edited(builtIn('ssr-principles'), (workbook) => {
      const sheet = workbook.getWorksheet('Items');
      if (sheet) sheet.getRow(1).getCell(sheet.columnCount + 1).value = 'wieght';
    });
    expect(await rejection(misspelt)).toMatch(/^Items row 1, column [A-Z]+: unknown column "wieght"$/);
    const noItems = await edited(builtIn('ssr-principles'), (workbook) => {
      const sheet = workbook.getWorksheet('Items');
      if (sheet) workbook.removeWorksheet(sheet.id);
    });
    expect(await rejection(noItems)).toBe('the workbook has no "Items" sheet');
    expect(await rejection(Buffer.from('not a workbook'))).toMatch(/^not a readable xlsx workbook/);
  });
});
